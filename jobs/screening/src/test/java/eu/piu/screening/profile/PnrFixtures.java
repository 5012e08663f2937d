package eu.piu.screening.profile;

import eu.piu.schema.FlightLeg;
import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import eu.piu.schema.PushType;
import eu.piu.schema.TravelDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A fabricated PNR for profile tests: a couple booked the day before flying Istanbul-Brussels and
 * back, with a code-share return, cash and card payment.
 *
 * <p>Every value is invented. Tests change one thing at a time with {@code Pnr.newBuilder(pnr())}.
 */
final class PnrFixtures {

  /** Booked 20 hours before the outbound departure, ticketed 4 hours before. */
  static final Instant BOOKING_DATE = Instant.parse("2025-03-09T16:00:00Z");

  static final Instant TICKET_ISSUE_DATE = Instant.parse("2025-03-10T08:00:00Z");
  static final Instant OUTBOUND_DEPARTURE = Instant.parse("2025-03-10T12:05:00Z");
  static final Instant RETURN_DEPARTURE = Instant.parse("2025-03-17T17:45:00Z");

  static final int OUTBOUND = 0;
  static final int RETURN = 1;

  private PnrFixtures() {}

  static Pnr pnr() {
    return pnrBuilder().build();
  }

  static Pnr.Builder pnrBuilder() {
    return Pnr.newBuilder()
        .setPnrId("TK-K7QX2M-2025-03-09")
        .setCarrier("TK")
        .setRecordLocator("K7QX2M")
        .setCreationDate(LocalDate.parse("2025-03-09"))
        .setVersion(1)
        .setPushType(PushType.FULL)
        .setPushedAt(Instant.parse("2025-03-09T18:00:00Z"))
        .setSourceMessageId("PNRGOV-TK-000042")
        .setBookingDate(BOOKING_DATE)
        .setTicketIssueDate(TICKET_ISSUE_DATE)
        .setTravelAgency("Anatolia Reisen BRU")
        .setFormsOfPayment(List.of("CA", "CC"))
        .setLegs(List.of(outbound(), returnLeg()))
        .setPassengers(List.of(mehmet(), ayse()));
  }

  /** TK1937 IST-BRU, operated by the marketing carrier. */
  static FlightLeg outbound() {
    return FlightLeg.newBuilder()
        .setCarrier("TK")
        .setFlightNumber("1937")
        .setOrigin("IST")
        .setDestination("BRU")
        .setScheduledDeparture(OUTBOUND_DEPARTURE)
        .setScheduledArrival(Instant.parse("2025-03-10T15:35:00Z"))
        .build();
  }

  /** TK1940 BRU-IST, a code-share operated by SN. */
  static FlightLeg returnLeg() {
    return FlightLeg.newBuilder()
        .setCarrier("TK")
        .setFlightNumber("1940")
        .setOrigin("BRU")
        .setDestination("IST")
        .setScheduledDeparture(RETURN_DEPARTURE)
        .setScheduledArrival(Instant.parse("2025-03-17T21:10:00Z"))
        .setOperatingCarrier("SN")
        .setOperatingFlightNumber("2914")
        .build();
  }

  /** Adult, 34 on both legs, one Turkish passport, a frequent flyer with two bags. */
  static Passenger mehmet() {
    return Passenger.newBuilder()
        .setPassengerId("P1")
        .setSurname("DEMIR")
        .setGivenNames("MEHMET MR")
        .setPassengerType("A")
        .setDateOfBirth(LocalDate.parse("1990-06-15"))
        .setGender("M")
        .setNationality("TUR")
        .setDocuments(List.of(document("P", "U23981745", "TUR")))
        .setFrequentFlyerNumbers(List.of("TK418820193"))
        .setSeat("14C")
        .setCheckedBags(2)
        .build();
  }

  /** Adult, 32, Belgian passport and Turkish identity card, no frequent flyer, bags not sent. */
  static Passenger ayse() {
    return Passenger.newBuilder()
        .setPassengerId("P2")
        .setSurname("DEMIR")
        .setGivenNames("AYSE MRS")
        .setPassengerType("A")
        .setDateOfBirth(LocalDate.parse("1992-11-02"))
        .setGender("F")
        .setNationality("BEL")
        .setDocuments(List.of(document("P", "EM481236", "BEL"), document("I", "A01T55723", "TUR")))
        .setSeat("14D")
        .build();
  }

  static TravelDocument document(String type, String number, String issuingCountry) {
    return TravelDocument.newBuilder()
        .setType(type)
        .setNumber(number)
        .setIssuingCountry(issuingCountry)
        .setExpiryDate(LocalDate.parse("2031-08-31"))
        .build();
  }
}
