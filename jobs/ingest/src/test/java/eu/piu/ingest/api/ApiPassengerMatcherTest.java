package eu.piu.ingest.api;

import static eu.piu.ingest.IngestFixtures.RETENTION;
import static eu.piu.ingest.IngestFixtures.SECOND_PUSH;
import static eu.piu.ingest.IngestFixtures.passenger;
import static eu.piu.ingest.IngestFixtures.pnr;
import static eu.piu.ingest.IngestFixtures.traveller;
import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.ingest.api.ApiPassengerMatcher.Match;
import eu.piu.ingest.api.ApiPassengerMatcher.Rule;
import eu.piu.ingest.internal.FlightBooking;
import eu.piu.schema.Pnr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which PNR passenger an API traveller is: locator, else name and birth date, else document. */
class ApiPassengerMatcherTest {

  private static final Pnr VANDERBEEK =
      pnr(
          "K7QX2M",
          SECOND_PUSH,
          passenger("P-liesbeth", "VANDERBEEK", "LIESBETH MRS", "1985-03-14", "EH123456"),
          passenger("P-tomas", "VANDERBEEK", "TOMAS", null, null));
  private static final Pnr JANSSENS =
      pnr("BPA003", SECOND_PUSH, passenger("P-els", "JANSSENS", "ELS", "1985-03-14", "EM000013"));
  private static final Pnr PEETERS =
      pnr("BPA004", SECOND_PUSH, passenger("P-jan", "PEETERS", "JAN", null, "EP000777"));

  private static List<FlightBooking> flight(Pnr... pnrs) {
    List<FlightBooking> bookings = new ArrayList<>();
    for (Pnr pnr : pnrs) {
      bookings.addAll(BookingsOnFlights.of(pnr, RETENTION));
    }
    return bookings;
  }

  @Test
  void theRecordLocatorNamesTheBookingAndTheNameThePassengerInIt() {
    Optional<Match> match =
        ApiPassengerMatcher.match(
            traveller("A1", "Vanderbeek", "Tomas Pieter", "1983-10-02", "EH654321", "K7QX2M"),
            flight(JANSSENS, VANDERBEEK, PEETERS));

    assertThat(match).contains(new Match("SN:K7QX2M:2026-01-15", "P-tomas", Rule.RECORD_LOCATOR));
  }

  @Test
  void withoutLocatorTheNameAndDateOfBirthDecide() {
    assertThat(
            ApiPassengerMatcher.match(
                traveller("A2", "JANSSENS", "ELS", "1985-03-14", "EH999013", null),
                flight(JANSSENS, VANDERBEEK)))
        .contains(new Match("SN:BPA003:2026-01-15", "P-els", Rule.NAME_AND_DATE_OF_BIRTH));
  }

  @Test
  void elseTheDocumentNumberDecides() {
    assertThat(
            ApiPassengerMatcher.match(
                traveller("A3", "PETERS", "JOHANNES", "1970-03-04", "EP-000 777", null),
                flight(JANSSENS, PEETERS)))
        .contains(new Match("SN:BPA004:2026-01-15", "P-jan", Rule.DOCUMENT));
  }

  @Test
  void namesakesWithTheSameBirthDateAreNotGuessed() {
    Pnr other =
        pnr("BPA009", SECOND_PUSH, passenger("P-els-2", "JANSSENS", "ELS", "1985-03-14", null));

    assertThat(
            ApiPassengerMatcher.match(
                traveller("A2", "JANSSENS", "ELS", "1985-03-14", null, null),
                flight(JANSSENS, other)))
        .isEmpty();
  }

  @Test
  void aTravellerNoRulePlacesStaysUnmatched() {
    assertThat(
            ApiPassengerMatcher.match(
                traveller("A4", "MARTENS", "SOFIE", "1990-01-01", "EX111", "ZZZZZZ"),
                flight(JANSSENS, VANDERBEEK, PEETERS)))
        .isEmpty();
  }

  @Test
  void aBookingCouldHoldATravellerWithItsLocatorSurnameOrDocument() {
    FlightBooking vanderbeek = flight(VANDERBEEK).get(0);

    assertThat(
            ApiPassengerMatcher.couldMatch(
                traveller("A1", "X", null, null, null, "K7QX2M"), vanderbeek))
        .isTrue();
    assertThat(
            ApiPassengerMatcher.couldMatch(
                traveller("A1", "vanderbeek", null, null, null, null), vanderbeek))
        .isTrue();
    assertThat(
            ApiPassengerMatcher.couldMatch(
                traveller("A1", "X", null, null, "EH123456", null), vanderbeek))
        .isTrue();
    assertThat(
            ApiPassengerMatcher.couldMatch(
                traveller("A1", "JANSSENS", null, null, "EM000013", "BPA003"), vanderbeek))
        .isFalse();
  }
}
