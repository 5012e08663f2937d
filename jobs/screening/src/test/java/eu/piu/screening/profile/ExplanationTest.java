package eu.piu.screening.profile;

import static eu.piu.screening.profile.PnrFixtures.OUTBOUND;
import static eu.piu.screening.profile.PnrFixtures.RETURN;
import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.schema.MatchedField;
import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import org.junit.jupiter.api.Test;

class ExplanationTest {

  private final Pnr pnr = PnrFixtures.pnr();
  private final Passenger mehmet = pnr.getPassengers().get(0);

  private ProfileMatch match(String rule, Pnr pnr, int leg) {
    return ProfileRule.parse(rule).evaluate(pnr, mehmet, leg).orElseThrow();
  }

  private ProfileMatch match(String rule) {
    return match(rule, pnr, OUTBOUND);
  }

  private static MatchedField field(String name, String passengerValue, String reference) {
    return new MatchedField(name, passengerValue, reference, 1.0);
  }

  @Test
  void namesEachFieldWithThePassengersValueAndTheRulesReference() {
    ProfileMatch match = match("leg.origin = \"IST\" and booking.leadTimeHours < 72");
    assertThat(match.explanation())
        .isEqualTo("leg.origin = \"IST\" and booking.leadTimeHours < 72 (was 20)");
    assertThat(match.matchedFields())
        .containsExactly(
            field("leg.origin", "IST", "= \"IST\""), field("booking.leadTimeHours", "20", "< 72"));
  }

  @Test
  void listsShowTheirValues() {
    ProfileMatch match = match("leg.origin in (\"IST\",\"DXB\") and payment.types contains \"CA\"");
    assertThat(match.explanation())
        .isEqualTo(
            "leg.origin in (\"IST\",\"DXB\") (was \"IST\")"
                + " and payment.types contains \"CA\" (was (\"CA\",\"CC\"))");
    assertThat(match.matchedFields())
        .containsExactly(
            field("leg.origin", "IST", "in (\"IST\",\"DXB\")"),
            field("payment.types", "CA,CC", "contains \"CA\""));
  }

  @Test
  void anOrIsExplainedByTheBranchThatHeld() {
    ProfileMatch match =
        match(
            "leg.destination = \"DXB\" or passenger.ageYears between 30 and 40"
                + " or leg.route = \"IST-BRU\"");
    assertThat(match.explanation()).isEqualTo("passenger.ageYears between 30 and 40 (was 34)");
    assertThat(match.matchedFields())
        .extracting(MatchedField::getField)
        .containsExactly("passenger.ageYears");
  }

  @Test
  void aNotIsExplainedByTheComparisonThatWasFalse() {
    ProfileMatch match =
        match("not (leg.destination = \"DXB\" or leg.isCodeshare = true)", pnr, OUTBOUND);
    assertThat(match.explanation())
        .isEqualTo(
            "not leg.destination = \"DXB\" (was \"BRU\") and not leg.isCodeshare = true (was"
                + " false)");
    assertThat(match.matchedFields())
        .containsExactly(
            field("leg.destination", "BRU", "not = \"DXB\""),
            field("leg.isCodeshare", "false", "not = true"));
  }

  @Test
  void anAbsentValueIsShownAsMissing() {
    Pnr noAgency = Pnr.newBuilder(pnr).setTravelAgency(null).build();
    ProfileMatch match = match("not booking.agency in (\"Sky Tours\")", noAgency, RETURN);
    assertThat(match.explanation())
        .isEqualTo("not booking.agency in (\"Sky Tours\") (was missing)");
    assertThat(match.matchedFields())
        .containsExactly(field("booking.agency", null, "not in (\"Sky Tours\")"));
  }

  @Test
  void evidenceDescribesTheScreenedLeg() {
    ProfileMatch match =
        match("leg.isCodeshare = true and ticket.leadTimeHours > 100", pnr, RETURN);
    assertThat(match.explanation())
        .isEqualTo("leg.isCodeshare = true and ticket.leadTimeHours > 100 (was 177)");
  }

  @Test
  void noMatchNoEvidence() {
    assertThat(ProfileRule.parse("leg.origin = \"DXB\"").evaluate(pnr, mehmet, OUTBOUND)).isEmpty();
  }
}
