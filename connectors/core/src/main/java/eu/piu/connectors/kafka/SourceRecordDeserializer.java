package eu.piu.connectors.kafka;

import eu.piu.schema.internal.SourceRecord;
import java.nio.ByteBuffer;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Keeps each Kafka record as bytes with its origin. Decoding happens in the job, where a failure
 * can become a dead letter instead of failing the source.
 */
public final class SourceRecordDeserializer
    implements KafkaRecordDeserializationSchema<SourceRecord> {

  private static final long serialVersionUID = 1L;

  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<SourceRecord> out) {
    out.collect(
        SourceRecord.newBuilder()
            .setTopic(record.topic())
            .setPartition(record.partition())
            .setOffset(record.offset())
            .setTimestamp(record.timestamp())
            .setKey(record.key() == null ? null : ByteBuffer.wrap(record.key()))
            .setValue(record.value() == null ? null : ByteBuffer.wrap(record.value()))
            .build());
  }

  @Override
  public TypeInformation<SourceRecord> getProducedType() {
    return new AvroTypeInfo<>(SourceRecord.class);
  }
}
