package eu.piu.hits.lifecycle;

import eu.piu.schema.Decision;
import eu.piu.schema.DecisionEffect;
import eu.piu.schema.DecisionKind;
import eu.piu.schema.DecisionResult;
import eu.piu.schema.FlightLeg;
import eu.piu.schema.Hit;
import eu.piu.schema.HitStatus;
import eu.piu.schema.Refusal;
import eu.piu.schema.internal.GroupedHit;
import eu.piu.schema.internal.HitDecision;
import eu.piu.schema.internal.HitState;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The legal lifecycle of a hit (Directive art. 6(5); law 25-12-2016 art. 24; RD 21-12-2017 art. 8),
 * without Flink: PENDING_VALIDATION until a detached member of a concerned service validates or
 * rejects it.
 *
 * <ul>
 *   <li>A decision by a member of a service the hit does not concern is refused (OTHER_SERVICE).
 *   <li>A decision whose id the hit already holds is a duplicate: ignored, answered once.
 *   <li>A closed hit refuses further decisions (HIT_CLOSED), except a common hit: there a later
 *       decision is recorded and changes nothing, because the first validation counts for all.
 *   <li>A common hit rejected by one concerned service stays pending for the others (the rejection
 *       is recorded); it is REJECTED once every concerned service rejected it.
 *   <li>A decision after the deadline is applied like any other and marked late: the review is
 *       still owed; supervision was alerted when the deadline passed.
 * </ul>
 *
 * Every change increments the state's sequence, so that the newest state always wins in the index.
 */
public final class HitLifecycle implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Duration validationDeadline;
  private final Duration retentionAfterArrival;

  public HitLifecycle(Duration validationDeadline, Duration retentionAfterArrival) {
    this.validationDeadline = validationDeadline;
    this.retentionAfterArrival = retentionAfterArrival;
  }

  /**
   * A new hit: pending, due {@code validationDeadline} after its notification, which the screening
   * job sends when it detects the hit (the notification's createdAt is the hit's detectedAt).
   */
  public HitState open(GroupedHit grouped) {
    Hit hit = grouped.getHit();
    Instant notifiedAt = hit.getDetectedAt();
    Instant deadline = notifiedAt.plus(validationDeadline);
    Instant windowEnd = endOf(hit.getFlight()).plus(retentionAfterArrival);
    // Never forget a hit before its deadline could raise the overdue alert.
    Instant forgetAt = windowEnd.isAfter(deadline) ? windowEnd : deadline.plusMillis(1);
    return HitState.newBuilder()
        .setHit(hit)
        .setStatus(HitStatus.PENDING_VALIDATION)
        .setSequence(1)
        .setNotifiedAt(notifiedAt)
        .setDeadline(deadline)
        .setForgetAt(forgetAt)
        .setRelatedHitIds(new ArrayList<>(grouped.getRelatedHitIds()))
        .setGroupServices(new ArrayList<>(grouped.getGroupServices()))
        .build();
  }

  /** The hit with new relations to the other hits on its person and flight; null when unchanged. */
  public HitState relate(HitState state, GroupedHit grouped) {
    if (state.getRelatedHitIds().equals(grouped.getRelatedHitIds())
        && state.getGroupServices().equals(grouped.getGroupServices())) {
      return null;
    }
    return HitState.newBuilder(state)
        .setRelatedHitIds(new ArrayList<>(grouped.getRelatedHitIds()))
        .setGroupServices(new ArrayList<>(grouped.getGroupServices()))
        .setSequence(state.getSequence() + 1)
        .build();
  }

  /** The hit once its deadline passed while pending; null when it is not pending any more. */
  public HitState overdue(HitState state) {
    if (state.getStatus() != HitStatus.PENDING_VALIDATION || state.getOverdue()) {
      return null;
    }
    return HitState.newBuilder(state).setOverdue(true).setSequence(state.getSequence() + 1).build();
  }

  /** Applies a decision whose code the registry accepted (see DecisionCheck). */
  public LifecycleStep decide(HitState state, HitDecision checked) {
    Decision decision = checked.getDecision();
    for (HitDecision kept : state.getDecisions()) {
      if (kept.getDecision().getDecisionId().equals(decision.getDecisionId())) {
        return LifecycleStep.duplicate();
      }
    }
    Hit hit = state.getHit();
    boolean late = decision.getDecidedAt().isAfter(state.getDeadline());
    String service = checked.getService();
    if (!hit.getServices().contains(service)) {
      return refused(state, decision, Refusal.OTHER_SERVICE, late);
    }
    if (state.getStatus() != HitStatus.PENDING_VALIDATION) {
      if (hit.getCommon()) {
        return kept(HitState.newBuilder(state), state, checked, DecisionEffect.RECORDED, late);
      }
      return refused(state, decision, Refusal.HIT_CLOSED, late);
    }
    HitState.Builder next = HitState.newBuilder(state);
    if (decision.getKind() == DecisionKind.VALIDATE) {
      close(next, HitStatus.VALIDATED, checked);
      return kept(next, state, checked, DecisionEffect.APPLIED, late);
    }
    if (hit.getCommon()) {
      TreeSet<String> rejectedBy = new TreeSet<>(state.getRejectedBy());
      rejectedBy.add(service);
      next.setRejectedBy(new ArrayList<>(rejectedBy));
      if (!rejectedBy.containsAll(hit.getServices())) {
        return kept(next, state, checked, DecisionEffect.RECORDED, late);
      }
    }
    close(next, HitStatus.REJECTED, checked);
    return kept(next, state, checked, DecisionEffect.APPLIED, late);
  }

  /** A decision whose hit is not known (never arrived, or forgotten after its flight). */
  public static DecisionResult unknownHit(Decision decision) {
    return result(decision, DecisionEffect.REFUSED, Refusal.UNKNOWN_HIT, HitStatus.UNKNOWN, false);
  }

  /** A decision the code registry refused. */
  public static DecisionResult refusedByRegistry(Decision decision, Refusal refusal) {
    return result(decision, DecisionEffect.REFUSED, refusal, HitStatus.UNKNOWN, false);
  }

  private static void close(HitState.Builder next, HitStatus status, HitDecision checked) {
    next.setStatus(status)
        .setDecidedBy(checked.getDecision().getCode())
        .setDecidedByService(checked.getService())
        .setDecidedAt(checked.getDecision().getDecidedAt());
  }

  private static LifecycleStep kept(
      HitState.Builder next,
      HitState before,
      HitDecision checked,
      DecisionEffect effect,
      boolean late) {
    List<HitDecision> decisions = new ArrayList<>(before.getDecisions());
    decisions.add(HitDecision.newBuilder(checked).setEffect(effect).setLate(late).build());
    HitState state = next.setDecisions(decisions).setSequence(before.getSequence() + 1).build();
    boolean validated =
        before.getStatus() != HitStatus.VALIDATED && state.getStatus() == HitStatus.VALIDATED;
    return new LifecycleStep(
        state, result(checked.getDecision(), effect, null, state.getStatus(), late), validated);
  }

  private static LifecycleStep refused(
      HitState state, Decision decision, Refusal refusal, boolean late) {
    return new LifecycleStep(
        null, result(decision, DecisionEffect.REFUSED, refusal, state.getStatus(), late), false);
  }

  private static DecisionResult result(
      Decision decision, DecisionEffect effect, Refusal refusal, HitStatus status, boolean late) {
    return DecisionResult.newBuilder()
        .setDecisionId(decision.getDecisionId())
        .setHitId(decision.getHitId())
        .setCode(decision.getCode())
        .setKind(decision.getKind())
        .setEffect(effect)
        .setRefusal(refusal)
        .setHitStatus(status)
        .setLate(late)
        .setDecidedAt(decision.getDecidedAt())
        .build();
  }

  private static Instant endOf(FlightLeg flight) {
    return flight.getScheduledArrival() != null
        ? flight.getScheduledArrival()
        : flight.getScheduledDeparture();
  }
}
