package eu.piu.ingest;

import eu.piu.schema.FlightLeg;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When a PNR's versions, a flight's bookings and API travellers, or a flight's pushes can be
 * forgotten: the flights are over, plus the retention. Same rule as the screening job's.
 */
public final class Expiry {

  private Expiry() {}

  public static long of(FlightLeg flight, Duration retentionAfterArrival) {
    return endOf(flight).plus(retentionAfterArrival).toEpochMilli();
  }

  public static long of(List<FlightLeg> itinerary, Duration retentionAfterArrival) {
    Instant last = Instant.EPOCH;
    for (FlightLeg flight : itinerary) {
      Instant end = endOf(flight);
      if (end.isAfter(last)) {
        last = end;
      }
    }
    return last.plus(retentionAfterArrival).toEpochMilli();
  }

  private static Instant endOf(FlightLeg flight) {
    return flight.getScheduledArrival() != null
        ? flight.getScheduledArrival()
        : flight.getScheduledDeparture();
  }
}
