package eu.piu.ingest.api;

import eu.piu.ingest.FlightKeys;
import eu.piu.schema.ApiPassenger;
import eu.piu.schema.ApiPassengerList;
import eu.piu.schema.FlightLeg;
import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import eu.piu.schema.PushType;
import eu.piu.schema.TravelDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * A PNR record of its own for an API traveller no PNR passenger matched, so that the screening job
 * screens the traveller's legs all the same (issue 3 item 1).
 *
 * <p>Its {@code pnrId} is {@code API:<carrier><flight number>/<date>/<origin>:<API passengerId>},
 * e.g. {@code API:SN0123/2026-03-03/BRU:A430f5c29e1d7a085}: the flight of the list's first leg and
 * the traveller's id (a hash of names and date of birth), stable across the list's versions, so a
 * later list is a new version of the same record. The record locator is the one the traveller's API
 * data names ({@code RFF+AVF}), else {@code API}; the version and push time are the list's.
 */
public final class ApiOnlyPnrs {

  public static final String PREFIX = "API:";
  public static final String NO_LOCATOR = "API";

  private ApiOnlyPnrs() {}

  public static String pnrIdOf(ApiPassengerList list, ApiPassenger traveller) {
    FlightLeg first = list.getLegs().get(0);
    return PREFIX + FlightKeys.withOrigin(first) + ":" + traveller.getPassengerId();
  }

  public static Pnr of(ApiPassengerList list, ApiPassenger traveller) {
    List<FlightLeg> legs = legsOf(list, traveller);
    String locator = traveller.getRecordLocator();
    return Pnr.newBuilder()
        .setPnrId(pnrIdOf(list, traveller))
        .setCarrier(list.getCarrier())
        .setRecordLocator(locator == null || locator.isBlank() ? NO_LOCATOR : locator)
        .setVersion(list.getVersion())
        .setPushType(PushType.UNKNOWN)
        .setPushedAt(list.getPushedAt())
        .setSourceMessageId(list.getSourceMessageId())
        .setLegs(legs)
        .setPassengers(List.of(passenger(traveller)))
        .setPushedFlight(FlightLeg.newBuilder(list.getLegs().get(0)).build())
        .setMessageVersion(list.getMessageVersion())
        .setTravellerCount(1)
        .build();
  }

  /** The legs from where the traveller boards to where they leave; all legs when not told. */
  static List<FlightLeg> legsOf(ApiPassengerList list, ApiPassenger traveller) {
    List<FlightLeg> all = list.getLegs();
    int from = 0;
    int to = all.size() - 1;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).getOrigin().equals(traveller.getEmbarkation())) {
        from = i;
        break;
      }
    }
    for (int i = all.size() - 1; i >= from; i--) {
      if (all.get(i).getDestination().equals(traveller.getDebarkation())) {
        to = i;
        break;
      }
    }
    List<FlightLeg> legs = new ArrayList<>(to - from + 1);
    for (int i = from; i <= to; i++) {
      legs.add(FlightLeg.newBuilder(all.get(i)).build());
    }
    return legs;
  }

  private static Passenger passenger(ApiPassenger traveller) {
    List<TravelDocument> documents = new ArrayList<>(traveller.getDocuments().size());
    traveller.getDocuments().forEach(d -> documents.add(TravelDocument.newBuilder(d).build()));
    return Passenger.newBuilder()
        .setPassengerId(traveller.getPassengerId())
        .setSurname(traveller.getSurname())
        .setGivenNames(traveller.getGivenNames())
        .setDateOfBirth(traveller.getDateOfBirth())
        .setDateOfBirthYearOnly(traveller.getDateOfBirthYearOnly())
        .setGender(traveller.getGender())
        .setNationality(traveller.getNationality())
        .setDocuments(documents)
        .setSeat(traveller.getSeat())
        .setCheckedBags(traveller.getBaggage() == null ? null : traveller.getBaggage().getPieces())
        .build();
  }
}
