package eu.piu.cli.sample;

import eu.piu.schema.FlightLeg;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Fabricated flights entering or leaving Belgium (what a Belgian PIU receives), departing 1 to 3
 * days after the anchor; a second leg is the return trip 3 to 10 days later.
 */
public final class Itineraries {

  /** Departures of the sample feed are never earlier than this after the anchor. */
  public static final Duration EARLIEST_DEPARTURE = Duration.ofHours(24);

  static final String[] CARRIERS = {"SN", "FR", "TK", "EK", "LH", "AF", "KL", "QR", "TB", "W6"};
  private static final String[] BELGIAN = {"BRU", "BRU", "BRU", "CRL", "LGG", "ANR", "OST"};
  private static final String[] ABROAD = {
    "CDG", "AMS", "FRA", "LHR", "MAD", "FCO", "LIS", "VIE", "CPH", "IST", "DXB", "DOH", "CMN",
    "TUN", "JFK", "YUL", "ATH", "WAW", "BCN", "NCE"
  };

  private Itineraries() {}

  /** One or two legs (out and back) for a PNR of {@code carrier}. */
  public static List<FlightLeg> random(
      SplittableRandom random, Instant anchor, String carrier, int legs) {
    boolean inbound = random.nextBoolean();
    String belgian = FabricatedPeople.pick(random, BELGIAN);
    String abroad = FabricatedPeople.pick(random, ABROAD);
    Instant departure =
        anchor
            .plus(EARLIEST_DEPARTURE)
            .plus(random.nextLong(48 * 12), ChronoUnit.MINUTES)
            .plus(random.nextLong(5), ChronoUnit.MINUTES)
            .truncatedTo(ChronoUnit.MINUTES);
    Duration flight = Duration.ofMinutes(60 + random.nextLong(8 * 60));
    List<FlightLeg> itinerary = new ArrayList<>(legs);
    String origin = inbound ? abroad : belgian;
    String destination = inbound ? belgian : abroad;
    itinerary.add(leg(carrier, random, origin, destination, departure, flight));
    if (legs > 1) {
      Instant back = departure.plus(Duration.ofDays(3 + random.nextInt(8)));
      itinerary.add(leg(carrier, random, destination, origin, back, flight));
    }
    return itinerary;
  }

  /** One leg on a given route, for crafted PNRs. */
  public static FlightLeg leg(
      String carrier, String origin, String destination, Instant departure, Duration flight) {
    return new FlightLeg(
        carrier, "0777", origin, destination, departure, departure.plus(flight), null, null);
  }

  private static FlightLeg leg(
      String carrier,
      SplittableRandom random,
      String origin,
      String destination,
      Instant departure,
      Duration flight) {
    return new FlightLeg(
        carrier,
        String.format(Locale.ROOT, "%04d", 100 + random.nextInt(9000)),
        origin,
        destination,
        departure,
        departure.plus(flight),
        null,
        null);
  }
}
