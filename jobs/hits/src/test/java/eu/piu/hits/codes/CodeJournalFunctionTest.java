package eu.piu.hits.codes;

import static eu.piu.hits.HitsFixtures.code;
import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.schema.AuditEvent;
import eu.piu.schema.AuditEventType;
import eu.piu.schema.CodeRole;
import eu.piu.schema.IdentificationCode;
import java.time.Instant;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class CodeJournalFunctionTest {

  @Test
  void everyChangeOfTheListIsJournaledOnceForTheDpo() throws Exception {
    try (var harness =
        ProcessFunctionTestHarnesses.forKeyedProcessFunction(
            new CodeJournalFunction(), IdentificationCode::getCode, Types.STRING)) {
      IdentificationCode granted = code("P-001", "POLICE", CodeRole.DETACHED_MEMBER);
      harness.processElement(granted, 0);
      harness.processElement(granted, 0);
      IdentificationCode ended =
          IdentificationCode.newBuilder(granted)
              .setValidUntil(Instant.parse("2026-06-01T00:00:00Z"))
              .setUpdatedAt(Instant.parse("2026-06-01T00:00:00Z"))
              .build();
      harness.processElement(ended, 1);
      harness.processElement(granted, 2);

      assertThat(harness.extractOutputValues())
          .hasSize(2)
          .allMatch(e -> e.getType() == AuditEventType.IDENTIFICATION_CODE)
          .allMatch(e -> e.getRecipients().contains("DPO"))
          .extracting(AuditEvent::getSubjectId)
          .containsOnly("P-001");
      assertThat(harness.extractOutputValues().get(1).getDetails())
          .containsEntry("validUntil", "2026-06-01T00:00:00Z");
    }
  }
}
