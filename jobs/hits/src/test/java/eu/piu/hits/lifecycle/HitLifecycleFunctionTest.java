package eu.piu.hits.lifecycle;

import static eu.piu.hits.HitsFixtures.DEADLINE;
import static eu.piu.hits.HitsFixtures.DEADLINE_AFTER;
import static eu.piu.hits.HitsFixtures.FTF;
import static eu.piu.hits.HitsFixtures.REASON;
import static eu.piu.hits.HitsFixtures.RETENTION;
import static eu.piu.hits.HitsFixtures.WAIT_FOR_HIT;
import static eu.piu.hits.HitsFixtures.WINDOW_END;
import static eu.piu.hits.HitsFixtures.alone;
import static eu.piu.hits.HitsFixtures.hit;
import static eu.piu.hits.HitsFixtures.hoursAfterDetection;
import static eu.piu.hits.HitsFixtures.reject;
import static eu.piu.hits.HitsFixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.hits.HitsDescriptors;
import eu.piu.hits.disclosure.Disclosures;
import eu.piu.schema.AuditEvent;
import eu.piu.schema.AuditEventType;
import eu.piu.schema.DecisionEffect;
import eu.piu.schema.DecisionResult;
import eu.piu.schema.FollowUp;
import eu.piu.schema.Hit;
import eu.piu.schema.HitStatus;
import eu.piu.schema.OcamTransfer;
import eu.piu.schema.OverdueAlert;
import eu.piu.schema.Refusal;
import eu.piu.schema.internal.GroupedHit;
import eu.piu.schema.internal.HitDecision;
import eu.piu.schema.internal.HitState;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.flink.util.OutputTag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HitLifecycleFunctionTest {

  private KeyedTwoInputStreamOperatorTestHarness<String, GroupedHit, HitDecision, HitState> harness;

  @BeforeEach
  void open() throws Exception {
    harness =
        ProcessFunctionTestHarnesses.forKeyedCoProcessFunction(
            new HitLifecycleFunction(
                new HitLifecycle(DEADLINE_AFTER, RETENTION), new Disclosures(FTF), WAIT_FOR_HIT),
            GroupedHit::getHitId,
            d -> d.getDecision().getHitId(),
            Types.STRING);
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  private void hitArrives(Hit hit) throws Exception {
    harness.processElement1(alone(hit), hit.getDetectedAt().toEpochMilli());
  }

  private void decisionArrives(HitDecision decision) throws Exception {
    harness.processElement2(decision, decision.getDecision().getDecidedAt().toEpochMilli());
  }

  private void timeReaches(Instant at) throws Exception {
    harness.processBothWatermarks(
        new org.apache.flink.streaming.api.watermark.Watermark(at.toEpochMilli()));
  }

  private <T> List<T> side(OutputTag<T> tag) {
    var records = harness.getSideOutput(tag);
    return records == null ? List.of() : records.stream().map(StreamRecord::getValue).toList();
  }

  private List<AuditEvent> journal(AuditEventType type) {
    return side(HitsDescriptors.AUDIT).stream().filter(e -> e.getType() == type).toList();
  }

  private HitState lastState() {
    List<HitState> states = harness.extractOutputValues();
    return states.get(states.size() - 1);
  }

  @Test
  void aNewHitIsIndexedPendingWithItsDeadlineAndWindowTimers() throws Exception {
    hitArrives(hit("h1", "police-wanted", false, "POLICE"));

    assertThat(lastState().getStatus()).isEqualTo(HitStatus.PENDING_VALIDATION);
    assertThat(harness.numEventTimeTimers()).isEqualTo(2);
    assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
  }

  @Test
  void aValidatedHitGoesToItsServicesFollowUpAsAJournaledDisclosure() throws Exception {
    hitArrives(hit("h1", "police-wanted", false, "POLICE"));
    decisionArrives(validate("d1", "h1", "POLICE", hoursAfterDetection(2)));

    assertThat(lastState().getStatus()).isEqualTo(HitStatus.VALIDATED);
    assertThat(side(HitsDescriptors.DECISION_RESULTS))
        .singleElement()
        .satisfies(r -> assertThat(r.getEffect()).isEqualTo(DecisionEffect.APPLIED));
    assertThat(side(HitsDescriptors.FOLLOW_UPS))
        .extracting(FollowUp::getRecipientService, FollowUp::getValidatedBy)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("POLICE", "C-POLICE"));
    assertThat(side(HitsDescriptors.OCAM_TRANSFERS)).isEmpty();
    assertThat(journal(AuditEventType.DISCLOSURE))
        .singleElement()
        .satisfies(e -> assertThat(e.getRecipients()).containsExactly("POLICE"));
    assertThat(journal(AuditEventType.DECISION))
        .singleElement()
        .satisfies(e -> assertThat(e.getActor()).isEqualTo("C-POLICE"));
    assertThat(side(HitsDescriptors.AUDIT).toString())
        .as("the reason is free text: never journaled")
        .doesNotContain(REASON);
  }

  @Test
  void closingAHitDeletesItsDeadlineTimerAndTheWindowsEndForgetsEverything() throws Exception {
    hitArrives(hit("h1", "police-wanted", false, "POLICE"));
    decisionArrives(reject("d1", "h1", "POLICE", hoursAfterDetection(2)));

    assertThat(harness.numEventTimeTimers()).as("only the window's end is left").isEqualTo(1);
    timeReaches(DEADLINE);
    assertThat(side(HitsDescriptors.OVERDUE_ALERTS)).isEmpty();
    assertThat(side(HitsDescriptors.FOLLOW_UPS))
        .as("rejected hits are never followed up")
        .isEmpty();

    timeReaches(WINDOW_END);
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void aClosedHitRefusesLaterDecisionsUntilItIsForgotten() throws Exception {
    hitArrives(hit("h1", "police-wanted", false, "POLICE"));
    decisionArrives(reject("d1", "h1", "POLICE", hoursAfterDetection(2)));
    decisionArrives(validate("d2", "h1", "POLICE", hoursAfterDetection(3)));

    assertThat(side(HitsDescriptors.DECISION_RESULTS))
        .extracting(DecisionResult::getRefusal)
        .containsExactly(null, Refusal.HIT_CLOSED);
    assertThat(lastState().getStatus()).isEqualTo(HitStatus.REJECTED);
    assertThat(journal(AuditEventType.DECISION)).hasSize(2);
  }

  @Test
  void aMemberOfAnotherServiceIsRefusedAndJournaled() throws Exception {
    hitArrives(hit("h1", "police-wanted", false, "POLICE"));
    decisionArrives(validate("d1", "h1", "VSSE", hoursAfterDetection(2)));

    assertThat(side(HitsDescriptors.DECISION_RESULTS))
        .singleElement()
        .satisfies(r -> assertThat(r.getRefusal()).isEqualTo(Refusal.OTHER_SERVICE));
    assertThat(journal(AuditEventType.DECISION)).hasSize(1);
    assertThat(harness.extractOutputValues()).as("only the opening state").hasSize(1);
    assertThat(side(HitsDescriptors.FOLLOW_UPS)).isEmpty();
  }

  @Test
  void aDuplicateDecisionIsAnsweredOnce() throws Exception {
    hitArrives(hit("h1", "police-wanted", false, "POLICE"));
    decisionArrives(validate("d1", "h1", "POLICE", hoursAfterDetection(2)));
    decisionArrives(validate("d1", "h1", "POLICE", hoursAfterDetection(2)));

    assertThat(side(HitsDescriptors.DECISION_RESULTS)).hasSize(1);
    assertThat(side(HitsDescriptors.FOLLOW_UPS)).hasSize(1);
  }

  @Test
  void aValidatedCommonFtfHitGoesToEveryConcernedServiceAndToOcamOnce() throws Exception {
    hitArrives(hit("h1", FTF, true, "CUSTOMS", "POLICE", "VSSE"));
    decisionArrives(validate("d1", "h1", "VSSE", hoursAfterDetection(1)));
    decisionArrives(reject("d2", "h1", "POLICE", hoursAfterDetection(2)));

    assertThat(side(HitsDescriptors.FOLLOW_UPS))
        .extracting(FollowUp::getRecipientService)
        .containsExactly("CUSTOMS", "POLICE", "VSSE");
    assertThat(side(HitsDescriptors.OCAM_TRANSFERS))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.getListId()).isEqualTo(FTF);
              assertThat(t.getValidatedBy()).isEqualTo("C-VSSE");
            });
    assertThat(journal(AuditEventType.DISCLOSURE))
        .extracting(e -> e.getRecipients().get(0))
        .containsExactlyInAnyOrder("CUSTOMS", "POLICE", "VSSE", Disclosures.OCAM);
    assertThat(side(HitsDescriptors.DECISION_RESULTS))
        .extracting(DecisionResult::getEffect)
        .containsExactly(DecisionEffect.APPLIED, DecisionEffect.RECORDED);
    assertThat(lastState().getStatus()).isEqualTo(HitStatus.VALIDATED);
    assertThat(lastState().getDecisions()).hasSize(2);
  }

  @Test
  void aValidatedCommonHitFromAnotherCommonListDoesNotGoToOcam() throws Exception {
    hitArrives(hit("h1", "common-drugs", true, "CUSTOMS", "POLICE"));
    decisionArrives(validate("d1", "h1", "CUSTOMS", hoursAfterDetection(1)));

    assertThat(side(HitsDescriptors.FOLLOW_UPS)).hasSize(2);
    assertThat(side(HitsDescriptors.OCAM_TRANSFERS)).isEmpty();
  }

  @Test
  void aHitStillPendingAtItsDeadlineRaisesOneOverdueAlertAndStaysOpen() throws Exception {
    hitArrives(hit("h1", "police-wanted", false, "POLICE"));
    timeReaches(DEADLINE.minusMillis(1));
    assertThat(side(HitsDescriptors.OVERDUE_ALERTS)).isEmpty();

    timeReaches(DEADLINE);
    assertThat(side(HitsDescriptors.OVERDUE_ALERTS))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.getHitId()).isEqualTo("h1");
              assertThat(a.getDeadline()).isEqualTo(DEADLINE);
            });
    assertThat(journal(AuditEventType.OVERDUE)).hasSize(1);
    assertThat(lastState().getOverdue()).isTrue();
    assertThat(lastState().getStatus()).isEqualTo(HitStatus.PENDING_VALIDATION);

    timeReaches(DEADLINE.plusSeconds(3600));
    assertThat(side(HitsDescriptors.OVERDUE_ALERTS)).hasSize(1);

    decisionArrives(validate("d1", "h1", "POLICE", hoursAfterDetection(26)));
    assertThat(side(HitsDescriptors.DECISION_RESULTS))
        .singleElement()
        .satisfies(r -> assertThat(r.getLate()).isTrue());
    assertThat(side(HitsDescriptors.FOLLOW_UPS)).hasSize(1);
  }

  @Test
  void aDecisionBeforeItsHitWaitsAndIsAppliedWhenTheHitArrives() throws Exception {
    decisionArrives(validate("d1", "h1", "POLICE", hoursAfterDetection(0)));
    assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
    assertThat(harness.numEventTimeTimers()).isEqualTo(1);
    assertThat(side(HitsDescriptors.DECISION_RESULTS)).isEmpty();

    hitArrives(hit("h1", "police-wanted", false, "POLICE"));

    assertThat(lastState().getStatus()).isEqualTo(HitStatus.VALIDATED);
    assertThat(side(HitsDescriptors.FOLLOW_UPS)).hasSize(1);
    assertThat(harness.numEventTimeTimers()).as("wait and deadline timers gone").isEqualTo(1);
    timeReaches(hoursAfterDetection(0).plus(WAIT_FOR_HIT));
    assertThat(side(HitsDescriptors.DECISION_RESULTS)).hasSize(1);
  }

  @Test
  void aDecisionWhoseHitNeverComesIsRefusedOnceItsWaitIsOver() throws Exception {
    decisionArrives(validate("d1", "h9", "POLICE", hoursAfterDetection(0)));
    decisionArrives(validate("d1", "h9", "POLICE", hoursAfterDetection(0)));
    timeReaches(hoursAfterDetection(0).plus(WAIT_FOR_HIT).minusMillis(1));
    assertThat(side(HitsDescriptors.DECISION_RESULTS)).isEmpty();

    timeReaches(hoursAfterDetection(0).plus(WAIT_FOR_HIT));
    assertThat(side(HitsDescriptors.DECISION_RESULTS))
        .singleElement()
        .satisfies(r -> assertThat(r.getRefusal()).isEqualTo(Refusal.UNKNOWN_HIT));
    assertThat(journal(AuditEventType.DECISION)).hasSize(1);
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void aDecisionOnAForgottenHitIsRefusedAsUnknown() throws Exception {
    hitArrives(hit("h1", "police-wanted", false, "POLICE"));
    timeReaches(WINDOW_END);
    assertThat(harness.numKeyedStateEntries()).isZero();

    Instant late = WINDOW_END.plusSeconds(60);
    decisionArrives(validate("d1", "h1", "POLICE", late));
    timeReaches(late.plus(WAIT_FOR_HIT));

    assertThat(side(HitsDescriptors.DECISION_RESULTS))
        .extracting(DecisionResult::getRefusal)
        .containsExactly(Refusal.UNKNOWN_HIT);
    assertThat(side(HitsDescriptors.FOLLOW_UPS)).isEmpty();
  }

  @Test
  void aJoiningHitUpdatesTheRelationsOfAnEarlierOne() throws Exception {
    hitArrives(hit("h1", "police-wanted", false, "POLICE"));
    harness.processElement1(
        new GroupedHit("h1", null, List.of("h2"), List.of("POLICE", "VSSE")),
        hoursAfterDetection(1).toEpochMilli());

    assertThat(lastState().getRelatedHitIds()).containsExactly("h2");
    assertThat(lastState().getGroupServices()).containsExactly("POLICE", "VSSE");
    assertThat(lastState().getSequence()).isEqualTo(2);
  }

  @Test
  void everyEmittedStateHasAHigherSequenceThanTheOneBefore() throws Exception {
    hitArrives(hit("h1", FTF, true, "POLICE", "VSSE"));
    decisionArrives(reject("d1", "h1", "POLICE", hoursAfterDetection(1)));
    timeReaches(DEADLINE);
    decisionArrives(validate("d2", "h1", "VSSE", hoursAfterDetection(25)));

    assertThat(harness.extractOutputValues())
        .extracting(HitState::getSequence)
        .containsExactly(1L, 2L, 3L, 4L);
    List<OverdueAlert> alerts = side(HitsDescriptors.OVERDUE_ALERTS);
    assertThat(alerts).hasSize(1);
    List<OcamTransfer> transfers = side(HitsDescriptors.OCAM_TRANSFERS);
    assertThat(transfers).hasSize(1);
  }
}
