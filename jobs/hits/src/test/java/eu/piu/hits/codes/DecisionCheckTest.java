package eu.piu.hits.codes;

import static eu.piu.hits.HitsFixtures.code;
import static eu.piu.hits.HitsFixtures.decision;
import static eu.piu.hits.HitsFixtures.hoursAfterDetection;
import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.schema.CodeRole;
import eu.piu.schema.Decision;
import eu.piu.schema.DecisionKind;
import eu.piu.schema.Refusal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DecisionCheckTest {

  private final Decision decision =
      decision("d1", "h1", "P-001", DecisionKind.VALIDATE, hoursAfterDetection(2));

  @Test
  void aDetachedMemberWithAValidCodeMayDecide() {
    assertThat(DecisionCheck.check(decision, code("P-001", "POLICE", CodeRole.DETACHED_MEMBER)))
        .isEmpty();
  }

  @Test
  void anUnknownCodeIsRefused() {
    assertThat(DecisionCheck.check(decision, null)).contains(Refusal.UNKNOWN_CODE);
  }

  @Test
  void aCodeWhoseSecondmentEndedBeforeTheDecisionIsRefused() {
    Instant from = Instant.parse("2023-01-01T00:00:00Z");
    assertThat(
            DecisionCheck.check(
                decision,
                code("P-001", "POLICE", CodeRole.DETACHED_MEMBER, from, hoursAfterDetection(2))))
        .as("validUntil is exclusive")
        .contains(Refusal.EXPIRED_CODE);
    assertThat(
            DecisionCheck.check(
                decision,
                code("P-001", "POLICE", CodeRole.DETACHED_MEMBER, hoursAfterDetection(3), null)))
        .as("not yet valid")
        .contains(Refusal.EXPIRED_CODE);
  }

  @ParameterizedTest
  @EnumSource(
      value = CodeRole.class,
      names = {"HEAD_OF_PIU", "DPO", "ACCESS_GRANTED", "UNKNOWN"})
  void onlyDetachedMembersDecide(CodeRole role) {
    assertThat(DecisionCheck.check(decision, code("P-001", "POLICE", role)))
        .contains(Refusal.WRONG_ROLE);
  }
}
