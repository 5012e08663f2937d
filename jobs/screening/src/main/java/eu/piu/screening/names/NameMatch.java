package eu.piu.screening.names;

import eu.piu.schema.MatchedField;
import java.util.List;

/** STAND-IN until the name engine lands. */
public record NameMatch(
    String listId,
    String entryId,
    long version,
    String matchedName,
    double score,
    double threshold,
    NameExplanation explanation) {

  public List<MatchedField> evidence() {
    return List.of(new MatchedField("name", null, matchedName, score));
  }

  public String reason() {
    return explanation.text();
  }
}
