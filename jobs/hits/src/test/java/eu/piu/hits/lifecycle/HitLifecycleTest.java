package eu.piu.hits.lifecycle;

import static eu.piu.hits.HitsFixtures.DEADLINE;
import static eu.piu.hits.HitsFixtures.DEADLINE_AFTER;
import static eu.piu.hits.HitsFixtures.FTF;
import static eu.piu.hits.HitsFixtures.RETENTION;
import static eu.piu.hits.HitsFixtures.WINDOW_END;
import static eu.piu.hits.HitsFixtures.alone;
import static eu.piu.hits.HitsFixtures.hit;
import static eu.piu.hits.HitsFixtures.hoursAfterDetection;
import static eu.piu.hits.HitsFixtures.reject;
import static eu.piu.hits.HitsFixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.schema.DecisionEffect;
import eu.piu.schema.HitStatus;
import eu.piu.schema.Refusal;
import eu.piu.schema.internal.GroupedHit;
import eu.piu.schema.internal.HitState;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HitLifecycleTest {

  private final HitLifecycle lifecycle = new HitLifecycle(DEADLINE_AFTER, RETENTION);

  private HitState pending(String id, boolean common, String... services) {
    return lifecycle.open(alone(hit(id, common ? FTF : "police-wanted", common, services)));
  }

  @Test
  void aNewHitIsPendingWithItsDeadlineAndTheEndOfItsFlightsWindow() {
    HitState state = pending("h1", false, "POLICE");
    assertThat(state.getStatus()).isEqualTo(HitStatus.PENDING_VALIDATION);
    assertThat(state.getSequence()).isEqualTo(1);
    assertThat(state.getDeadline()).isEqualTo(DEADLINE);
    assertThat(state.getForgetAt()).isEqualTo(WINDOW_END);
  }

  @Test
  void aHitIsNeverForgottenBeforeItsDeadline() {
    HitLifecycle shortWindow = new HitLifecycle(DEADLINE_AFTER, Duration.ZERO);
    HitState state = shortWindow.open(alone(hit("h1", "l", false, "POLICE")));
    assertThat(state.getForgetAt()).isAfter(state.getDeadline());
  }

  @Test
  void aValidationByADetachedMemberOfTheServiceValidatesIt() {
    LifecycleStep step =
        lifecycle.decide(
            pending("h1", false, "POLICE"), validate("d1", "h1", "POLICE", hoursAfterDetection(2)));
    assertThat(step.state().getStatus()).isEqualTo(HitStatus.VALIDATED);
    assertThat(step.state().getDecidedBy()).isEqualTo("C-POLICE");
    assertThat(step.state().getDecidedAt()).isEqualTo(hoursAfterDetection(2));
    assertThat(step.state().getSequence()).isEqualTo(2);
    assertThat(step.validated()).isTrue();
    assertThat(step.result().getEffect()).isEqualTo(DecisionEffect.APPLIED);
    assertThat(step.result().getHitStatus()).isEqualTo(HitStatus.VALIDATED);
    assertThat(step.result().getLate()).isFalse();
  }

  @Test
  void aRejectionRejectsItAndTransfersNothing() {
    LifecycleStep step =
        lifecycle.decide(
            pending("h1", false, "POLICE"), reject("d1", "h1", "POLICE", hoursAfterDetection(2)));
    assertThat(step.state().getStatus()).isEqualTo(HitStatus.REJECTED);
    assertThat(step.validated()).isFalse();
    assertThat(step.result().getEffect()).isEqualTo(DecisionEffect.APPLIED);
  }

  @Test
  void aMemberOfAnotherServiceIsRefusedAndNothingIsKept() {
    HitState state = pending("h1", false, "POLICE");
    LifecycleStep step =
        lifecycle.decide(state, validate("d1", "h1", "VSSE", hoursAfterDetection(2)));
    assertThat(step.state()).isNull();
    assertThat(step.result().getEffect()).isEqualTo(DecisionEffect.REFUSED);
    assertThat(step.result().getRefusal()).isEqualTo(Refusal.OTHER_SERVICE);
    assertThat(step.result().getHitStatus()).isEqualTo(HitStatus.PENDING_VALIDATION);
  }

  @Test
  void aClosedHitRefusesFurtherDecisions() {
    HitState closed =
        lifecycle
            .decide(
                pending("h1", false, "POLICE"),
                reject("d1", "h1", "POLICE", hoursAfterDetection(2)))
            .state();
    LifecycleStep step =
        lifecycle.decide(closed, validate("d2", "h1", "POLICE", hoursAfterDetection(3)));
    assertThat(step.state()).isNull();
    assertThat(step.result().getRefusal()).isEqualTo(Refusal.HIT_CLOSED);
    assertThat(step.result().getHitStatus()).isEqualTo(HitStatus.REJECTED);
  }

  @Test
  void aDuplicateDecisionIsIgnored() {
    HitState validated =
        lifecycle
            .decide(
                pending("h1", false, "POLICE"),
                validate("d1", "h1", "POLICE", hoursAfterDetection(2)))
            .state();
    LifecycleStep again =
        lifecycle.decide(validated, validate("d1", "h1", "POLICE", hoursAfterDetection(2)));
    assertThat(again.isDuplicate()).isTrue();
    assertThat(again.state()).isNull();
  }

  @Test
  void theFirstValidationOfACommonHitCountsForAllAndLaterDecisionsAreOnlyRecorded() {
    HitState common = pending("h1", true, "CUSTOMS", "POLICE", "VSSE");
    LifecycleStep first =
        lifecycle.decide(common, validate("d1", "h1", "VSSE", hoursAfterDetection(1)));
    assertThat(first.state().getStatus()).isEqualTo(HitStatus.VALIDATED);
    assertThat(first.validated()).isTrue();

    LifecycleStep later =
        lifecycle.decide(first.state(), reject("d2", "h1", "POLICE", hoursAfterDetection(2)));
    assertThat(later.result().getEffect()).isEqualTo(DecisionEffect.RECORDED);
    assertThat(later.validated()).isFalse();
    assertThat(later.state().getStatus()).isEqualTo(HitStatus.VALIDATED);
    assertThat(later.state().getDecidedBy()).isEqualTo("C-VSSE");
    assertThat(later.state().getDecisions()).hasSize(2);
    assertThat(later.state().getSequence()).isEqualTo(3);

    LifecycleStep againValidated =
        lifecycle.decide(later.state(), validate("d3", "h1", "CUSTOMS", hoursAfterDetection(3)));
    assertThat(againValidated.validated()).as("transferred once").isFalse();
  }

  @Test
  void aCommonHitRejectedByOneServiceStaysOpenForTheOthersUntilAllReject() {
    HitState common = pending("h1", true, "POLICE", "VSSE");
    LifecycleStep one =
        lifecycle.decide(common, reject("d1", "h1", "POLICE", hoursAfterDetection(1)));
    assertThat(one.result().getEffect()).isEqualTo(DecisionEffect.RECORDED);
    assertThat(one.state().getStatus()).isEqualTo(HitStatus.PENDING_VALIDATION);
    assertThat(one.state().getRejectedBy()).containsExactly("POLICE");

    LifecycleStep validatedByOther =
        lifecycle.decide(one.state(), validate("d2", "h1", "VSSE", hoursAfterDetection(2)));
    assertThat(validatedByOther.state().getStatus()).isEqualTo(HitStatus.VALIDATED);

    LifecycleStep both =
        lifecycle.decide(one.state(), reject("d3", "h1", "VSSE", hoursAfterDetection(2)));
    assertThat(both.state().getStatus()).isEqualTo(HitStatus.REJECTED);
    assertThat(both.result().getEffect()).isEqualTo(DecisionEffect.APPLIED);
  }

  @Test
  void aDecisionAfterTheDeadlineIsAppliedAndMarkedLate() {
    LifecycleStep step =
        lifecycle.decide(
            pending("h1", false, "POLICE"),
            validate("d1", "h1", "POLICE", hoursAfterDetection(25)));
    assertThat(step.state().getStatus()).isEqualTo(HitStatus.VALIDATED);
    assertThat(step.result().getLate()).isTrue();
    assertThat(step.state().getDecisions())
        .singleElement()
        .satisfies(d -> assertThat(d.getLate()).isTrue());
  }

  @Test
  void onlyAPendingHitBecomesOverdueAndOnlyOnce() {
    HitState state = pending("h1", false, "POLICE");
    HitState overdue = lifecycle.overdue(state);
    assertThat(overdue.getOverdue()).isTrue();
    assertThat(overdue.getSequence()).isEqualTo(2);
    assertThat(lifecycle.overdue(overdue)).isNull();
    HitState validated =
        lifecycle.decide(state, validate("d1", "h1", "POLICE", hoursAfterDetection(1))).state();
    assertThat(lifecycle.overdue(validated)).isNull();
  }

  @Test
  void newRelationsBumpTheSequenceAndUnchangedOnesDoNot() {
    HitState state = pending("h1", false, "POLICE");
    GroupedHit same = new GroupedHit("h1", null, List.of(), List.of("POLICE"));
    assertThat(lifecycle.relate(state, same)).isNull();
    GroupedHit joined = new GroupedHit("h1", null, List.of("h2"), List.of("POLICE", "VSSE"));
    HitState related = lifecycle.relate(state, joined);
    assertThat(related.getRelatedHitIds()).containsExactly("h2");
    assertThat(related.getGroupServices()).containsExactly("POLICE", "VSSE");
    assertThat(related.getSequence()).isEqualTo(2);
  }
}
