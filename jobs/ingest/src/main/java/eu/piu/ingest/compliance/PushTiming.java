package eu.piu.ingest.compliance;

import eu.piu.ingest.FlightKeys;
import eu.piu.ingest.internal.FlightPush;
import eu.piu.ingest.internal.PushCompliance;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * When pushes came against the scheduled departure (Directive 2016/681 art. 8(3)): 24 to 48 hours
 * before it, and immediately after flight closure.
 *
 * <p><b>Closure</b> is not flagged in PNRGOV (MSG 22/141 say full or changes, not when), so a push
 * counts as the closure push when it comes within the closure window (default 1 h) before or after
 * the scheduled departure: boarding closes 15 to 45 minutes before departure and the push follows
 * within minutes.
 *
 * <p><b>Caveat</b>: departure times are local to the airport but kept as if UTC (the parser has no
 * airport time-zone table), while push times are UTC. Hours are therefore off by the airport's UTC
 * offset: right for Brussels in winter within one hour, wrong by hours for a departure from New
 * York. Until the parser has time zones, widen the window for such routes or read the hours with
 * that in mind.
 */
public final class PushTiming {

  public static final String PUSH = "PUSH";
  public static final String FLIGHT = "FLIGHT";

  public static final String EARLY = "EARLY";
  public static final String ON_TIME = "ON_TIME";
  public static final String LATE = "LATE";
  public static final String AT_CLOSURE = "AT_CLOSURE";
  public static final String AFTER_CLOSURE = "AFTER_CLOSURE";

  public static final String PENDING = "PENDING";
  public static final String PUSHED = "PUSHED";
  public static final String MISSING = "MISSING";

  public static final String LATE_FIRST_PUSH = "LATE_FIRST_PUSH";
  public static final String NO_CLOSURE_PUSH = "NO_CLOSURE_PUSH";

  private static final Duration EARLIEST_PUSH = Duration.ofHours(48);

  private final Duration closureWindow;
  private final Duration latePush;

  public PushTiming(Duration closureWindow, Duration latePush) {
    this.closureWindow = closureWindow;
    this.latePush = latePush;
  }

  /** Hours from the push to the scheduled departure; negative after departure. */
  public static double hoursBeforeDeparture(Instant pushedAt, Instant departure) {
    return Duration.between(pushedAt, departure).toMillis() / 3_600_000.0;
  }

  public String timing(Instant pushedAt, Instant departure) {
    Duration before = Duration.between(pushedAt, departure);
    if (before.abs().compareTo(closureWindow) <= 0) {
      return AT_CLOSURE;
    }
    if (before.isNegative()) {
      return AFTER_CLOSURE;
    }
    if (before.compareTo(latePush) < 0) {
      return LATE;
    }
    return before.compareTo(EARLIEST_PUSH) <= 0 ? ON_TIME : EARLY;
  }

  /** The PUSH document of one push. */
  public PushCompliance push(FlightPush push) {
    String timing = timing(push.getPushedAt(), push.getScheduledDeparture());
    return base(push)
        .setDocumentId(push.getFlightKey() + "/" + push.getPushedAt())
        .setKind(PUSH)
        .setPushedAt(push.getPushedAt())
        .setHoursBeforeDeparture(
            hoursBeforeDeparture(push.getPushedAt(), push.getScheduledDeparture()))
        .setTiming(timing)
        .setPushType(push.getPushType())
        .setMessageId(push.getMessageId())
        .setPnrCount(push.getPnrCount())
        .setAtClosure(AT_CLOSURE.equals(timing))
        .setPushes(1)
        .setPushTimes(List.of(push.getPushedAt()))
        .setUpdatedAt(push.getPushedAt())
        .build();
  }

  /**
   * The FLIGHT document with one more push. Pushes of one push time count once (the parts of a
   * multi-part message share their UNB time); their order of arrival does not matter.
   */
  public PushCompliance flightWith(PushCompliance flight, FlightPush push) {
    PushCompliance.Builder next =
        flight == null
            ? base(push)
                .setDocumentId(push.getFlightKey())
                .setKind(FLIGHT)
                .setAtClosure(false)
                .setClosure(PENDING)
                .setHoursBeforeDeparture(0)
                .setPushes(0)
                .setPushTimes(List.of())
                .setUpdatedAt(push.getPushedAt())
            : PushCompliance.newBuilder(flight);
    List<Instant> times = new ArrayList<>(next.getPushTimes());
    if (!times.contains(push.getPushedAt())) {
      times.add(push.getPushedAt());
      times.sort(null);
    }
    Instant departure = next.getScheduledDeparture();
    Instant first = times.get(0);
    next.setPushTimes(times)
        .setPushes(times.size())
        .setFirstPushAt(first)
        .setPushedAt(times.get(times.size() - 1))
        .setHoursBeforeDeparture(hoursBeforeDeparture(first, departure));
    if (AT_CLOSURE.equals(timing(push.getPushedAt(), departure))) {
      Instant closurePush = next.getClosurePushAt();
      next.setAtClosure(true)
          .setClosure(PUSHED)
          .setClosurePushAt(
              closurePush == null || push.getPushedAt().isBefore(closurePush)
                  ? push.getPushedAt()
                  : closurePush);
    }
    if (push.getPushedAt().isAfter(next.getUpdatedAt())) {
      next.setUpdatedAt(push.getPushedAt());
    }
    return next.setIssues(issues(first, departure, next.getClosure())).build();
  }

  /** The closure window is over and no push came in it. */
  public PushCompliance closureMissed(PushCompliance flight, Instant at) {
    PushCompliance.Builder next = PushCompliance.newBuilder(flight).setClosure(MISSING);
    if (at.isAfter(next.getUpdatedAt())) {
      next.setUpdatedAt(at);
    }
    return next.setIssues(issues(flight.getFirstPushAt(), flight.getScheduledDeparture(), MISSING))
        .build();
  }

  /** When the closure window of a departure is over. */
  public Instant closureEnds(Instant departure) {
    return departure.plus(closureWindow);
  }

  private List<String> issues(Instant firstPush, Instant departure, String closure) {
    List<String> issues = new ArrayList<>(2);
    if (Duration.between(firstPush, departure).compareTo(latePush) < 0) {
      issues.add(LATE_FIRST_PUSH);
    }
    if (MISSING.equals(closure)) {
      issues.add(NO_CLOSURE_PUSH);
    }
    return issues;
  }

  private static PushCompliance.Builder base(FlightPush push) {
    return PushCompliance.newBuilder()
        .setCarrier(push.getCarrier())
        .setFlight(push.getFlight())
        .setFlightNumber(push.getFlightNumber())
        .setFlightDate(FlightKeys.date(push.getScheduledDeparture()))
        .setOrigin(push.getOrigin())
        .setDestination(push.getDestination())
        .setScheduledDeparture(push.getScheduledDeparture());
  }
}
