package eu.piu.hits;

import static eu.piu.hits.HitsFixtures.code;
import static eu.piu.hits.HitsFixtures.decision;
import static eu.piu.hits.HitsFixtures.hoursAfterDetection;
import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.schema.CodeRole;
import eu.piu.schema.Decision;
import eu.piu.schema.DecisionKind;
import eu.piu.schema.IdentificationCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class HitsValidationsTest {

  @Test
  void aDecisionNeedsAKindAndAReasonWhichIsNeverRepeated() {
    Decision blank =
        Decision.newBuilder(
                decision("d1", "h1", "P-001", DecisionKind.UNKNOWN, hoursAfterDetection(1)))
            .setReason(" ")
            .build();
    assertThat(HitsValidations.decision().problems(blank))
        .containsExactly("kind: neither VALIDATE nor REJECT", "reason: blank");
    assertThat(
            HitsValidations.decision()
                .problems(
                    decision("d1", "h1", "P-001", DecisionKind.REJECT, hoursAfterDetection(1))))
        .isEmpty();
  }

  @Test
  void aCodeMustBelongToAConfiguredServiceOrThePiu() {
    var validator = HitsValidations.identificationCode(List.of("POLICE", "VSSE"), "PIU");
    assertThat(validator.problems(code("P-001", "POLICE", CodeRole.DETACHED_MEMBER))).isEmpty();
    assertThat(validator.problems(code("H-001", "PIU", CodeRole.HEAD_OF_PIU))).isEmpty();
    assertThat(validator.problems(code("M-001", "MI6", CodeRole.DETACHED_MEMBER)))
        .singleElement()
        .asString()
        .startsWith("service: unknown MI6");
    IdentificationCode backwards =
        IdentificationCode.newBuilder(code("P-002", "POLICE", CodeRole.DETACHED_MEMBER))
            .setValidUntil(hoursAfterDetection(0).minusSeconds(365L * 24 * 3600))
            .build();
    assertThat(validator.problems(backwards)).containsExactly("validUntil: not after validFrom");
  }
}
