package eu.piu.screening;

import eu.piu.schema.ChangeOp;
import eu.piu.schema.FlightLeg;
import eu.piu.schema.Passenger;
import eu.piu.schema.PersonName;
import eu.piu.schema.Pnr;
import eu.piu.schema.Profile;
import eu.piu.schema.PushType;
import eu.piu.schema.TravelDocument;
import eu.piu.schema.WatchlistEntry;
import eu.piu.schema.internal.ReferenceUpdate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Fabricated PNRs, watchlist entries and profiles for the screening tests. */
public final class ScreeningFixtures {

  public static final Instant PUSHED = Instant.parse("2026-11-22T08:00:00Z");
  public static final Instant DEPARTURE = Instant.parse("2026-11-23T10:00:00Z");

  private ScreeningFixtures() {}

  public static FlightLeg leg(String flight, String origin, String destination, Instant departure) {
    return FlightLeg.newBuilder()
        .setCarrier("SN")
        .setFlightNumber(flight)
        .setOrigin(origin)
        .setDestination(destination)
        .setScheduledDeparture(departure)
        .setScheduledArrival(departure.plusSeconds(2 * 3600))
        .build();
  }

  public static Passenger passenger(
      String id, String surname, String given, String dob, String document) {
    return Passenger.newBuilder()
        .setPassengerId(id)
        .setSurname(surname)
        .setGivenNames(given)
        .setDateOfBirth(dob == null ? null : LocalDate.parse(dob))
        .setNationality("BEL")
        .setDocuments(
            document == null
                ? List.of()
                : List.of(TravelDocument.newBuilder().setType("P").setNumber(document).build()))
        .build();
  }

  public static Pnr pnr(
      String locator, long version, List<Passenger> passengers, FlightLeg... legs) {
    return Pnr.newBuilder()
        .setPnrId("SN:" + locator + ":2026-11-01")
        .setCarrier("SN")
        .setRecordLocator(locator)
        .setCreationDate(LocalDate.parse("2026-11-01"))
        .setVersion(version)
        .setPushType(PushType.FULL)
        .setPushedAt(PUSHED.plusSeconds(version * 60))
        .setBookingDate(Instant.parse("2026-11-01T12:00:00Z"))
        .setFormsOfPayment(List.of("CC"))
        .setLegs(List.of(legs))
        .setPassengers(passengers)
        .build();
  }

  /** A PNR with one passenger on the BRU-IST flight. */
  public static Pnr pnr(String locator, long version, Passenger passenger) {
    return pnr(locator, version, List.of(passenger), leg("0123", "BRU", "IST", DEPARTURE));
  }

  public static WatchlistEntry.Builder entry(String service, String listId, String entryId) {
    return WatchlistEntry.newBuilder()
        .setListId(listId)
        .setEntryId(entryId)
        .setVersion(1)
        .setOp(ChangeOp.UPSERT)
        .setOwningService(service)
        .setUpdatedAt(PUSHED.minusSeconds(3600));
  }

  public static WatchlistEntry byDocument(String service, String listId, String id, String doc) {
    return entry(service, listId, id)
        .setDocuments(List.of(TravelDocument.newBuilder().setNumber(doc).build()))
        .build();
  }

  public static WatchlistEntry byName(
      String service, String listId, String id, String name, String... dobs) {
    return entry(service, listId, id)
        .setNames(List.of(PersonName.newBuilder().setFullName(name).build()))
        .setDatesOfBirth(List.of(dobs))
        .build();
  }

  public static WatchlistEntry deletion(WatchlistEntry entry, long version) {
    return WatchlistEntry.newBuilder(entry)
        .setOp(ChangeOp.DELETE)
        .setVersion(version)
        .setNames(List.of())
        .setDocuments(List.of())
        .build();
  }

  public static Profile profile(String id, long version, String rule, String... owners) {
    return Profile.newBuilder()
        .setProfileId(id)
        .setVersion(version)
        .setOp(ChangeOp.UPSERT)
        .setOwningServices(List.of(owners))
        .setRule(rule)
        .setPurpose("fabricated test criterion")
        .setLegalBasis("law 25-12-2016 art. 24")
        .setReviewDate(LocalDate.parse("2027-06-30"))
        .setUpdatedAt(PUSHED.minusSeconds(7200))
        .build();
  }

  public static ReferenceUpdate update(WatchlistEntry entry) {
    return new ReferenceUpdate(entry, null);
  }

  public static ReferenceUpdate update(Profile profile) {
    return new ReferenceUpdate(null, profile);
  }
}
