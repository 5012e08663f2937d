package eu.piu.cli.bench;

import eu.piu.cli.kafka.CommittedReader;
import eu.piu.connectors.serde.AvroCodec;
import eu.piu.connectors.serde.UndecodableRecordException;
import eu.piu.schema.Hit;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Follows the hits topic as a service would (read_committed) and notes, per PNR, when its first hit
 * became visible and how many distinct hits it has. Polls in short rounds, so that the times it
 * notes are within a few milliseconds of visibility.
 */
final class HitWatcher implements AutoCloseable {

  private final String bootstrapServers;
  private final List<TopicPartition> partitions;
  private final Map<String, Long> firstVisibleMillis = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> hitIdsByPnr = new ConcurrentHashMap<>();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile Exception failure;

  HitWatcher(String bootstrapServers, List<TopicPartition> partitions) {
    this.bootstrapServers = bootstrapServers;
    this.partitions = partitions;
    this.thread = new Thread(this::follow, "piu-bench-hit-watcher");
    this.thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  /** Epoch milliseconds at which the PNR's first hit was seen, or null. */
  Long firstVisible(String pnrId) {
    return firstVisibleMillis.get(pnrId);
  }

  int hitsOf(String pnrId) {
    Set<String> ids = hitIdsByPnr.get(pnrId);
    return ids == null ? 0 : ids.size();
  }

  int distinctHits() {
    return hitIdsByPnr.values().stream().mapToInt(Set::size).sum();
  }

  void checkHealthy() throws Exception {
    if (failure != null) {
      throw failure;
    }
  }

  private void follow() {
    AvroCodec<Hit> codec = AvroCodec.of(Hit.class);
    try (KafkaConsumer<byte[], byte[]> consumer = CommittedReader.consumer(bootstrapServers)) {
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      while (running) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(20))) {
          long now = System.currentTimeMillis();
          try {
            Hit hit = codec.decode(record.value());
            firstVisibleMillis.putIfAbsent(hit.getPnrId(), now);
            hitIdsByPnr
                .computeIfAbsent(hit.getPnrId(), k -> ConcurrentHashMap.newKeySet())
                .add(hit.getHitId());
          } catch (UndecodableRecordException e) {
            // The job writes only valid hits; nothing to time here.
          }
        }
      }
    } catch (Exception e) {
      failure = e;
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.join(10_000);
  }
}
