package eu.piu.hits.lifecycle;

import static eu.piu.hits.HitsDescriptors.AUDIT;
import static eu.piu.hits.HitsDescriptors.DECISION_RESULTS;
import static eu.piu.hits.HitsDescriptors.EARLY_DECISIONS;
import static eu.piu.hits.HitsDescriptors.FOLLOW_UPS;
import static eu.piu.hits.HitsDescriptors.HIT_STATE;
import static eu.piu.hits.HitsDescriptors.OCAM_TRANSFERS;
import static eu.piu.hits.HitsDescriptors.OVERDUE_ALERTS;

import eu.piu.hits.Digests;
import eu.piu.hits.audit.HitsAuditEvents;
import eu.piu.hits.disclosure.Disclosures;
import eu.piu.schema.DecisionResult;
import eu.piu.schema.FollowUp;
import eu.piu.schema.HitStatus;
import eu.piu.schema.OverdueAlert;
import eu.piu.schema.internal.GroupedHit;
import eu.piu.schema.internal.HitDecision;
import eu.piu.schema.internal.HitState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Runs each hit through its lifecycle ({@link HitLifecycle}), keyed by hit id: hits (with their
 * relations) on one side, decisions the code registry accepted on the other. Emits the hit's whole
 * state at every change (for the index) and, on the side, decision results, follow-ups, OCAM
 * transfers, overdue alerts and their journal entries.
 *
 * <p>Event-time timers: the validation deadline (overdue alert, deleted when the hit closes), the
 * end of the flight's window (everything forgotten), and, for a decision that came before its hit,
 * the end of its wait (refused as UNKNOWN_HIT).
 */
public final class HitLifecycleFunction
    extends KeyedCoProcessFunction<String, GroupedHit, HitDecision, HitState> {

  private static final long serialVersionUID = 1L;

  private static final Comparator<HitDecision> DECISION_ORDER =
      Comparator.comparing((HitDecision d) -> d.getDecision().getDecidedAt())
          .thenComparing(d -> d.getDecision().getDecisionId());

  private final HitLifecycle lifecycle;
  private final Disclosures disclosures;
  private final Duration decisionWaitForHit;

  private transient ValueState<HitState> hitState;
  private transient MapState<String, HitDecision> earlyDecisions;
  private transient Counter duplicates;

  public HitLifecycleFunction(
      HitLifecycle lifecycle, Disclosures disclosures, Duration decisionWaitForHit) {
    this.lifecycle = lifecycle;
    this.disclosures = disclosures;
    this.decisionWaitForHit = decisionWaitForHit;
  }

  @Override
  public void open(OpenContext openContext) {
    hitState = getRuntimeContext().getState(HIT_STATE);
    earlyDecisions = getRuntimeContext().getMapState(EARLY_DECISIONS);
    duplicates = getRuntimeContext().getMetricGroup().counter("duplicateDecisions");
  }

  @Override
  public void processElement1(GroupedHit grouped, Context ctx, Collector<HitState> out)
      throws Exception {
    HitState state = hitState.value();
    if (state == null) {
      // Relations of a hit forgotten here, or a hit raised again after its flight: nothing to do.
      if (grouped.getHit() == null) {
        return;
      }
      state = lifecycle.open(grouped);
      ctx.timerService().registerEventTimeTimer(state.getDeadline().toEpochMilli());
      ctx.timerService().registerEventTimeTimer(state.getForgetAt().toEpochMilli());
      store(state, out);
      applyEarlyDecisions(state, ctx, out);
      return;
    }
    HitState related = lifecycle.relate(state, grouped);
    if (related != null) {
      store(related, out);
    }
  }

  @Override
  public void processElement2(HitDecision decision, Context ctx, Collector<HitState> out)
      throws Exception {
    HitState state = hitState.value();
    if (state == null) {
      String id = decision.getDecision().getDecisionId();
      if (!earlyDecisions.contains(id)) {
        earlyDecisions.put(id, decision);
        ctx.timerService().registerEventTimeTimer(waitEndOf(decision));
      } else {
        duplicates.inc();
      }
      return;
    }
    apply(state, decision, ctx, out);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<HitState> out)
      throws Exception {
    List<HitDecision> waitedEnough = new ArrayList<>();
    for (HitDecision early : earlyDecisions.values()) {
      if (waitEndOf(early) <= timestamp) {
        waitedEnough.add(early);
      }
    }
    waitedEnough.sort(DECISION_ORDER);
    for (HitDecision early : waitedEnough) {
      earlyDecisions.remove(early.getDecision().getDecisionId());
      answer(HitLifecycle.unknownHit(early.getDecision()), early.getService(), ctx);
    }

    HitState state = hitState.value();
    if (state == null) {
      return;
    }
    if (timestamp == state.getDeadline().toEpochMilli()) {
      HitState overdue = lifecycle.overdue(state);
      if (overdue != null) {
        OverdueAlert alert = alertOf(overdue);
        ctx.output(OVERDUE_ALERTS, alert);
        ctx.output(AUDIT, HitsAuditEvents.overdue(alert));
        store(overdue, out);
        state = overdue;
      }
    }
    if (timestamp >= state.getForgetAt().toEpochMilli()) {
      hitState.clear();
      earlyDecisions.clear();
    }
  }

  private void applyEarlyDecisions(HitState opened, Context ctx, Collector<HitState> out)
      throws Exception {
    List<HitDecision> early = new ArrayList<>();
    earlyDecisions.values().forEach(early::add);
    early.sort(DECISION_ORDER);
    earlyDecisions.clear();
    HitState state = opened;
    for (HitDecision decision : early) {
      ctx.timerService().deleteEventTimeTimer(waitEndOf(decision));
      state = apply(state, decision, ctx, out);
    }
  }

  /** Applies one decision; returns the hit's state after it. */
  private HitState apply(HitState state, HitDecision decision, Context ctx, Collector<HitState> out)
      throws Exception {
    LifecycleStep step = lifecycle.decide(state, decision);
    if (step.isDuplicate()) {
      duplicates.inc();
      return state;
    }
    answer(step.result(), decision.getService(), ctx);
    if (step.state() == null) {
      return state;
    }
    HitState next = step.state();
    store(next, out);
    if (state.getStatus() == HitStatus.PENDING_VALIDATION
        && next.getStatus() != HitStatus.PENDING_VALIDATION) {
      // Closed: no overdue alert any more. The rest stays until the flight's window ends, to
      // answer later decisions (HIT_CLOSED, or recorded on a common hit).
      ctx.timerService().deleteEventTimeTimer(next.getDeadline().toEpochMilli());
    }
    if (step.validated()) {
      for (FollowUp followUp : disclosures.followUps(next)) {
        ctx.output(FOLLOW_UPS, followUp);
        ctx.output(AUDIT, HitsAuditEvents.disclosure(followUp));
      }
      disclosures
          .ocamTransfer(next)
          .ifPresent(
              transfer -> {
                ctx.output(OCAM_TRANSFERS, transfer);
                ctx.output(AUDIT, HitsAuditEvents.disclosure(transfer));
              });
    }
    return next;
  }

  private void store(HitState state, Collector<HitState> out) throws Exception {
    hitState.update(state);
    out.collect(state);
  }

  private static void answer(DecisionResult result, String service, Context ctx) {
    ctx.output(DECISION_RESULTS, result);
    ctx.output(AUDIT, HitsAuditEvents.decision(result, service));
  }

  private long waitEndOf(HitDecision decision) {
    return decision.getDecision().getDecidedAt().plus(decisionWaitForHit).toEpochMilli();
  }

  private static OverdueAlert alertOf(HitState state) {
    return OverdueAlert.newBuilder()
        .setAlertId("od-" + Digests.of(state.getHit().getHitId(), "overdue"))
        .setHitId(state.getHit().getHitId())
        .setServices(new ArrayList<>(state.getHit().getServices()))
        .setCommon(state.getHit().getCommon())
        .setNotifiedAt(state.getNotifiedAt())
        .setDeadline(state.getDeadline())
        .build();
  }
}
