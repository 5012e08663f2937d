package eu.piu.connectors.kafka;

import java.time.Duration;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;

/** Kafka sinks of the jobs: exactly-once by default, records visible when a checkpoint commits. */
public final class TransactionalKafkaSink {

  private TransactionalKafkaSink() {}

  public static <T> KafkaSink<T> of(
      KafkaSettings settings,
      KafkaRecordSerializationSchema<T> serializer,
      DeliveryGuarantee guarantee,
      String transactionalIdPrefix,
      Duration transactionTimeout) {
    return KafkaSink.<T>builder()
        .setBootstrapServers(settings.bootstrapServers())
        .setKafkaProducerConfig(settings.clientProperties())
        .setRecordSerializer(serializer)
        .setDeliveryGuarantee(guarantee)
        .setTransactionalIdPrefix(transactionalIdPrefix)
        // The client default (1 h) exceeds the broker's default maximum (15 min).
        .setProperty("transaction.timeout.ms", String.valueOf(transactionTimeout.toMillis()))
        .setProperty("enable.idempotence", "true")
        .setProperty("linger.ms", "5")
        .build();
  }
}
