package eu.piu.screening;

import static eu.piu.screening.ScreeningDescriptors.AUDIT;
import static eu.piu.screening.ScreeningDescriptors.REFERENCE_DATA;
import static eu.piu.screening.ScreeningDescriptors.SCREENED_PNR;

import eu.piu.connectors.serde.AvroCodec;
import eu.piu.connectors.serde.UndecodableRecordException;
import eu.piu.schema.FlightLeg;
import eu.piu.schema.Hit;
import eu.piu.schema.Pnr;
import eu.piu.schema.internal.ReferenceUpdate;
import eu.piu.schema.internal.ScreenedPnr;
import eu.piu.screening.audit.AuditEvents;
import eu.piu.screening.profile.ProfileRuleException;
import eu.piu.screening.profile.ProfileValidator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Screens each PNR version against the watchlist entries and profiles in broadcast state, and each
 * new or changed entry or profile against the PNRs of flights not yet departed (kept in keyed state
 * until then). So the order in which a PNR and the entry that hits it arrive does not matter. Each
 * hit is raised once per PNR: a new version, a re-screen or a replay finds the same hit id and
 * stays silent.
 */
public final class ScreeningFunction
    extends KeyedBroadcastProcessFunction<String, Pnr, ReferenceUpdate, Hit> {

  private static final long serialVersionUID = 1L;
  private static final AvroCodec<ReferenceUpdate> REFERENCE = AvroCodec.of(ReferenceUpdate.class);

  private final Duration retentionAfterArrival;

  private transient ValueState<ScreenedPnr> screened;
  private transient Screener screener;
  private transient Counter stalePnrVersions;
  private transient Counter refusedProfiles;
  private transient boolean journalsReferenceChanges;

  public ScreeningFunction(Duration retentionAfterArrival) {
    this.retentionAfterArrival = retentionAfterArrival;
  }

  @Override
  public void open(OpenContext openContext) {
    screened = getRuntimeContext().getState(SCREENED_PNR);
    stalePnrVersions = getRuntimeContext().getMetricGroup().counter("stalePnrVersions");
    refusedProfiles = getRuntimeContext().getMetricGroup().counter("refusedProfiles");
    // Broadcast changes reach every parallel instance; one of them writes the journal entry.
    journalsReferenceChanges = getRuntimeContext().getTaskInfo().getIndexOfThisSubtask() == 0;
  }

  @Override
  public void processElement(Pnr pnr, ReadOnlyContext ctx, Collector<Hit> out) throws Exception {
    Screener current = screener(ctx.getBroadcastState(REFERENCE_DATA));
    ScreenedPnr previous = screened.value();
    if (previous != null && previous.getPnr().getVersion() > pnr.getVersion()) {
      stalePnrVersions.inc();
      return;
    }
    ctx.output(AUDIT, AuditEvents.collection(pnr));
    Set<String> raised =
        previous == null ? new LinkedHashSet<>() : new LinkedHashSet<>(previous.getHitIds());
    for (Hit hit : current.screen(pnr)) {
      if (raised.add(hit.getHitId())) {
        out.collect(hit);
        ctx.output(AUDIT, AuditEvents.hit(hit));
      }
    }
    screened.update(new ScreenedPnr(pnr, new ArrayList<>(raised)));
    ctx.timerService().registerEventTimeTimer(expiryOf(pnr));
  }

  @Override
  public void processBroadcastElement(ReferenceUpdate update, Context ctx, Collector<Hit> out)
      throws Exception {
    BroadcastState<String, byte[]> reference = ctx.getBroadcastState(REFERENCE_DATA);
    Screener current = screener(reference);
    String key = ReferenceUpdates.keyOf(update);
    ReferenceUpdate known = decode(reference.get(key));
    if (known != null && ReferenceUpdates.versionOf(known) > ReferenceUpdates.versionOf(update)) {
      journal(ctx, update, "IGNORED_STALE_VERSION");
      return;
    }
    if (ReferenceUpdates.isDelete(update)) {
      // Kept as a tombstone: an older upsert replayed later must not bring the entry back.
      reference.put(key, REFERENCE.encode(update));
      current.apply(update);
      journal(ctx, update, "APPLIED");
      return;
    }
    List<String> problems =
        update.getProfile() == null
            ? List.of()
            : new ProfileValidator().problems(update.getProfile());
    if (!problems.isEmpty()) {
      refusedProfiles.inc();
      journal(ctx, update, "REFUSED: " + String.join("; ", problems));
      return;
    }
    try {
      current.apply(update);
    } catch (ProfileRuleException e) {
      refusedProfiles.inc();
      journal(ctx, update, "REFUSED: " + e.getMessage());
      return;
    }
    reference.put(key, REFERENCE.encode(update));
    journal(ctx, update, "APPLIED");
    rescreenWaitingPnrs(update, ctx, out);
  }

  /** The new or changed entry or profile against every PNR whose flights have not departed. */
  private void rescreenWaitingPnrs(ReferenceUpdate update, Context ctx, Collector<Hit> out)
      throws Exception {
    Screener onlyThis = Screener.ofOnly(update);
    ctx.applyToKeyedState(
        SCREENED_PNR,
        (pnrId, state) -> {
          ScreenedPnr waiting = state.value();
          if (waiting == null) {
            return;
          }
          List<String> raised = new ArrayList<>(waiting.getHitIds());
          boolean changed = false;
          for (Hit hit : onlyThis.screen(waiting.getPnr())) {
            if (!raised.contains(hit.getHitId())) {
              raised.add(hit.getHitId());
              changed = true;
              out.collect(hit);
              ctx.output(AUDIT, AuditEvents.hit(hit));
            }
          }
          if (changed) {
            state.update(new ScreenedPnr(waiting.getPnr(), raised));
          }
        });
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<Hit> out) throws Exception {
    ScreenedPnr waiting = screened.value();
    // A later version may have moved the flights: only the timer of the current itinerary clears.
    if (waiting != null && expiryOf(waiting.getPnr()) <= timestamp) {
      screened.clear();
    }
  }

  private long expiryOf(Pnr pnr) {
    Instant last = Instant.EPOCH;
    for (FlightLeg leg : pnr.getLegs()) {
      Instant end =
          leg.getScheduledArrival() != null
              ? leg.getScheduledArrival()
              : leg.getScheduledDeparture();
      if (end.isAfter(last)) {
        last = end;
      }
    }
    return last.plus(retentionAfterArrival).toEpochMilli();
  }

  private void journal(Context ctx, ReferenceUpdate update, String outcome) {
    if (journalsReferenceChanges) {
      ctx.output(AUDIT, AuditEvents.referenceChange(update, outcome));
    }
  }

  /** Each parallel instance builds its index from broadcast state once, after start or restore. */
  private Screener screener(ReadOnlyBroadcastState<String, byte[]> reference) throws Exception {
    if (screener == null) {
      Screener built = Screener.exact();
      for (Map.Entry<String, byte[]> entry : reference.immutableEntries()) {
        built.apply(decode(entry.getValue()));
      }
      screener = built;
    }
    return screener;
  }

  private static ReferenceUpdate decode(byte[] stored) throws UndecodableRecordException {
    return stored == null ? null : REFERENCE.decode(stored);
  }
}
