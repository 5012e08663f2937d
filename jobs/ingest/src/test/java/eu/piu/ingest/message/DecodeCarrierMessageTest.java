package eu.piu.ingest.message;

import static eu.piu.ingest.CarrierMessages.bytes;
import static eu.piu.ingest.CarrierMessages.message;
import static eu.piu.ingest.CarrierMessages.sensitiveIn;
import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.connectors.serde.AvroCodec;
import eu.piu.ingest.IngestDescriptors;
import eu.piu.ingest.internal.ReceivedMessage;
import eu.piu.schema.AuditEventType;
import eu.piu.schema.CarrierMessage;
import eu.piu.schema.MessageFormat;
import eu.piu.schema.internal.SourceRecord;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

/** Kafka records to carrier messages with their origin; anything else a redacted dead letter. */
class DecodeCarrierMessageTest {

  private static SourceRecord record(long offset, byte[] value) {
    return SourceRecord.newBuilder()
        .setTopic("piu.carrier-messages")
        .setPartition(1)
        .setOffset(offset)
        .setTimestamp(1_000L)
        .setKey(ByteBuffer.wrap("k".getBytes(StandardCharsets.UTF_8)))
        .setValue(value == null ? null : ByteBuffer.wrap(value))
        .build();
  }

  @Test
  void aCarrierMessageKeepsItsOriginAndRawEdifactOnTheTopicIsDeadLetteredRedacted()
      throws Exception {
    try (OneInputStreamOperatorTestHarness<SourceRecord, ReceivedMessage> harness =
        ProcessFunctionTestHarnesses.forProcessFunction(new DecodeCarrierMessage(Map.of()))) {
      CarrierMessage message =
          message(
              "m-01",
              "01-sn0123-first-push.edi",
              "SN",
              MessageFormat.PNRGOV,
              Instant.parse("2026-03-02T08:16:00Z"));
      harness.processElement(record(5, AvroCodec.of(CarrierMessage.class).encode(message)), 1);
      harness.processElement(record(6, bytes("01-sn0123-first-push.edi")), 2);

      assertThat(harness.extractOutputValues())
          .singleElement()
          .satisfies(
              received -> {
                assertThat(received.getMessageId()).isEqualTo("m-01");
                assertThat(received.getOffset()).isEqualTo(5);
                assertThat(received.getPartition()).isEqualTo(1);
                assertThat(received.getReceivedAt()).isEqualTo(message.getReceivedAt());
              });
      var deadLetters = harness.getSideOutput(IngestDescriptors.DEAD_LETTERS);
      assertThat(deadLetters)
          .singleElement()
          .extracting(StreamRecord::getValue)
          .satisfies(
              letter -> {
                assertThat(letter.getErrorType()).isEqualTo("DESERIALIZATION");
                assertThat(letter.getReason()).contains("not Avro single-object encoding");
                assertThat(letter.getSourceOffset()).isEqualTo(6);
                byte[] kept = new byte[letter.getPayload().remaining()];
                letter.getPayload().duplicate().get(kept);
                assertThat(kept).hasSameSizeAs(bytes("01-sn0123-first-push.edi"));
                assertThat(sensitiveIn(kept)).isEmpty();
              });
      assertThat(harness.getSideOutput(IngestDescriptors.AUDIT))
          .singleElement()
          .extracting(StreamRecord::getValue)
          .satisfies(e -> assertThat(e.getType()).isEqualTo(AuditEventType.ERASURE));
    }
  }
}
