package eu.piu.screening;

import eu.piu.schema.FlightLeg;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** When a passenger leg, a PNR or a hit group can be forgotten: its flights are over. */
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
