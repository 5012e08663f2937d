package eu.piu.screening.names;

import eu.piu.schema.MatchedField;
import java.util.ArrayList;
import java.util.List;

/**
 * A watchlist entry whose name matched a screened person at or above its list's threshold.
 *
 * @param matchedName the entry's name that matched, as the list wrote it
 * @param score the final score, name score plus adjustments
 * @param threshold the list's threshold the score reached
 */
public record NameMatch(
    String listId,
    String entryId,
    long version,
    String matchedName,
    double score,
    double threshold,
    NameExplanation explanation) {

  /**
   * The evidence for a hit: the name with its name score, then one field per adjustment
   * (dateOfBirth, nationality, gender) whose score is the adjustment added to the name score.
   */
  public List<MatchedField> evidence() {
    List<MatchedField> evidence = new ArrayList<>();
    evidence.add(
        MatchedField.newBuilder()
            .setField("name")
            .setPassengerValue(explanation.passengerName())
            .setReferenceValue(matchedName)
            .setScore(explanation.nameScore())
            .build());
    for (ScoreAdjustment adjustment : explanation.adjustments()) {
      evidence.add(
          MatchedField.newBuilder()
              .setField(adjustment.field())
              .setPassengerValue(adjustment.passengerValue())
              .setReferenceValue(adjustment.listValue())
              .setScore(adjustment.delta())
              .build());
    }
    return evidence;
  }

  /** One readable line: aligned tokens, adjustments, score against threshold. */
  public String reason() {
    return "name " + explanation.describe(threshold);
  }
}
