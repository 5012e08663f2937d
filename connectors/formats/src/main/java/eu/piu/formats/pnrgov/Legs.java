package eu.piu.formats.pnrgov;

import eu.piu.formats.edifact.EdifactDates;
import eu.piu.schema.FlightLeg;
import java.time.Instant;

/**
 * Turns legs as read into FlightLeg records. PNRGOV TVL times are local to each airport; without an
 * airport time-zone table they are kept as if UTC (at most 14 hours off), which is precise enough
 * to order a journey and to find the flight, not to compute connection times.
 */
final class Legs {

  private Legs() {}

  /** Null when the leg lacks what a FlightLeg needs (OPEN or ARNK segments, garbled TVL). */
  static FlightLeg toFlightLeg(LegDraft d) {
    if (d.carrier == null
        || d.flightNumber == null
        || d.origin == null
        || d.destination == null
        || d.departureDate == null) {
      return null;
    }
    Instant departure = EdifactDates.instant(d.departureDate, d.departureTime);
    Instant arrival = EdifactDates.instant(d.arrivalDate, d.arrivalTime);
    boolean codeShare = d.operatingCarrier != null && !d.operatingCarrier.equals(d.carrier);
    return FlightLeg.newBuilder()
        .setCarrier(d.carrier)
        .setFlightNumber(d.flightNumber)
        .setOrigin(d.origin)
        .setDestination(d.destination)
        .setScheduledDeparture(departure)
        .setScheduledArrival(arrival)
        .setOperatingCarrier(codeShare ? d.operatingCarrier : null)
        .setOperatingFlightNumber(
            codeShare
                    || d.operatingFlightNumber != null
                        && !d.operatingFlightNumber.equals(d.flightNumber)
                ? d.operatingFlightNumber
                : null)
        .build();
  }

  /** Same flight: carrier, number and origin agree (the pushed flight among the itinerary). */
  static boolean sameFlight(LegDraft a, LegDraft b) {
    return a != null
        && b != null
        && eq(a.flightNumber, b.flightNumber)
        && eq(a.origin, b.origin)
        && (eq(a.carrier, b.carrier) || eq(a.operatingCarrier, b.carrier));
  }

  private static boolean eq(String a, String b) {
    return a != null && a.equals(b);
  }
}
