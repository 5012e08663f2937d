package eu.piu.ingest.message;

import static eu.piu.ingest.IngestDescriptors.AUDIT;
import static eu.piu.ingest.IngestDescriptors.DEAD_LETTERS;

import eu.piu.connectors.serde.AvroCodec;
import eu.piu.connectors.serde.UndecodableRecordException;
import eu.piu.formats.edifact.TransferParts;
import eu.piu.formats.sensitive.SensitiveDataPolicy;
import eu.piu.formats.sensitive.SensitiveRedactor;
import eu.piu.ingest.audit.IngestAuditEvents;
import eu.piu.ingest.internal.ReceivedMessage;
import eu.piu.schema.CarrierMessage;
import eu.piu.schema.DeadLetter;
import eu.piu.schema.internal.SourceRecord;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Decodes the {@code CarrierMessage} of a Kafka record and keeps the record's origin with it, so
 * that every dead letter made from the message later names its topic, partition and offset (the
 * connectors' {@code DecodeOrDeadLetter} hands on the decoded record alone).
 *
 * <p>A record that is not a CarrierMessage goes to the dead letters, counted. Its bytes may well be
 * a raw EDIFACT message written to the wrong topic, so they are redacted like any rejected payload:
 * nothing R10 forbids reaches the dead-letter topic.
 */
public final class DecodeCarrierMessage extends ProcessFunction<SourceRecord, ReceivedMessage> {

  private static final long serialVersionUID = 1L;

  private final HashMap<String, String> sensitiveDataPolicy;

  private transient AvroCodec<CarrierMessage> codec;
  private transient SensitiveRedactor redactor;
  private transient Counter deadLetters;

  /** {@code sensitiveDataPolicy}: the {@code piu.sensitive.*} options, see SensitiveDataPolicy. */
  public DecodeCarrierMessage(Map<String, String> sensitiveDataPolicy) {
    this.sensitiveDataPolicy = new HashMap<>(sensitiveDataPolicy);
  }

  @Override
  public void open(OpenContext openContext) {
    codec = AvroCodec.of(CarrierMessage.class);
    redactor = new SensitiveRedactor(SensitiveDataPolicy.fromProperties(sensitiveDataPolicy));
    deadLetters = getRuntimeContext().getMetricGroup().counter("deadLetters");
  }

  @Override
  public void processElement(SourceRecord record, Context ctx, Collector<ReceivedMessage> out) {
    byte[] value = bytesOf(record.getValue());
    CarrierMessage message;
    try {
      message = codec.decode(value);
    } catch (UndecodableRecordException e) {
      reject(ctx, record, value, e.getMessage());
      return;
    }
    if (message.getMessageId().isBlank()) {
      reject(ctx, record, value, "messageId: blank");
      return;
    }
    ReceivedMessage.Builder received =
        ReceivedMessage.newBuilder()
            .setTopic(record.getTopic())
            .setPartition(record.getPartition())
            .setOffset(record.getOffset())
            .setKafkaTimestamp(record.getTimestamp())
            .setKey(record.getKey())
            .setMessageId(message.getMessageId())
            .setSender(message.getSender())
            .setCarrier(message.getCarrier())
            .setReceivedAt(message.getReceivedAt())
            .setPayload(message.getPayload());
    TransferParts.of(bytesOf(message.getPayload()))
        .ifPresent(
            parts ->
                received
                    .setMultiPartReference(parts.reference())
                    .setPartNumbers(parts.parts().stream().boxed().toList())
                    .setFinalPart(parts.finalPart()));
    out.collect(received.build());
  }

  private void reject(Context ctx, SourceRecord record, byte[] value, String reason) {
    RedactedBytes redacted = value == null ? null : RedactedBytes.of(redactor, value);
    DeadLetter letter =
        IngestDeadLetters.undecodable(record, redacted == null ? null : redacted.payload(), reason);
    deadLetters.inc();
    ctx.output(DEAD_LETTERS, letter);
    if (redacted != null && redacted.blankedBytes() > 0) {
      ctx.output(
          AUDIT,
          IngestAuditEvents.deadLetterRedaction(
              letter, IngestDeadLetters.idOf(letter), redacted.blankedBytes()));
    }
  }

  static byte[] bytesOf(ByteBuffer buffer) {
    if (buffer == null) {
      return null;
    }
    ByteBuffer view = buffer.duplicate();
    byte[] bytes = new byte[view.remaining()];
    view.get(bytes);
    return bytes;
  }
}
