package eu.piu.connectors.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.connectors.serde.AvroCodec;
import eu.piu.schema.DeadLetter;
import eu.piu.schema.PersonName;
import eu.piu.schema.internal.SourceRecord;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.util.OutputTag;
import org.junit.jupiter.api.Test;

class DecodeOrDeadLetterTest {

  private static final OutputTag<DeadLetter> DEAD = new OutputTag<>("dead-letters") {};

  private final AvroCodec<PersonName> codec = AvroCodec.of(PersonName.class);

  private OneInputStreamOperatorTestHarness<SourceRecord, PersonName> harness() throws Exception {
    RecordValidator<PersonName> fullNameRequired =
        name -> name.getFullName().isBlank() ? List.of("fullName: blank") : List.of();
    var harness =
        new OneInputStreamOperatorTestHarness<>(
            new ProcessOperator<>(new DecodeOrDeadLetter<>(codec, fullNameRequired, DEAD, "test")));
    harness.open();
    return harness;
  }

  private static SourceRecord record(long offset, byte[] value) {
    return new SourceRecord(
        "piu.test",
        1,
        offset,
        1_700_000_000_000L,
        ByteBuffer.wrap("k".getBytes()),
        value == null ? null : ByteBuffer.wrap(value));
  }

  @Test
  void passesGoodRecordsAndRoutesBadOnesWithBytesOriginAndReason() throws Exception {
    try (var harness = harness()) {
      byte[] garbage = {1, 2, 3};
      harness.processElement(record(10, codec.encode(new PersonName("A B", "B", "A"))), 1L);
      harness.processElement(record(11, garbage), 2L);
      harness.processElement(record(12, codec.encode(new PersonName(" ", null, null))), 3L);
      harness.processElement(record(13, null), 4L);

      assertThat(harness.extractOutputValues()).containsExactly(new PersonName("A B", "B", "A"));
      List<DeadLetter> letters =
          harness.getSideOutput(DEAD).stream().map(r -> r.getValue()).toList();
      assertThat(letters).extracting(DeadLetter::getSourceOffset).containsExactly(11L, 12L, 13L);
      assertThat(letters.get(0).getErrorType()).isEqualTo(DeadLetters.DESERIALIZATION);
      assertThat(letters.get(0).getPayload()).isEqualTo(ByteBuffer.wrap(garbage));
      assertThat(letters.get(0).getSourceTopic()).isEqualTo("piu.test");
      assertThat(letters.get(0).getSourcePartition()).isEqualTo(1);
      assertThat(letters.get(1).getErrorType()).isEqualTo(DeadLetters.VALIDATION);
      assertThat(letters.get(1).getReason()).isEqualTo("fullName: blank");
      assertThat(letters.get(2).getReason()).isEqualTo("empty payload");
      assertThat(DeadLetters.idOf(letters.get(0))).isEqualTo("test/piu.test/1/11");
    }
  }
}
