package eu.piu.ingest.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import eu.piu.ingest.internal.FlightPush;
import eu.piu.ingest.internal.PushCompliance;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.TestableKeyedStateBackend;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hours between push and departure, closure pushes, and flights with none. */
class PushComplianceFunctionTest {

  private static final Instant DEPARTURE = Instant.parse("2026-03-03T10:15:00Z");
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration RETENTION = Duration.ofHours(24);

  private KeyedOneInputStreamOperatorTestHarness<String, FlightPush, PushCompliance> harness;

  @BeforeEach
  void open() throws Exception {
    harness =
        ProcessFunctionTestHarnesses.forKeyedProcessFunction(
            new PushComplianceFunction(HOUR, Duration.ofHours(24), RETENTION),
            FlightPush::getFlightKey,
            Types.STRING);
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  private static FlightPush push(Instant at) {
    return FlightPush.newBuilder()
        .setFlightKey("SN0123/2026-03-03/BRU")
        .setCarrier("SN")
        .setFlight("SN0123")
        .setFlightNumber("0123")
        .setOrigin("BRU")
        .setDestination("LIS")
        .setScheduledDeparture(DEPARTURE)
        .setPushedAt(at)
        .setPushType("FULL")
        .setMessageId("m-" + at)
        .setPnrCount(3)
        .build();
  }

  private List<PushCompliance> documents(String kind) {
    return harness.extractOutputValues().stream().filter(d -> d.getKind().equals(kind)).toList();
  }

  private PushCompliance lastFlight() {
    List<PushCompliance> flights = documents(PushTiming.FLIGHT);
    return flights.get(flights.size() - 1);
  }

  @Test
  void eachPushIsAPushDocumentWithItsHoursAndTiming() throws Exception {
    harness.processElement(push(DEPARTURE.minus(Duration.ofHours(26))), 1);
    harness.processElement(push(DEPARTURE.minus(Duration.ofMinutes(50))), 2);

    assertThat(documents(PushTiming.PUSH))
        .extracting(PushCompliance::getHoursBeforeDeparture, PushCompliance::getTiming)
        .containsExactly(tuple(26.0, PushTiming.ON_TIME), tuple(50 / 60.0, PushTiming.AT_CLOSURE));
    assertThat(documents(PushTiming.PUSH).get(0).getDocumentId())
        .isEqualTo("SN0123/2026-03-03/BRU/2026-03-02T08:15:00Z");
    PushCompliance flight = lastFlight();
    assertThat(flight.getDocumentId()).isEqualTo("SN0123/2026-03-03/BRU");
    assertThat(flight.getPushes()).isEqualTo(2);
    assertThat(flight.getHoursBeforeDeparture()).isEqualTo(26.0);
    assertThat(flight.getClosure()).isEqualTo(PushTiming.PUSHED);
    assertThat(flight.getAtClosure()).isTrue();
    assertThat(flight.getIssues()).isEmpty();
  }

  @Test
  void aFirstPushUnder24HoursBeforeDepartureIsLate() throws Exception {
    harness.processElement(push(DEPARTURE.minus(Duration.ofHours(8))), 1);

    assertThat(documents(PushTiming.PUSH).get(0).getTiming()).isEqualTo(PushTiming.LATE);
    assertThat(lastFlight().getIssues()).containsExactly(PushTiming.LATE_FIRST_PUSH);
    assertThat(lastFlight().getClosure()).isEqualTo(PushTiming.PENDING);
  }

  @Test
  void noPushAtClosureIsFlaggedWhenTheWindowIsOverThenTheFlightIsForgotten() throws Exception {
    harness.processElement(push(DEPARTURE.minus(Duration.ofHours(30))), 1);
    // The parts of a multi-part push share their push time: one push.
    harness.processElement(push(DEPARTURE.minus(Duration.ofHours(30))), 2);
    assertThat(lastFlight().getPushes()).isEqualTo(1);

    long closureEnds = DEPARTURE.plus(HOUR).toEpochMilli();
    harness.processWatermark(new Watermark(closureEnds - 1));
    assertThat(lastFlight().getClosure()).isEqualTo(PushTiming.PENDING);
    harness.processWatermark(new Watermark(closureEnds));

    assertThat(lastFlight().getClosure()).isEqualTo(PushTiming.MISSING);
    assertThat(lastFlight().getIssues()).containsExactly(PushTiming.NO_CLOSURE_PUSH);
    assertThat(keyedStateEntries()).isOne();

    harness.processWatermark(new Watermark(closureEnds + RETENTION.toMillis()));
    assertThat(keyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void timingsAgainstTheDeparture() {
    PushTiming timing = new PushTiming(HOUR, Duration.ofHours(24));
    assertThat(timing.timing(DEPARTURE.minus(Duration.ofHours(49)), DEPARTURE))
        .isEqualTo(PushTiming.EARLY);
    assertThat(timing.timing(DEPARTURE.minus(Duration.ofHours(48)), DEPARTURE))
        .isEqualTo(PushTiming.ON_TIME);
    assertThat(timing.timing(DEPARTURE.minus(Duration.ofHours(24)), DEPARTURE))
        .isEqualTo(PushTiming.ON_TIME);
    assertThat(timing.timing(DEPARTURE.minus(Duration.ofHours(23)), DEPARTURE))
        .isEqualTo(PushTiming.LATE);
    assertThat(timing.timing(DEPARTURE.minus(HOUR), DEPARTURE)).isEqualTo(PushTiming.AT_CLOSURE);
    assertThat(timing.timing(DEPARTURE.plus(HOUR), DEPARTURE)).isEqualTo(PushTiming.AT_CLOSURE);
    assertThat(timing.timing(DEPARTURE.plus(Duration.ofMinutes(61)), DEPARTURE))
        .isEqualTo(PushTiming.AFTER_CLOSURE);
  }

  private int keyedStateEntries() {
    return ((TestableKeyedStateBackend<?>) harness.getOperator().getKeyedStateBackend())
        .numKeyValueStateEntries();
  }
}
