package eu.piu.cli.kafka;

import eu.piu.cli.stack.Deadline;
import eu.piu.connectors.serde.AvroCodec;
import eu.piu.connectors.serde.UndecodableRecordException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads what a topic holds from given offsets up to its last stable offset, as a downstream service
 * would: read_committed, so records of transactions the job has not committed (or aborted) are
 * never counted.
 */
public final class CommittedReader {

  private CommittedReader() {}

  public static KafkaConsumer<byte[], byte[]> consumer(String bootstrapServers) {
    Properties properties = new Properties();
    properties.setProperty(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    properties.setProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    properties.setProperty(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
    properties.setProperty(ConsumerConfig.CLIENT_ID_CONFIG, "piu-cli-reader");
    // A fetch that finds nothing newly committed waits this long on the broker (default 500 ms),
    // which would add up to half a second to every latency the benchmark measures.
    properties.setProperty(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "20");
    return new KafkaConsumer<>(
        properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  /**
   * The decodable records from {@code from} (per partition) to the current last stable offsets;
   * records that do not decode are skipped (the job dead-letters those).
   */
  public static <T extends SpecificRecord> List<T> read(
      String bootstrapServers, Map<TopicPartition, Long> from, AvroCodec<T> codec, Duration timeout)
      throws Exception {
    List<T> records = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrapServers)) {
      consumer.assign(from.keySet());
      from.forEach(consumer::seek);
      Map<TopicPartition, Long> ends = consumer.endOffsets(from.keySet());
      Deadline.in(timeout)
          .awaitBlocking(
              "reading " + from.keySet() + " up to " + ends,
              () -> {
                for (ConsumerRecord<byte[], byte[]> record :
                    consumer.poll(Duration.ofMillis(200))) {
                  try {
                    records.add(codec.decode(record.value()));
                  } catch (UndecodableRecordException e) {
                    // Not the contract: counted by the job as a dead letter, not here.
                  }
                }
                for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                  if (consumer.position(end.getKey()) < end.getValue()) {
                    return false;
                  }
                }
                return true;
              });
    }
    return records;
  }
}
