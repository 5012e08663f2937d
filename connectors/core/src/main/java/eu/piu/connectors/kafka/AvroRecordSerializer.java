package eu.piu.connectors.kafka;

import eu.piu.connectors.serde.AvroCodec;
import java.nio.charset.StandardCharsets;
import org.apache.avro.specific.SpecificRecord;
import org.apache.flink.api.common.functions.Function;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes a contract record to the topic it belongs to, keyed for ordering. The record timestamp is
 * left to the producer (wall clock): event times such as a departure, or the end-of-input
 * watermark, are not valid Kafka timestamps.
 */
public final class AvroRecordSerializer<T extends SpecificRecord>
    implements KafkaRecordSerializationSchema<T> {

  private static final long serialVersionUID = 1L;

  /** Picks a topic or key from a record; serializable so that the job graph can carry it. */
  @FunctionalInterface
  public interface Selector<T> extends Function {
    String select(T record);
  }

  private final AvroCodec<T> codec;
  private final Selector<T> topic;
  private final Selector<T> key;

  public AvroRecordSerializer(AvroCodec<T> codec, Selector<T> topic, Selector<T> key) {
    this.codec = codec;
    this.topic = topic;
    this.key = key;
  }

  public static <T extends SpecificRecord> AvroRecordSerializer<T> toTopic(
      Class<T> type, String topic, Selector<T> key) {
    return new AvroRecordSerializer<>(AvroCodec.of(type), record -> topic, key);
  }

  @Override
  public ProducerRecord<byte[], byte[]> serialize(
      T element, KafkaSinkContext context, Long timestamp) {
    return new ProducerRecord<>(
        topic.select(element),
        key.select(element).getBytes(StandardCharsets.UTF_8),
        codec.encode(element));
  }
}
