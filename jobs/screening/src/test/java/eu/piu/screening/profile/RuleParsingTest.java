package eu.piu.screening.profile;

import static eu.piu.screening.profile.PnrFixtures.OUTBOUND;
import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.schema.Pnr;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class RuleParsingTest {

  // On Mehmet's outbound leg: A is true, B is false, C is false.
  private static final String A = "leg.origin = \"IST\"";
  private static final String B = "leg.destination = \"DXB\"";
  private static final String C = "passenger.gender = \"F\"";

  private final Pnr pnr = PnrFixtures.pnr();

  private boolean holds(String rule) {
    return ProfileRule.parse(rule).evaluate(pnr, pnr.getPassengers().get(0), OUTBOUND).isPresent();
  }

  @Test
  void andBindsTighterThanOr() {
    String rule = A + " or " + B + " and " + C;
    assertThat(ProfileRule.parse(rule).canonicalText())
        .isEqualTo("(" + A + " or (" + B + " and " + C + "))");
    // A or (B and C) is true; (A or B) and C would be false.
    assertThat(holds(rule)).isTrue();
  }

  @Test
  void parenthesesOverridePrecedence() {
    String rule = "(" + A + " or " + B + ") and " + C;
    assertThat(ProfileRule.parse(rule).canonicalText())
        .isEqualTo("((" + A + " or " + B + ") and " + C + ")");
    assertThat(holds(rule)).isFalse();
  }

  @Test
  void notBindsTighterThanAnd() {
    String rule = "not " + B + " and " + A;
    assertThat(ProfileRule.parse(rule).canonicalText()).isEqualTo("(not " + B + " and " + A + ")");
    assertThat(holds(rule)).isTrue();
    assertThat(holds("not (" + B + " or " + A + ")")).isFalse();
    assertThat(holds("not not " + A)).isTrue();
  }

  @Test
  void chainsOfTheSameConnectiveAreOneGroup() {
    assertThat(ProfileRule.parse(A + " and " + A + " and " + C).canonicalText())
        .isEqualTo("(" + A + " and " + A + " and " + C + ")");
    assertThat(holds(B + " or " + C + " or " + A)).isTrue();
  }

  @Test
  void keywordsAndFieldNamesIgnoreCase() {
    ProfileRule rule =
        ProfileRule.parse(
            "LEG.ORIGIN = \"ist\" AND NOT Leg.Destination NOT IN (\"bru\") Or leg.isCodeshare = TRUE");
    assertThat(rule.canonicalText())
        .isEqualTo(
            "((leg.origin = \"ist\" and not leg.destination not in (\"bru\"))"
                + " or leg.isCodeshare = true)");
    assertThat(rule.evaluate(pnr, pnr.getPassengers().get(0), OUTBOUND)).isPresent();
  }

  @Test
  void stringsUnescapeQuotesAndBackslashes() {
    Pnr agency = Pnr.newBuilder(pnr).setTravelAgency("Say \"Hi\" \\ Travel").build();
    ProfileRule rule = ProfileRule.parse("booking.agency = \"say \\\"hi\\\" \\\\ travel\"");
    assertThat(rule.evaluate(agency, agency.getPassengers().get(0), OUTBOUND)).isPresent();
    assertThat(rule.canonicalText()).isEqualTo("booking.agency = \"say \\\"hi\\\" \\\\ travel\"");
  }

  @Test
  void numbersMayBeNegativeOrDecimal() {
    assertThat(holds("booking.leadTimeHours > -1.5")).isTrue();
    assertThat(holds("booking.leadTimeHours < 20.5")).isTrue();
    assertThat(holds("booking.leadTimeHours<20")).isFalse();
    assertThat(ProfileRule.parse("passenger.ageYears >= 18.0").canonicalText())
        .isEqualTo("passenger.ageYears >= 18");
  }

  @Test
  void whitespaceAndLineBreaksAreInsignificant() {
    assertThat(holds("\n  leg.origin\t=\"IST\"\r\n  and(passenger.ageYears>=18)  ")).isTrue();
  }

  @Test
  void aRuleNamesTheFieldsItReads() {
    assertThat(ProfileRule.parse(A + " or " + C + " and not " + A).fields())
        .containsExactlyInAnyOrder(ProfileField.LEG_ORIGIN, ProfileField.PASSENGER_GENDER);
  }

  @Test
  void aRuleTravelsAsItsTextAndIsParsedAgain() throws Exception {
    ProfileRule rule = ProfileRule.parse(A + " and booking.leadTimeHours < 72");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(rule);
    }
    Object copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = in.readObject();
    }
    assertThat(copy).isInstanceOf(ProfileRule.class).isEqualTo(rule).isNotSameAs(rule);
    assertThat(((ProfileRule) copy).evaluate(pnr, pnr.getPassengers().get(0), OUTBOUND))
        .isEqualTo(rule.evaluate(pnr, pnr.getPassengers().get(0), OUTBOUND));
  }
}
