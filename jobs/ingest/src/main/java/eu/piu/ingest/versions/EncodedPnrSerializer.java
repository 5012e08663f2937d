package eu.piu.ingest.versions;

import eu.piu.ingest.internal.EncodedPnr;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes PNR versions to the pnr topic, keyed by pnrId, with the bytes they already are in (the
 * contract's Avro single-object encoding). The record timestamp is left to the producer, as for
 * every contract record.
 */
public final class EncodedPnrSerializer implements KafkaRecordSerializationSchema<EncodedPnr> {

  private static final long serialVersionUID = 1L;

  private final String topic;

  public EncodedPnrSerializer(String topic) {
    this.topic = topic;
  }

  @Override
  public ProducerRecord<byte[], byte[]> serialize(
      EncodedPnr pnr, KafkaSinkContext context, Long timestamp) {
    ByteBuffer view = pnr.getPnr().duplicate();
    byte[] value = new byte[view.remaining()];
    view.get(value);
    return new ProducerRecord<>(topic, pnr.getPnrId().getBytes(StandardCharsets.UTF_8), value);
  }
}
