package eu.piu.formats.pnrgov;

import eu.piu.formats.edifact.EdifactDates;
import eu.piu.formats.edifact.SegmentReader;
import eu.piu.formats.values.FlightNumbers;
import java.time.LocalDate;
import java.time.LocalTime;

/** Reads PNRGOV TVL segments (level 0, Gr.5, history). */
final class TravelSegments {

  private TravelSegments() {}

  /**
   * {@code TVL+121210:0915:121210:1230+LHR+JFK+DL:KL+324:B}: dates and times, airports, marketing
   * (and operating) carrier, flight number and booking class. Some carriers put the arrival time
   * where the arrival date goes ({@code TVL+280918:1220:1505+...}); a four-digit value there is
   * read as a time.
   */
  static LegDraft read(SegmentReader r) {
    LegDraft leg = new LegDraft();
    leg.departureDate = EdifactDates.ddmmyy(r.text(1, 0));
    leg.departureTime = EdifactDates.hhmm(r.text(1, 1));
    String arrivalDate = r.text(1, 2);
    String arrivalTime = r.text(1, 3);
    if (arrivalDate != null && arrivalDate.length() == 4 && arrivalTime == null) {
      arrivalTime = arrivalDate;
      arrivalDate = null;
    }
    leg.arrivalDate = EdifactDates.ddmmyy(arrivalDate);
    leg.arrivalTime = EdifactDates.hhmm(arrivalTime);
    if (leg.arrivalDate == null && leg.arrivalTime != null && leg.departureDate != null) {
      // Arrival time alone: same day, or the next when it is earlier than the departure.
      LocalTime dep = leg.departureTime;
      leg.arrivalDate =
          dep != null && leg.arrivalTime.isBefore(dep)
              ? leg.departureDate.plusDays(1)
              : leg.departureDate;
    }
    leg.origin = r.text(2, 0);
    leg.destination = r.text(3, 0);
    leg.carrier = r.text(4, 0);
    leg.operatingCarrier = r.text(4, 1);
    leg.flightNumber = FlightNumbers.normalise(r.text(5, 0));
    leg.bookingClass = r.text(5, 1);
    return leg;
  }

  /**
   * Before PNRGOV 14.1 a code-share leg is followed by a second TVL holding only the operating
   * flight number: {@code TVL+++++474:U}.
   */
  static boolean isOperatingFlightOnly(SegmentReader r) {
    return r.length(1, 0) == 0 && r.length(2, 0) == 0 && r.length(3, 0) == 0 && r.length(5, 0) > 0;
  }

  static LocalDate dateOf(LegDraft leg) {
    return leg.departureDate;
  }
}
