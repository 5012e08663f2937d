package eu.piu.screening.hits;

import static eu.piu.screening.ScreeningDescriptors.AUDIT;
import static eu.piu.screening.ScreeningDescriptors.HIT_RAISED;

import eu.piu.schema.Hit;
import eu.piu.screening.Expiry;
import eu.piu.screening.audit.AuditEvents;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Raises each hit once. The same hit is found again on every new PNR version, under each lookup key
 * the passenger and the entry share, and after a replay; keyed by the deterministic hit id, only
 * the first passes, until the flight is over.
 */
public final class HitOnceFunction extends KeyedProcessFunction<String, Hit, Hit> {

  private static final long serialVersionUID = 1L;

  private final Duration retentionAfterArrival;
  private transient ValueState<Long> raised;

  public HitOnceFunction(Duration retentionAfterArrival) {
    this.retentionAfterArrival = retentionAfterArrival;
  }

  @Override
  public void open(OpenContext openContext) {
    raised = getRuntimeContext().getState(HIT_RAISED);
  }

  @Override
  public void processElement(Hit hit, Context ctx, Collector<Hit> out) throws Exception {
    if (raised.value() != null) {
      return;
    }
    long expiry = Expiry.of(hit.getFlight(), retentionAfterArrival);
    raised.update(expiry);
    out.collect(hit);
    ctx.output(AUDIT, AuditEvents.hit(hit));
    ctx.timerService().registerEventTimeTimer(expiry);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<Hit> out) throws Exception {
    Long expiry = raised.value();
    if (expiry != null && expiry <= timestamp) {
      raised.clear();
    }
  }
}
