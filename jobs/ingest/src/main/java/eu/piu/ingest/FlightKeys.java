package eu.piu.ingest;

import eu.piu.schema.ApiPassengerList;
import eu.piu.schema.FlightLeg;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Keys of a flight: carrier + flight number / scheduled departure date, e.g. {@code
 * SN0123/2026-03-03}. PNR legs and PAXLST legs of one flight agree on it: the parser pads flight
 * numbers the same way and keeps both sides' times local-as-UTC, so the dates are the same dates.
 */
public final class FlightKeys {

  private FlightKeys() {}

  /** The API join's key: one flight on one day, whatever leg of it a passenger flies. */
  public static String of(FlightLeg leg) {
    return of(leg.getCarrier(), leg.getFlightNumber(), leg);
  }

  /** The same flight under its operating carrier's number (code-share), or null when none. */
  public static String ofOperating(FlightLeg leg) {
    if (leg.getOperatingCarrier() == null || leg.getOperatingFlightNumber() == null) {
      return null;
    }
    return of(leg.getOperatingCarrier(), leg.getOperatingFlightNumber(), leg);
  }

  /** An API list is keyed by its first leg: a PAXLST message reports one flight. */
  public static String ofList(ApiPassengerList list) {
    return of(list.getLegs().get(0));
  }

  /** Push compliance's key: one departure of a flight, from one airport. */
  public static String withOrigin(FlightLeg leg) {
    return of(leg) + "/" + leg.getOrigin();
  }

  public static String date(FlightLeg leg) {
    return date(leg.getScheduledDeparture());
  }

  /** The date of a departure time (local-as-UTC, as the parser keeps it). */
  public static String date(Instant departure) {
    return departure.atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }

  private static String of(String carrier, String flightNumber, FlightLeg leg) {
    return carrier + flightNumber + "/" + date(leg);
  }
}
