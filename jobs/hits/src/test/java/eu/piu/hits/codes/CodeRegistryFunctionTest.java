package eu.piu.hits.codes;

import static eu.piu.hits.HitsFixtures.code;
import static eu.piu.hits.HitsFixtures.decision;
import static eu.piu.hits.HitsFixtures.hoursAfterDetection;
import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.hits.HitsDescriptors;
import eu.piu.schema.AuditEventType;
import eu.piu.schema.CodeRole;
import eu.piu.schema.DecisionKind;
import eu.piu.schema.DecisionResult;
import eu.piu.schema.IdentificationCode;
import eu.piu.schema.Refusal;
import eu.piu.schema.internal.HitDecision;
import java.time.Instant;
import java.util.List;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.BroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CodeRegistryFunctionTest {

  private BroadcastOperatorTestHarness<eu.piu.schema.Decision, IdentificationCode, HitDecision>
      harness;

  @BeforeEach
  void open() throws Exception {
    harness =
        ProcessFunctionTestHarnesses.forBroadcastProcessFunction(
            new CodeRegistryFunction(), HitsDescriptors.CODES);
    harness.processBroadcastElement(code("P-001", "POLICE", CodeRole.DETACHED_MEMBER), 0);
    harness.processBroadcastElement(code("H-001", "PIU", CodeRole.HEAD_OF_PIU), 0);
    harness.processBroadcastElement(
        code(
            "P-OLD",
            "POLICE",
            CodeRole.DETACHED_MEMBER,
            Instant.parse("2023-01-01T00:00:00Z"),
            Instant.parse("2026-01-01T00:00:00Z")),
        0);
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  private void decide(String id, String code) throws Exception {
    harness.processElement(
        decision(id, "h1", code, DecisionKind.VALIDATE, hoursAfterDetection(1)), 1);
  }

  private List<DecisionResult> results() {
    var records = harness.getSideOutput(HitsDescriptors.DECISION_RESULTS);
    return records == null ? List.of() : records.stream().map(StreamRecord::getValue).toList();
  }

  @Test
  void aDetachedMembersDecisionGoesOnWithTheMembersService() throws Exception {
    decide("d1", "P-001");
    assertThat(harness.extractOutputValues())
        .singleElement()
        .satisfies(d -> assertThat(d.getService()).isEqualTo("POLICE"));
    assertThat(results()).isEmpty();
  }

  @Test
  void unknownExpiredAndWrongRoleCodesAreRefusedAndJournaledNeverApplied() throws Exception {
    decide("d1", "X-404");
    decide("d2", "P-OLD");
    decide("d3", "H-001");

    assertThat(harness.extractOutputValues()).isEmpty();
    assertThat(results())
        .extracting(DecisionResult::getRefusal)
        .containsExactly(Refusal.UNKNOWN_CODE, Refusal.EXPIRED_CODE, Refusal.WRONG_ROLE);
    assertThat(harness.getSideOutput(HitsDescriptors.AUDIT))
        .hasSize(3)
        .allMatch(r -> r.getValue().getType() == AuditEventType.DECISION);
  }

  @Test
  void aSecondmentEndingIsAppliedAndAnOlderVersionNeverComesBack() throws Exception {
    Instant from = Instant.parse("2026-01-01T00:00:00Z");
    IdentificationCode ended =
        IdentificationCode.newBuilder(
                code("P-001", "POLICE", CodeRole.DETACHED_MEMBER, from, hoursAfterDetection(0)))
            .setUpdatedAt(hoursAfterDetection(0))
            .build();
    harness.processBroadcastElement(ended, 2);
    harness.processBroadcastElement(code("P-001", "POLICE", CodeRole.DETACHED_MEMBER), 3);

    decide("d1", "P-001");
    assertThat(results())
        .singleElement()
        .satisfies(r -> assertThat(r.getRefusal()).isEqualTo(Refusal.EXPIRED_CODE));
  }
}
