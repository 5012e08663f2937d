package eu.piu.cli.kafka;

import eu.piu.cli.stack.Deadline;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Counts the records of topics as a read_committed consumer sees them: offsets alone would count
 * the commit markers of transactional topics and the records of aborted transactions.
 */
public final class RecordCounter {

  private RecordCounter() {}

  public static Map<String, Long> count(
      String bootstrapServers, Collection<TopicPartition> partitions, Duration timeout)
      throws Exception {
    Map<String, Long> counts = new TreeMap<>();
    partitions.forEach(p -> counts.put(p.topic(), 0L));
    try (KafkaConsumer<byte[], byte[]> consumer = CommittedReader.consumer(bootstrapServers)) {
      List<TopicPartition> assigned = List.copyOf(partitions);
      consumer.assign(assigned);
      consumer.seekToBeginning(assigned);
      Map<TopicPartition, Long> ends = consumer.endOffsets(assigned);
      Deadline.in(timeout)
          .awaitBlocking(
              "counting records",
              () -> {
                consumer
                    .poll(Duration.ofMillis(100))
                    .forEach(record -> counts.merge(record.topic(), 1L, Long::sum));
                for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                  if (consumer.position(end.getKey()) < end.getValue()) {
                    return false;
                  }
                }
                return true;
              });
    }
    return counts;
  }
}
