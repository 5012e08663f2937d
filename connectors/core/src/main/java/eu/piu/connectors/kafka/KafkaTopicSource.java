package eu.piu.connectors.kafka;

import eu.piu.schema.internal.SourceRecord;
import java.util.List;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;

/** Kafka sources of the jobs: bytes with origin, committed data only. */
public final class KafkaTopicSource {

  private KafkaTopicSource() {}

  public static KafkaSource<SourceRecord> of(
      KafkaSettings settings, String groupId, List<String> topics, OffsetsInitializer start) {
    return KafkaSource.<SourceRecord>builder()
        .setBootstrapServers(settings.bootstrapServers())
        .setProperties(settings.clientProperties())
        .setTopics(topics)
        .setGroupId(groupId)
        .setStartingOffsets(start)
        // Upstream jobs write transactionally; never screen what they may still abort.
        .setProperty("isolation.level", "read_committed")
        .setProperty("partition.discovery.interval.ms", "60000")
        .setDeserializer(new SourceRecordDeserializer())
        .build();
  }
}
