package eu.piu.cli.bench;

import eu.piu.cli.kafka.ContractProducer;
import eu.piu.cli.sample.SampleWatchlists;
import eu.piu.connectors.serde.AvroCodec;
import eu.piu.schema.WatchlistEntry;

/**
 * A bulk of new watchlist entries produced on a thread of its own, with its own producer, while the
 * latency phase goes on: the screening must index them and re-screen the waiting passengers without
 * stalling the PNRs in flight.
 */
final class BulkLoad {

  private final E2eBenchmark.Settings settings;
  private final BenchFeed feed;
  private final int firstIndex;
  private volatile double seconds;
  private volatile Exception failure;

  BulkLoad(E2eBenchmark.Settings settings, BenchFeed feed, int firstIndex) {
    this.settings = settings;
    this.feed = feed;
    this.firstIndex = firstIndex;
  }

  int entries() {
    return settings.bulkEntries();
  }

  /** Seconds the bulk took to produce and flush. */
  double seconds() {
    return seconds;
  }

  Thread start() {
    Thread thread = new Thread(this::produce, "bench-bulk-load");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  void failIfFailed() throws Exception {
    if (failure != null) {
      throw failure;
    }
  }

  private void produce() {
    AvroCodec<WatchlistEntry> codec = AvroCodec.of(WatchlistEntry.class);
    long started = System.nanoTime();
    try (ContractProducer producer = new ContractProducer(settings.bootstrapServers())) {
      for (int i = 0; i < settings.bulkEntries(); i++) {
        WatchlistEntry entry = feed.entry(firstIndex + i);
        producer.send(
            settings.topics().watchlistEntries(), SampleWatchlists.keyOf(entry), codec, entry);
      }
      producer.flush();
      seconds = (System.nanoTime() - started) / 1e9;
    } catch (Exception e) {
      failure = e;
    }
  }
}
