package eu.piu.screening;

import eu.piu.connectors.deadletter.RecordValidator;
import eu.piu.connectors.kafka.KafkaSettings;
import eu.piu.connectors.serde.AvroCodec;
import eu.piu.connectors.serde.UndecodableRecordException;
import eu.piu.schema.WatchlistEntry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads the compacted watchlist topic from its beginning to its end at the time of the call,
 * committed records only, with no consumer group. Records that do not decode or validate are
 * skipped: the job's stream dead-letters them already.
 */
public final class KafkaNameListReload implements NameListReload {

  private static final long serialVersionUID = 1L;

  private final KafkaSettings kafka;
  private final String topic;
  private final RecordValidator<WatchlistEntry> validator;

  public KafkaNameListReload(
      KafkaSettings kafka, String topic, RecordValidator<WatchlistEntry> validator) {
    this.kafka = kafka;
    this.topic = topic;
    this.validator = validator;
  }

  @Override
  public void read(Consumer<WatchlistEntry> entries) {
    AvroCodec<WatchlistEntry> codec = AvroCodec.of(WatchlistEntry.class);
    Properties properties = kafka.clientProperties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofMinutes(1)).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofMinutes(1));
      while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          if (record.value() == null) {
            continue;
          }
          try {
            WatchlistEntry entry = codec.decode(record.value());
            if (validator.problems(entry).isEmpty()) {
              entries.accept(entry);
            }
          } catch (UndecodableRecordException e) {
            // Dead-lettered by the job's stream when it read the record.
          }
        }
      }
    }
  }
}
