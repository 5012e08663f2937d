package eu.piu.screening.hits;

import static eu.piu.screening.ScreeningDescriptors.AUDIT;
import static eu.piu.screening.ScreeningDescriptors.GROUP_HITS;

import eu.piu.schema.FlightLeg;
import eu.piu.schema.Hit;
import eu.piu.schema.ServiceNotification;
import eu.piu.screening.audit.AuditEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Groups the hits on one person and flight and notifies each concerned service, naming the other
 * services involved (see {@link NotificationPlanner}). Keyed by {@link
 * NotificationPlanner#groupKey}; the group is forgotten once the flight is over.
 */
public final class HitGroupingFunction
    extends KeyedProcessFunction<String, Hit, ServiceNotification> {

  private static final long serialVersionUID = 1L;

  private final Duration retentionAfterArrival;
  private transient MapState<String, Hit> group;

  public HitGroupingFunction(Duration retentionAfterArrival) {
    this.retentionAfterArrival = retentionAfterArrival;
  }

  @Override
  public void open(OpenContext openContext) {
    group = getRuntimeContext().getMapState(GROUP_HITS);
  }

  @Override
  public void processElement(Hit hit, Context ctx, Collector<ServiceNotification> out)
      throws Exception {
    if (group.contains(hit.getHitId())) {
      return;
    }
    List<Hit> earlier = new ArrayList<>();
    group.values().forEach(earlier::add);
    earlier.sort((a, b) -> a.getHitId().compareTo(b.getHitId()));
    group.put(hit.getHitId(), hit);
    for (ServiceNotification notification : NotificationPlanner.plan(earlier, hit)) {
      out.collect(notification);
      ctx.output(AUDIT, AuditEvents.notification(notification));
    }
    ctx.timerService().registerEventTimeTimer(expiryOf(hit.getFlight()));
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<ServiceNotification> out)
      throws Exception {
    for (Hit hit : group.values()) {
      if (expiryOf(hit.getFlight()) > timestamp) {
        return;
      }
    }
    group.clear();
  }

  private long expiryOf(FlightLeg flight) {
    Instant end =
        flight.getScheduledArrival() != null
            ? flight.getScheduledArrival()
            : flight.getScheduledDeparture();
    return end.plus(retentionAfterArrival).toEpochMilli();
  }
}
