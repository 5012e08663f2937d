package eu.piu.cli.bench;

import eu.piu.cli.kafka.CommittedReader;
import eu.piu.cli.stack.Deadline;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * The reference: a bare KafkaConsumer reading the PNR topic from the beginning, bytes only. No job
 * can read the topic faster on this machine, so it bounds what the screening job could reach.
 */
final class RawTopicRead {

  /** Records read and how long it took. */
  record Result(long records, long bytes, Duration elapsed) {
    double recordsPerSecond() {
      return records / seconds();
    }

    double seconds() {
      return Math.max(1, elapsed.toNanos()) / 1e9;
    }
  }

  private RawTopicRead() {}

  static Result read(String bootstrapServers, List<TopicPartition> partitions, Duration timeout)
      throws Exception {
    try (KafkaConsumer<byte[], byte[]> consumer = CommittedReader.consumer(bootstrapServers)) {
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      long[] totals = new long[2];
      long started = System.nanoTime();
      Deadline.in(timeout)
          .awaitBlocking(
              "reading the PNR topic",
              () -> {
                consumer
                    .poll(Duration.ofMillis(100))
                    .forEach(
                        record -> {
                          totals[0]++;
                          totals[1] += record.serializedValueSize();
                        });
                for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                  if (consumer.position(end.getKey()) < end.getValue()) {
                    return false;
                  }
                }
                return true;
              });
      return new Result(totals[0], totals[1], Duration.ofNanos(System.nanoTime() - started));
    }
  }
}
