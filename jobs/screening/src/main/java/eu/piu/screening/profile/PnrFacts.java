package eu.piu.screening.profile;

import eu.piu.schema.FlightLeg;
import eu.piu.schema.Passenger;
import eu.piu.schema.TravelDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Values derived from a PNR for the field catalogue.
 *
 * <p>Every method returns {@code null} rather than a default when the input is absent: a profile
 * must not hit a passenger because a carrier left a field out.
 */
final class PnrFacts {

  private static final long MILLIS_PER_HOUR = 3_600_000L;

  private PnrFacts() {}

  /** Blank strings are treated as absent: carriers send empty elements for "unknown". */
  static String text(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  static Double number(Integer value) {
    return value == null ? null : value.doubleValue();
  }

  static Double count(List<?> values) {
    return values == null ? 0.0 : values.size();
  }

  /** An empty list is absent, so that {@code not in} does not hit a PNR that lacks the data. */
  static List<String> list(List<String> values) {
    if (values == null) {
      return null;
    }
    List<String> kept = new ArrayList<>(values.size());
    for (String value : values) {
      String t = text(value);
      if (t != null) {
        kept.add(t);
      }
    }
    return kept.isEmpty() ? null : List.copyOf(kept);
  }

  static String route(FlightLeg leg) {
    String origin = text(leg.getOrigin());
    String destination = text(leg.getDestination());
    return origin == null || destination == null ? null : origin + "-" + destination;
  }

  /** Whole hours from {@code earlier} to {@code departure}, rounded down. */
  static Double hoursBefore(Instant earlier, Instant departure) {
    if (earlier == null || departure == null) {
      return null;
    }
    long millis = departure.toEpochMilli() - earlier.toEpochMilli();
    return (double) Math.floorDiv(millis, MILLIS_PER_HOUR);
  }

  static Double departureHourUtc(FlightLeg leg) {
    Instant departure = leg.getScheduledDeparture();
    return departure == null ? null : (double) departure.atZone(ZoneOffset.UTC).getHour();
  }

  /** The schema sets the operating carrier only when it differs, but carriers also repeat it. */
  static Boolean isCodeshare(FlightLeg leg) {
    String operating = text(leg.getOperatingCarrier());
    return operating != null && !operating.equalsIgnoreCase(text(leg.getCarrier()));
  }

  /** Origins and destinations in travel order; a connecting airport appears once, not twice. */
  static List<String> airports(List<FlightLeg> legs) {
    List<String> airports = new ArrayList<>(legs.size() + 1);
    for (FlightLeg leg : legs) {
      addUnlessRepeated(airports, text(leg.getOrigin()));
      addUnlessRepeated(airports, text(leg.getDestination()));
    }
    return airports.isEmpty() ? null : List.copyOf(airports);
  }

  private static void addUnlessRepeated(List<String> airports, String airport) {
    if (airport == null) {
      return;
    }
    String upper = airport.toUpperCase(Locale.ROOT);
    if (airports.isEmpty() || !airports.get(airports.size() - 1).equals(upper)) {
      airports.add(upper);
    }
  }

  static FlightLeg firstLeg(List<FlightLeg> legs) {
    return legs.isEmpty() ? null : legs.get(0);
  }

  static FlightLeg lastLeg(List<FlightLeg> legs) {
    return legs.isEmpty() ? null : legs.get(legs.size() - 1);
  }

  static Boolean isRoundTrip(List<FlightLeg> legs) {
    if (legs.size() < 2) {
      return false;
    }
    String start = text(legs.get(0).getOrigin());
    String end = text(legs.get(legs.size() - 1).getDestination());
    return start != null && start.equalsIgnoreCase(end);
  }

  /**
   * Age on the day of this leg's departure (UTC). A birth date after departure is a data error, not
   * a newborn, so it yields no age.
   */
  static Double ageYears(LocalDate dateOfBirth, Instant departure) {
    if (dateOfBirth == null || departure == null) {
      return null;
    }
    LocalDate departureDay = departure.atZone(ZoneOffset.UTC).toLocalDate();
    if (dateOfBirth.isAfter(departureDay)) {
      return null;
    }
    return (double) Period.between(dateOfBirth, departureDay).getYears();
  }

  static List<String> documentIssuingCountries(Passenger passenger) {
    List<String> countries = new ArrayList<>();
    for (TravelDocument document : passenger.getDocuments()) {
      countries.add(document.getIssuingCountry());
    }
    return list(countries);
  }

  static Boolean hasAny(List<String> values) {
    return list(values) != null;
  }
}
