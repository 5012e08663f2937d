package eu.piu.cli.bench;

import eu.piu.cli.flink.LocalFlink;
import eu.piu.cli.flink.ScreeningDeployment;
import eu.piu.cli.kafka.ContractProducer;
import eu.piu.cli.kafka.TopicOffsets;
import eu.piu.cli.sample.SampleWatchlists;
import eu.piu.cli.stack.Deadline;
import eu.piu.cli.stack.LocalStack;
import eu.piu.cli.stack.TopicSetup;
import eu.piu.connectors.kafka.TopicNames;
import eu.piu.connectors.serde.AvroCodec;
import eu.piu.schema.Pnr;
import eu.piu.schema.WatchlistEntry;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import org.apache.flink.api.common.JobID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;

/**
 * The end-to-end benchmark: the screening job with its production wiring on a local Flink cluster,
 * against the local stack, on topics of its own.
 *
 * <ol>
 *   <li>list: the watchlist, then sentinels, until every screening instance hit every sentinel;
 *   <li>(a) throughput: the whole feed produced as fast as possible while the job screens it; the
 *       end is the moment the last expected hit is visible to a read_committed consumer;
 *   <li>(b) latency: PNRs at a fixed rate below capacity, each hitting PNR timed from its send to
 *       its hit being visible;
 *   <li>(c) bulk load: latency as in (b) while {@code bulkEntries} new entries are listed;
 *   <li>(d) reference: a bare consumer reading the same PNR topic;
 *   <li>(e) ingestion: the ingestion job alone on PNRGOV carrier messages ({@link IngestPhase}).
 * </ol>
 */
public final class E2eBenchmark {

  /** What to run. */
  public record Settings(
      String bootstrapServers,
      String elasticsearchUrl,
      List<String> services,
      TopicNames topics,
      String hitsIndex,
      String auditIndex,
      String pushComplianceIndex,
      String runId,
      long seed,
      java.time.Instant anchor,
      int pnrs,
      int entries,
      int hitEvery,
      Double latencyRateLegsPerSecond,
      Duration latencyPhase,
      int latencyHitEvery,
      int bulkEntries,
      long ingestLegs,
      Duration phaseTimeout) {}

  public static final String JOB_NAME = "piu-screening (bench e2e)";
  private static final int PARALLELISM = 2;

  private final Settings settings;
  private final PrintStream out;
  private final BenchFeed feed;
  private final AvroCodec<Pnr> pnrCodec = AvroCodec.of(Pnr.class);

  public E2eBenchmark(Settings settings, PrintStream out) {
    this.settings = settings;
    this.out = out;
    this.feed = new BenchFeed(settings.seed(), settings.anchor(), settings.entries());
  }

  public static int parallelism() {
    return PARALLELISM;
  }

  public BenchResult run(LocalFlink flink, String startedAt) throws Exception {
    TopicNames topics = settings.topics();
    ScreeningDeployment deployment =
        new ScreeningDeployment(
            settings.bootstrapServers(),
            settings.elasticsearchUrl(),
            topics.prefix(),
            settings.services(),
            settings.hitsIndex(),
            settings.auditIndex(),
            settings.runId(),
            settings.runId());
    try (Admin admin = LocalStack.admin(settings.bootstrapServers());
        ContractProducer producer = new ContractProducer(settings.bootstrapServers())) {
      TopicOffsets offsets = new TopicOffsets(admin);
      List<TopicPartition> hitPartitions = offsets.partitions(List.of(topics.hits()));
      try (HitWatcher hits = new HitWatcher(settings.bootstrapServers(), hitPartitions)) {
        hits.start();
        JobID job = deployment.submit(flink, JOB_NAME);
        flink.awaitRunning(job, Deadline.in(Duration.ofSeconds(60)));
        out.println("Screening job   running, Flink UI " + flink.webUi());

        double listLoad = loadList(flink, job, producer, hits);

        // (a) Throughput.
        long expectedHits = 0;
        List<String> hittingPnrs = new ArrayList<>();
        out.printf(Locale.ROOT, "(a) throughput  producing %,d PNRs ", settings.pnrs());
        long sendStart = System.nanoTime();
        long sendStartMillis = System.currentTimeMillis();
        for (int i = 0; i < settings.pnrs(); i++) {
          boolean hit = BenchFeed.hits(i, settings.hitEvery());
          Pnr pnr = feed.pnr(i, hit);
          if (hit) {
            hittingPnrs.add(pnr.getPnrId());
            expectedHits += BenchFeed.LEGS;
          }
          producer.sendBytes(topics.pnr(), pnr.getPnrId(), pnrCodec.encode(pnr), null);
        }
        producer.flush();
        double produceSeconds = (System.nanoTime() - sendStart) / 1e9;
        out.printf(Locale.ROOT, "in %.1f s; screening ", produceSeconds);
        Deadline.in(settings.phaseTimeout())
            .await(
                "every expected hit of the feed visible",
                () -> {
                  flink.checkRunning(job);
                  hits.checkHealthy();
                  return hittingPnrs.stream().allMatch(p -> hits.firstVisible(p) != null);
                },
                out);
        // Hits are spread evenly through the feed: the last one to show marks its end.
        long lastHitMillis =
            hittingPnrs.stream().mapToLong(hits::firstVisible).max().orElse(sendStartMillis);
        double throughputSeconds = Math.max(1, lastHitMillis - sendStartMillis) / 1000.0;
        long legs = (long) settings.pnrs() * BenchFeed.PASSENGER_LEGS_PER_PNR;
        double legsPerSecond = legs / throughputSeconds;
        long hitsSeen = hittingPnrs.stream().mapToLong(hits::hitsOf).sum();
        out.printf(Locale.ROOT, " %,.0f passenger legs/s%n", legsPerSecond);

        // (b) Latency at a fixed rate below capacity.
        double rate =
            settings.latencyRateLegsPerSecond() != null
                ? settings.latencyRateLegsPerSecond()
                : legsPerSecond / 2;
        Percentiles latencies = latency(flink, job, producer, hits, rate, settings.pnrs(), null);

        // (c) The same rate while a bulk of new entries is listed: the pipeline must not stall.
        Percentiles duringBulk = Percentiles.NONE;
        BulkLoad bulk = null;
        if (settings.bulkEntries() > 0) {
          bulk = new BulkLoad(settings, feed, settings.entries());
          // PNRs of their own, after any the latency phase could have used.
          int firstPnr = settings.pnrs() + 5_000_000;
          duringBulk = latency(flink, job, producer, hits, rate, firstPnr, bulk);
        }

        flink.cancel(job, Duration.ofSeconds(60));

        // (d) Reference: the same topic, read raw.
        out.print("(d) reference   raw KafkaConsumer over " + topics.pnr() + " ... ");
        RawTopicRead.Result raw =
            RawTopicRead.read(
                settings.bootstrapServers(),
                offsets.partitions(List.of(topics.pnr())),
                settings.phaseTimeout());
        double rawLegs = raw.recordsPerSecond() * BenchFeed.PASSENGER_LEGS_PER_PNR;
        out.printf(Locale.ROOT, "%,.0f records/s%n", raw.recordsPerSecond());

        // (e) Ingestion, alone on the cluster as the screening was in (a).
        IngestPhase.Figures ingest =
            settings.ingestLegs() > 0
                ? new IngestPhase(settings, out).run(flink, admin, producer)
                : new IngestPhase.Figures(0, 0, 0, 0, 1);

        return new BenchResult(
            startedAt,
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.version"),
            topics.prefix(),
            PARALLELISM,
            settings.entries(),
            settings.pnrs(),
            legs,
            settings.hitEvery(),
            expectedHits,
            listLoad,
            produceSeconds,
            throughputSeconds,
            legsPerSecond,
            hitsSeen,
            rate,
            settings.latencyPhase().toSeconds(),
            latencies.count(),
            latencies.at(50),
            latencies.at(99),
            latencies.max(),
            raw.records(),
            raw.seconds(),
            raw.recordsPerSecond(),
            rawLegs,
            ingest.messages(),
            ingest.bytes() / 1e6,
            ingest.pnrs(),
            ingest.legs(),
            ingest.seconds(),
            ingest.legsPerSecond(),
            ingest.megabytesPerSecond(),
            settings.bulkEntries(),
            bulk == null ? 0 : bulk.seconds(),
            duringBulk.count(),
            duringBulk.at(50),
            duringBulk.at(99),
            duringBulk.max());
      }
    }
  }

  /** Produces the list and sentinels; returns seconds until every sentinel hit is visible. */
  private double loadList(LocalFlink flink, JobID job, ContractProducer producer, HitWatcher hits)
      throws Exception {
    TopicNames topics = settings.topics();
    AvroCodec<WatchlistEntry> codec = AvroCodec.of(WatchlistEntry.class);
    out.printf(Locale.ROOT, "List            producing %,d entries ", settings.entries());
    long started = System.nanoTime();
    for (int i = 0; i < settings.entries(); i++) {
      WatchlistEntry entry = feed.entry(i);
      producer.send(topics.watchlistEntries(), SampleWatchlists.keyOf(entry), codec, entry);
    }
    List<WatchlistEntry> sentinels = feed.sentinelEntries(TopicSetup.PARTITIONS);
    for (WatchlistEntry sentinel : sentinels) {
      producer.send(topics.watchlistEntries(), SampleWatchlists.keyOf(sentinel), codec, sentinel);
    }
    List<Pnr> sentinelPnrs = feed.sentinelPnrs(sentinels, PARALLELISM);
    for (Pnr pnr : sentinelPnrs) {
      producer.sendBytes(topics.pnr(), pnr.getPnrId(), pnrCodec.encode(pnr), null);
    }
    producer.flush();
    int hitsPerSentinel = sentinels.size() * BenchFeed.LEGS;
    Deadline.in(settings.phaseTimeout())
        .await(
            "every sentinel hit visible (the whole list loaded)",
            () -> {
              flink.checkRunning(job);
              hits.checkHealthy();
              return sentinelPnrs.stream()
                  .allMatch(p -> hits.hitsOf(p.getPnrId()) >= hitsPerSentinel);
            },
            out);
    double seconds = (System.nanoTime() - started) / 1e9;
    out.printf(Locale.ROOT, " loaded in %.1f s%n", seconds);
    return seconds;
  }

  private Percentiles latency(
      LocalFlink flink,
      JobID job,
      ContractProducer producer,
      HitWatcher hits,
      double legsPerSecond,
      int firstPnr,
      BulkLoad bulk)
      throws Exception {
    double pnrsPerSecond = legsPerSecond / BenchFeed.PASSENGER_LEGS_PER_PNR;
    int count = (int) Math.max(1, pnrsPerSecond * settings.latencyPhase().toSeconds());
    out.printf(
        Locale.ROOT,
        bulk == null
            ? "(b) latency     %,.0f passenger legs/s (%,.0f PNRs/s) for %d s "
            : "(c) bulk load   %,.0f passenger legs/s (%,.0f PNRs/s) for %d s, "
                + String.format(Locale.ROOT, "%,d entries", bulk.entries())
                + " listed meanwhile ",
        legsPerSecond,
        pnrsPerSecond,
        settings.latencyPhase().toSeconds());
    List<String> timed = new ArrayList<>();
    long[] sentAt = new long[count];
    long intervalNanos = (long) (1e9 / pnrsPerSecond);
    long start = System.nanoTime();
    Thread loader = null;
    for (int i = 0; i < count; i++) {
      if (bulk != null && loader == null && i >= count / 4) {
        // A quarter into the phase, so that latency before, during and after the load is timed.
        loader = bulk.start();
      }
      // Pacing the offered load: each PNR leaves at its slot of the fixed rate.
      long slot = start + i * intervalNanos;
      long wait = slot - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      int index = firstPnr + i;
      boolean hit = i % settings.latencyHitEvery() == 0;
      Pnr pnr = feed.pnr(index, hit);
      long now = System.currentTimeMillis();
      if (hit) {
        timed.add(pnr.getPnrId());
        sentAt[timed.size() - 1] = now;
      }
      // The record's timestamp is its send time: "in Kafka" from the producer's view.
      producer.sendBytes(settings.topics().pnr(), pnr.getPnrId(), pnrCodec.encode(pnr), now);
    }
    producer.flush();
    if (loader != null) {
      loader.join(settings.phaseTimeout().toMillis());
      bulk.failIfFailed();
    }
    Deadline.in(settings.phaseTimeout())
        .await(
            "every timed PNR's hit visible",
            () -> {
              flink.checkRunning(job);
              hits.checkHealthy();
              return timed.stream().allMatch(p -> hits.firstVisible(p) != null);
            },
            out);
    long[] latencies = new long[timed.size()];
    for (int i = 0; i < timed.size(); i++) {
      latencies[i] = hits.firstVisible(timed.get(i)) - sentAt[i];
    }
    Percentiles percentiles = new Percentiles(latencies);
    out.printf(Locale.ROOT, " p50 %,d ms, p99 %,d ms%n", percentiles.at(50), percentiles.at(99));
    return percentiles;
  }
}
