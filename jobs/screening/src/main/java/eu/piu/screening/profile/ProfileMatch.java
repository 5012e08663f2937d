package eu.piu.screening.profile;

import eu.piu.schema.MatchedField;
import java.util.List;
import java.util.Objects;

/**
 * Why a profile matched a passenger leg (R2: each hit records why).
 *
 * @param matchedFields the comparisons that made the rule true: field, the passenger's value, the
 *     rule's reference (e.g. {@code in ("IST","DXB")}, or {@code not = "BRU"} for a comparison that
 *     counted by being false under a {@code not}), score 1.0
 * @param explanation the same evidence as one readable line, e.g. {@code leg.origin = "IST" and
 *     booking.leadTimeHours < 72 (was 20)}
 */
public record ProfileMatch(List<MatchedField> matchedFields, String explanation) {

  public ProfileMatch {
    matchedFields = List.copyOf(matchedFields);
    Objects.requireNonNull(explanation, "explanation");
  }
}
