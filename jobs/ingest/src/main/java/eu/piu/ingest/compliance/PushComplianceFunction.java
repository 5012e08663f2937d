package eu.piu.ingest.compliance;

import static eu.piu.ingest.IngestDescriptors.FLIGHT_COMPLIANCE;

import eu.piu.ingest.internal.FlightPush;
import eu.piu.ingest.internal.PushCompliance;
import java.time.Duration;
import java.time.Instant;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Push compliance of one flight departure (keyed by carrier + flight number / date / origin): a
 * PUSH document per push, and the FLIGHT document updated with each push. When the closure window
 * is over in event time (receipt times) without a push in it, the FLIGHT document says so ({@code
 * NO_CLOSURE_PUSH}); the state is forgotten the retention after that.
 */
public final class PushComplianceFunction
    extends KeyedProcessFunction<String, FlightPush, PushCompliance> {

  private static final long serialVersionUID = 1L;

  private final Duration closureWindow;
  private final Duration latePush;
  private final Duration retention;

  private transient PushTiming timing;
  private transient ValueState<PushCompliance> flight;

  public PushComplianceFunction(Duration closureWindow, Duration latePush, Duration retention) {
    this.closureWindow = closureWindow;
    this.latePush = latePush;
    this.retention = retention;
  }

  @Override
  public void open(OpenContext openContext) {
    timing = new PushTiming(closureWindow, latePush);
    flight = getRuntimeContext().getState(FLIGHT_COMPLIANCE);
  }

  @Override
  public void processElement(FlightPush push, Context ctx, Collector<PushCompliance> out)
      throws Exception {
    out.collect(timing.push(push));
    PushCompliance before = flight.value();
    PushCompliance after = timing.flightWith(before, push);
    flight.update(after);
    out.collect(after);
    if (before == null) {
      long closureEnds = timing.closureEnds(push.getScheduledDeparture()).toEpochMilli();
      ctx.timerService().registerEventTimeTimer(closureEnds);
      ctx.timerService().registerEventTimeTimer(closureEnds + retention.toMillis());
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<PushCompliance> out)
      throws Exception {
    PushCompliance known = flight.value();
    if (known == null) {
      return;
    }
    long closureEnds = timing.closureEnds(known.getScheduledDeparture()).toEpochMilli();
    if (timestamp >= closureEnds + retention.toMillis()) {
      flight.clear();
    } else if (timestamp >= closureEnds && PushTiming.PENDING.equals(known.getClosure())) {
      PushCompliance missed = timing.closureMissed(known, Instant.ofEpochMilli(timestamp));
      flight.update(missed);
      out.collect(missed);
    }
  }
}
