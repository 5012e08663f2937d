package eu.piu.screening.profile;

import eu.piu.schema.MatchedField;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Turns the witnesses of a true rule into the hit's evidence. */
final class Evidence {

  /** A profile's evidence is a rule that held, not a similarity: every field counts fully. */
  static final double SCORE = 1.0;

  private Evidence() {}

  static ProfileMatch of(List<Witness> witnesses) {
    List<MatchedField> fields = new ArrayList<>(witnesses.size());
    StringJoiner explanation = new StringJoiner(" and ");
    for (Witness witness : witnesses) {
      Comparison comparison = witness.comparison();
      String reference = witness.holds() ? comparison.reference() : "not " + comparison.reference();
      fields.add(
          new MatchedField(
              comparison.field.fieldName(), Rendering.plain(witness.actual()), reference, SCORE));
      explanation.add(explain(witness));
    }
    return new ProfileMatch(fields, explanation.toString());
  }

  /**
   * {@code leg.origin = "IST"}, {@code booking.leadTimeHours < 72 (was 20)}, or for a comparison
   * that counted by being false: {@code not leg.origin = "BRU" (was missing)}.
   */
  private static String explain(Witness witness) {
    Comparison comparison = witness.comparison();
    String was = " (was " + Rendering.inRule(witness.actual()) + ")";
    if (witness.holds()) {
      return comparison.canonical() + (comparison.explainsActual() ? was : "");
    }
    return "not " + comparison.canonical() + was;
  }
}
