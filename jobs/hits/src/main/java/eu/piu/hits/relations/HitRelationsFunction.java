package eu.piu.hits.relations;

import static eu.piu.hits.HitsDescriptors.GROUP_HITS;

import eu.piu.schema.FlightLeg;
import eu.piu.schema.Hit;
import eu.piu.schema.internal.GroupedHit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Relates the hits on one person and flight (multiple hits, RD 21-12-2017 art. 8 §1) for the hits
 * index: each hit with the ids of the others and every service involved. A joining hit updates the
 * relations of the earlier ones. Keyed by {@link HitGroups#keyOf}; forgotten when the flight's
 * window ends. The services themselves are told by the screening job's notifications.
 */
public final class HitRelationsFunction extends KeyedProcessFunction<String, Hit, GroupedHit> {

  private static final long serialVersionUID = 1L;

  private final Duration retentionAfterArrival;
  private transient MapState<String, Hit> group;

  public HitRelationsFunction(Duration retentionAfterArrival) {
    this.retentionAfterArrival = retentionAfterArrival;
  }

  @Override
  public void open(OpenContext openContext) {
    group = getRuntimeContext().getMapState(GROUP_HITS);
  }

  @Override
  public void processElement(Hit hit, Context ctx, Collector<GroupedHit> out) throws Exception {
    boolean joining = !group.contains(hit.getHitId());
    if (joining) {
      group.put(hit.getHitId(), hit);
      ctx.timerService().registerEventTimeTimer(windowEndOf(hit.getFlight()));
    }
    Map<String, Hit> members = new TreeMap<>();
    for (Map.Entry<String, Hit> member : group.entries()) {
      members.put(member.getKey(), member.getValue());
    }
    TreeSet<String> services = new TreeSet<>();
    members.values().forEach(h -> services.addAll(h.getServices()));
    List<String> groupServices = List.copyOf(services);
    out.collect(grouped(hit, members, groupServices));
    if (joining) {
      for (Hit earlier : members.values()) {
        if (!earlier.getHitId().equals(hit.getHitId())) {
          GroupedHit relations = grouped(earlier, members, groupServices);
          relations.setHit(null);
          out.collect(relations);
        }
      }
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<GroupedHit> out)
      throws Exception {
    for (Hit hit : group.values()) {
      if (windowEndOf(hit.getFlight()) > timestamp) {
        return;
      }
    }
    group.clear();
  }

  private static GroupedHit grouped(Hit hit, Map<String, Hit> members, List<String> services) {
    List<String> related = new ArrayList<>(members.keySet());
    related.remove(hit.getHitId());
    return new GroupedHit(hit.getHitId(), hit, related, new ArrayList<>(services));
  }

  private long windowEndOf(FlightLeg flight) {
    Instant end =
        flight.getScheduledArrival() != null
            ? flight.getScheduledArrival()
            : flight.getScheduledDeparture();
    return end.plus(retentionAfterArrival).toEpochMilli();
  }
}
