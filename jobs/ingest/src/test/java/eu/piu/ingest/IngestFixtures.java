package eu.piu.ingest;

import eu.piu.schema.ApiPassenger;
import eu.piu.schema.ApiPassengerList;
import eu.piu.schema.FlightLeg;
import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import eu.piu.schema.PushType;
import eu.piu.schema.TravelDocument;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Fabricated PNRs and API lists for the functions' tests: one flight, SN0123 BRU-LIS. */
public final class IngestFixtures {

  public static final Duration RETENTION = Duration.ofHours(24);
  public static final Instant DEPARTURE = Instant.parse("2026-03-03T10:15:00Z");
  public static final Instant ARRIVAL = Instant.parse("2026-03-03T12:30:00Z");
  public static final String FLIGHT_KEY = "SN0123/2026-03-03";

  /** When the flight's state may be forgotten: arrival + retention. */
  public static final long FLIGHT_OVER = ARRIVAL.plus(RETENTION).toEpochMilli();

  public static final Instant FIRST_PUSH = Instant.parse("2026-03-02T08:15:00Z");
  public static final Instant SECOND_PUSH = Instant.parse("2026-03-02T09:15:00Z");
  public static final Instant CLOSURE_PUSH = Instant.parse("2026-03-03T09:25:00Z");
  public static final Instant API_PUSH = Instant.parse("2026-03-03T09:30:00Z");

  private IngestFixtures() {}

  public static FlightLeg sn0123() {
    return FlightLeg.newBuilder()
        .setCarrier("SN")
        .setFlightNumber("0123")
        .setOrigin("BRU")
        .setDestination("LIS")
        .setScheduledDeparture(DEPARTURE)
        .setScheduledArrival(ARRIVAL)
        .build();
  }

  public static Passenger passenger(
      String passengerId, String surname, String given, String dateOfBirth, String document) {
    return Passenger.newBuilder()
        .setPassengerId(passengerId)
        .setSurname(surname)
        .setGivenNames(given)
        .setPassengerType("A")
        .setDateOfBirth(dateOfBirth == null ? null : LocalDate.parse(dateOfBirth))
        .setDocuments(document == null ? List.of() : List.of(document(document)))
        .build();
  }

  public static TravelDocument document(String number) {
    return TravelDocument.newBuilder()
        .setType("P")
        .setNumber(number)
        .setIssuingCountry("BEL")
        .build();
  }

  public static Pnr pnr(String locator, Instant pushedAt, Passenger... passengers) {
    return Pnr.newBuilder()
        .setPnrId("SN:" + locator + ":2026-01-15")
        .setCarrier("SN")
        .setRecordLocator(locator)
        .setCreationDate(LocalDate.parse("2026-01-15"))
        .setVersion(pushedAt.toEpochMilli())
        .setPushType(PushType.FULL)
        .setPushedAt(pushedAt)
        .setSourceMessageId("msg-" + pushedAt)
        .setLegs(List.of(sn0123()))
        .setPassengers(List.of(passengers))
        .setPushedFlight(sn0123())
        .build();
  }

  public static ApiPassenger traveller(
      String apiId,
      String surname,
      String given,
      String dateOfBirth,
      String document,
      String locator) {
    return ApiPassenger.newBuilder()
        .setPassengerId(apiId)
        .setTravellerType("FL")
        .setSurname(surname)
        .setGivenNames(given)
        .setGender("F")
        .setNationality("BEL")
        .setDateOfBirth(dateOfBirth == null ? null : LocalDate.parse(dateOfBirth))
        .setDocuments(document == null ? List.of() : List.of(document(document)))
        .setRecordLocator(locator)
        .setEmbarkation("BRU")
        .setDebarkation("LIS")
        .build();
  }

  public static ApiPassengerList apiList(Instant pushedAt, ApiPassenger... travellers) {
    return ApiPassengerList.newBuilder()
        .setListId("SN0123:2026-03-03")
        .setCarrier("SN")
        .setVersion(pushedAt.toEpochMilli())
        .setPushedAt(pushedAt)
        .setSourceMessageId("api-" + pushedAt)
        .setLegs(List.of(sn0123()))
        .setPassengers(List.of(travellers))
        .build();
  }
}
