package eu.piu.cli;

import eu.piu.cli.bench.BenchFeed;
import eu.piu.cli.bench.E2eRun;
import eu.piu.cli.stack.PiuHome;
import eu.piu.cli.stack.StackSettings;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "e2e",
    mixinStandardHelpOptions = true,
    description = {
      "Measures throughput and latency of the screening job end to end.",
      "End to end on the local stack (started if needed): loads a watchlist, then measures (a)"
          + " the screening job's throughput on a feed produced as fast as possible, (b) the"
          + " latency from a PNR sent to its hit visible to a read_committed consumer at a fixed"
          + " rate below capacity, (c) the latency of (b) again while a bulk of new watchlist"
          + " entries is listed, (d) a raw KafkaConsumer on the same topic as reference, (e) the"
          + " ingestion job's throughput on generated PNRGOV messages, against (a).",
      "Each run uses topics and indices of its own (prefix bench<timestamp>), deleted at the end"
          + " unless --keep. The table is also written to .piu/bench/e2e-<timestamp>.json."
    })
final class BenchE2eCommand implements Callable<Integer> {

  @Mixin StackOptions stack = new StackOptions();

  @Option(
      names = "--legs",
      paramLabel = "N",
      defaultValue = "1000000",
      description =
          "Passenger legs in the feed (PNRs of 2 passengers x 2 legs; default ${DEFAULT-VALUE}).")
  long legs;

  @Option(
      names = "--entries",
      paramLabel = "N",
      defaultValue = "100000",
      description = "Watchlist entries (default ${DEFAULT-VALUE}).")
  int entries;

  @Option(
      names = "--rate",
      paramLabel = "LEGS_PER_S",
      description = "Offered load of the latency phase (default: half the measured throughput).")
  Double rate;

  @Option(
      names = "--bulk-entries",
      paramLabel = "N",
      defaultValue = "100000",
      description =
          "New watchlist entries listed during phase (c), a second latency phase; 0 skips it"
              + " (default ${DEFAULT-VALUE}).")
  int bulkEntries;

  @Option(
      names = "--ingest-legs",
      paramLabel = "N",
      description =
          "Passenger legs of PNRGOV messages for the ingestion phase (e); 0 skips it (default:"
              + " as many as --legs, at most 200000).")
  Long ingestLegs;

  @Option(
      names = "--hit-every",
      paramLabel = "N",
      defaultValue = "100",
      description = "Every N-th PNR of the feed hits the list (default ${DEFAULT-VALUE}).")
  int hitEvery;

  @Option(
      names = "--latency-seconds",
      paramLabel = "S",
      defaultValue = "30",
      description = "Length of the latency phase (default ${DEFAULT-VALUE} s).")
  int latencySeconds;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "900",
      description = "Longest a phase may take (default ${DEFAULT-VALUE} s).")
  int timeoutSeconds;

  @Option(names = "--seed", defaultValue = "7", description = "Seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--flink-ui-port",
      paramLabel = "PORT",
      defaultValue = "0",
      description = "Flink web UI port while it runs (default: any free port).")
  int flinkUiPort;

  @Option(
      names = "--keep",
      description = "Keep the run's topics and indices (they are deleted otherwise).")
  boolean keep;

  @Override
  public Integer call() throws Exception {
    validate();
    PiuHome home = PiuHome.fromSystemProperties();
    StackSettings settings = Stacks.settings(home, stack, System.out);
    if (!settings.services().contains(BenchFeed.OWNER)) {
      throw new IllegalArgumentException("the benchmark's list belongs to " + BenchFeed.OWNER);
    }
    new E2eRun(home, settings, System.out)
        .run(
            BenchFeed.pnrsFor(legs),
            entries,
            hitEvery,
            rate,
            bulkEntries,
            ingestLegs != null ? ingestLegs : Math.min(legs, 200_000),
            Duration.ofSeconds(latencySeconds),
            Duration.ofSeconds(timeoutSeconds),
            seed,
            flinkUiPort,
            keep);
    // A benchmark reports against its targets; it does not fail a build.
    return 0;
  }

  void validate() {
    if (legs < 4L * hitEvery || legs > 4L * Integer.MAX_VALUE / 2) {
      throw new IllegalArgumentException("--legs must be at least 4 x --hit-every, and sane");
    }
    if (entries < 1 || hitEvery < 1 || latencySeconds < 1 || timeoutSeconds < 1) {
      throw new IllegalArgumentException(
          "--entries, --hit-every, --latency-seconds and --timeout must be positive");
    }
    if (bulkEntries < 0) {
      throw new IllegalArgumentException("--bulk-entries must be 0 or more");
    }
    if (ingestLegs != null && ingestLegs < 0) {
      throw new IllegalArgumentException("--ingest-legs must be 0 or more");
    }
    if (rate != null && rate <= 0) {
      throw new IllegalArgumentException("--rate must be positive");
    }
  }
}
