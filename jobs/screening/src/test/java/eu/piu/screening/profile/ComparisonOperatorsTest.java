package eu.piu.screening.profile;

import static eu.piu.screening.profile.PnrFixtures.OUTBOUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every operator on Mehmet's outbound leg: booked 20 h ahead, IST-BRU, paid CA and CC. */
class ComparisonOperatorsTest {

  private final Pnr pnr = PnrFixtures.pnr();
  private final Passenger mehmet = pnr.getPassengers().get(0);
  private final Passenger ayse = pnr.getPassengers().get(1);

  private boolean holds(String rule) {
    return holds(rule, pnr, mehmet);
  }

  private static boolean holds(String rule, Pnr pnr, Passenger passenger) {
    return ProfileRule.parse(rule).evaluate(pnr, passenger, OUTBOUND).isPresent();
  }

  @Test
  void relationalOperatorsOnNumbers() {
    assertThat(holds("booking.leadTimeHours = 20")).isTrue();
    assertThat(holds("booking.leadTimeHours = 21")).isFalse();
    assertThat(holds("booking.leadTimeHours != 21")).isTrue();
    assertThat(holds("booking.leadTimeHours != 20")).isFalse();
    assertThat(holds("booking.leadTimeHours < 21")).isTrue();
    assertThat(holds("booking.leadTimeHours < 20")).isFalse();
    assertThat(holds("booking.leadTimeHours <= 20")).isTrue();
    assertThat(holds("booking.leadTimeHours <= 19")).isFalse();
    assertThat(holds("booking.leadTimeHours > 19")).isTrue();
    assertThat(holds("booking.leadTimeHours > 20")).isFalse();
    assertThat(holds("booking.leadTimeHours >= 20")).isTrue();
    assertThat(holds("booking.leadTimeHours >= 21")).isFalse();
  }

  @Test
  void stringsCompareIgnoringCase() {
    assertThat(holds("leg.origin = \"ist\"")).isTrue();
    assertThat(holds("leg.origin = \"BRU\"")).isFalse();
    assertThat(holds("leg.origin != \"BRU\"")).isTrue();
    assertThat(holds("leg.origin != \"Ist\"")).isFalse();
    assertThat(holds("booking.agency = \"ANATOLIA REISEN bru\"")).isTrue();
  }

  @Test
  void caseIsFoldedTheSameOnATurkishLocaleJvm() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    try {
      // In Turkish, "i".toUpperCase() is "İ": a locale-dependent rule would miss IST.
      assertThat(holds("leg.origin = \"ist\"")).isTrue();
      assertThat(holds("itinerary.airports contains \"ist\"")).isTrue();
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void booleansCompareWithTrueAndFalse() {
    assertThat(holds("passenger.frequentFlyer = true")).isTrue();
    assertThat(holds("passenger.frequentFlyer = false")).isFalse();
    assertThat(holds("passenger.frequentFlyer != false")).isTrue();
    assertThat(holds("leg.isCodeshare = false")).isTrue();
  }

  @Test
  void inAndNotInOnStringsAndNumbers() {
    assertThat(holds("leg.origin in (\"DXB\", \"ist\", \"DOH\")")).isTrue();
    assertThat(holds("leg.origin in (\"DXB\",\"DOH\")")).isFalse();
    assertThat(holds("leg.origin not in (\"DXB\",\"DOH\")")).isTrue();
    assertThat(holds("leg.origin not in (\"DXB\",\"IST\")")).isFalse();
    assertThat(holds("passenger.checkedBags in (0, 2)")).isTrue();
    assertThat(holds("passenger.checkedBags not in (0, 1)")).isTrue();
    assertThat(holds("passenger.checkedBags in (0, 1)")).isFalse();
  }

  @Test
  void inOnAListAsksForAnyElementAndNotInForNone() {
    assertThat(holds("itinerary.airports in (\"DXB\",\"BRU\")")).isTrue();
    assertThat(holds("itinerary.airports in (\"DXB\",\"DOH\")")).isFalse();
    assertThat(holds("itinerary.airports not in (\"DXB\",\"DOH\")")).isTrue();
    assertThat(holds("itinerary.airports not in (\"DXB\",\"BRU\")")).isFalse();
  }

  @Test
  void containsLooksForOneElementOfAList() {
    assertThat(holds("payment.types contains \"ca\"")).isTrue();
    assertThat(holds("payment.types contains \"MS\"")).isFalse();
    assertThat(holds("passenger.documentIssuingCountries contains \"TUR\"")).isTrue();
    assertThat(holds("passenger.documentIssuingCountries contains \"BEL\"")).isFalse();
    // Whole elements, not substrings.
    assertThat(holds("payment.types contains \"C\"")).isFalse();
  }

  @Test
  void betweenIncludesBothBounds() {
    assertThat(holds("booking.leadTimeHours between 20 and 72")).isTrue();
    assertThat(holds("booking.leadTimeHours between 0 and 20")).isTrue();
    assertThat(holds("booking.leadTimeHours between 21 and 72")).isFalse();
    assertThat(holds("booking.leadTimeHours between 0 and 19.5")).isFalse();
    assertThat(holds("passenger.ageYears between 18 and 40 and leg.origin = \"IST\"")).isTrue();
  }

  @Test
  void everyComparisonOfAnAbsentFieldIsFalse() {
    Pnr noAgency = Pnr.newBuilder(pnr).setTravelAgency(null).setFormsOfPayment(List.of()).build();
    assertThat(holds("booking.agency = \"X\"", noAgency, mehmet)).isFalse();
    assertThat(holds("booking.agency != \"X\"", noAgency, mehmet)).isFalse();
    assertThat(holds("booking.agency in (\"X\")", noAgency, mehmet)).isFalse();
    assertThat(holds("booking.agency not in (\"X\")", noAgency, mehmet)).isFalse();
    assertThat(holds("payment.types contains \"CA\"", noAgency, mehmet)).isFalse();
    assertThat(holds("payment.types not in (\"CA\")", noAgency, mehmet)).isFalse();
    // Ayse's bags were not sent.
    assertThat(holds("passenger.checkedBags < 1", pnr, ayse)).isFalse();
    assertThat(holds("passenger.checkedBags >= 1", pnr, ayse)).isFalse();
    assertThat(holds("passenger.checkedBags between 0 and 99", pnr, ayse)).isFalse();
  }

  @Test
  void notOfAComparisonOfAnAbsentFieldIsTrue() {
    Pnr noAgency = Pnr.newBuilder(pnr).setTravelAgency(null).build();
    assertThat(holds("not booking.agency = \"X\"", noAgency, mehmet)).isTrue();
    assertThat(holds("not passenger.checkedBags >= 1", pnr, ayse)).isTrue();
  }

  @Test
  void aLegOutsideTheItineraryIsACallerError() {
    ProfileRule rule = ProfileRule.parse("leg.origin = \"IST\"");
    assertThatThrownBy(() -> rule.evaluate(pnr, mehmet, 2))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}
