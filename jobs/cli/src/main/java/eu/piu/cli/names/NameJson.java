package eu.piu.cli.names;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.piu.schema.MatchedField;
import eu.piu.screening.names.AlignedTokens;
import eu.piu.screening.names.NameExplanation;
import eu.piu.screening.names.NameMatch;
import eu.piu.screening.names.ScoreAdjustment;

/** JSON forms of explanations and hits for the name tools. */
public final class NameJson {

  public static final ObjectMapper MAPPER = new ObjectMapper();

  private NameJson() {}

  public static ObjectNode explanation(NameExplanation explanation) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("passengerName", explanation.passengerName());
    node.put("listName", explanation.listName());
    ArrayNode aligned = node.putArray("aligned");
    for (AlignedTokens pair : explanation.aligned()) {
      aligned
          .addObject()
          .put("passengerToken", pair.passengerToken())
          .put("listToken", pair.listToken())
          .put("similarity", round(pair.similarity()));
    }
    explanation.unmatchedPassengerTokens().forEach(node.putArray("passengerOnly")::add);
    explanation.unmatchedListTokens().forEach(node.putArray("listOnly")::add);
    node.put("nameScore", round(explanation.nameScore()));
    ArrayNode adjustments = node.putArray("adjustments");
    for (ScoreAdjustment adjustment : explanation.adjustments()) {
      adjustments
          .addObject()
          .put("field", adjustment.field())
          .put("passengerValue", adjustment.passengerValue())
          .put("listValue", adjustment.listValue())
          .put("delta", adjustment.delta())
          .put("why", adjustment.why());
    }
    node.put("score", round(explanation.score()));
    return node;
  }

  public static ObjectNode hit(String personId, NameMatch match) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("personId", personId);
    node.put("listId", match.listId());
    node.put("entryId", match.entryId());
    node.put("version", match.version());
    node.put("matchedName", match.matchedName());
    node.put("score", round(match.score()));
    node.put("threshold", match.threshold());
    node.put("reason", match.reason());
    ArrayNode evidence = node.putArray("evidence");
    for (MatchedField field : match.evidence()) {
      evidence
          .addObject()
          .put("field", field.getField())
          .put("passengerValue", field.getPassengerValue())
          .put("referenceValue", field.getReferenceValue())
          .put("score", round(field.getScore()));
    }
    node.set("explanation", explanation(match.explanation()));
    return node;
  }

  static double round(double value) {
    return Math.round(value * 10000) / 10000.0;
  }
}
