package eu.piu.cli;

import eu.piu.cli.bench.names.LinearScanBenchmark;
import eu.piu.cli.bench.names.NameIndexHeap;
import eu.piu.cli.bench.names.NameScreeningBenchmark;
import eu.piu.cli.stack.PiuHome;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "names",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmarks name screening on one core with JMH: screenings per second and p99 per"
          + " screening through the name index against generated lists of 10^4, 10^5 and 10^6"
          + " entries (names of 1-5 tokens: Latin, Cyrillic, Greek, Arabic, Han), and the same"
          + " screenings by a linear scan with the same scorer, with the ratio. First measures the"
          + " heap per entry of a 10^6-entry index. Takes 5 to 10 minutes.",
      "Target: >= 20,000 screenings/s per core at 10^6 entries, <= 1 KiB heap per entry. JMH's"
          + " JSON goes to .piu/bench/."
    })
final class BenchNamesCommand implements Callable<Integer> {

  static final double TARGET_PER_SECOND = 20_000;
  static final double TARGET_BYTES_PER_ENTRY = 1024;

  @Option(
      names = "--sizes",
      split = ",",
      paramLabel = "N,N",
      defaultValue = "10000,100000,1000000",
      description = "List sizes (default ${DEFAULT-VALUE}).")
  List<String> sizes;

  @Option(
      names = "--heap-entries",
      paramLabel = "N",
      defaultValue = "1000000",
      description = "Entries of the heap measurement (default ${DEFAULT-VALUE}; 0 skips it).")
  int heapEntries;

  @Option(names = "--no-scan", description = "Skip the linear-scan comparison.")
  boolean noScan;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (heapEntries > 0) {
      double bytes = NameIndexHeap.bytesPerEntry(heapEntries);
      // What a running job holds: the index, and the gatherings its screenings keep.
      double screening = NameIndexHeap.screeningBytesPerEntry(heapEntries);
      double total = bytes + screening;
      out.printf(
          "heap per entry at %,d entries: index %.0f bytes, kept by screening 100,000 persons"
              + " once %.0f more; %.0f in all (target <= %.0f: %s)%n",
          heapEntries,
          bytes,
          screening,
          total,
          TARGET_BYTES_PER_ENTRY,
          total <= TARGET_BYTES_PER_ENTRY ? "met" : "NOT met");
      out.flush();
    }
    Path reports = PiuHome.fromSystemProperties().benchReports();
    Files.createDirectories(reports);
    Path json =
        reports.resolve(
            "names-"
                + Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace(':', '-')
                + ".json");
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(NameScreeningBenchmark.class.getName())
            .param("entries", sizes.toArray(String[]::new))
            .resultFormat(ResultFormatType.JSON)
            .result(json.toString());
    if (!noScan) {
      options.include(LinearScanBenchmark.class.getName());
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<Integer, Statistics> indexed = new TreeMap<>();
    Map<Integer, Statistics> scanned = new TreeMap<>();
    for (RunResult result : results) {
      int entries = Integer.parseInt(result.getParams().getParam("entries"));
      Statistics statistics = result.getPrimaryResult().getStatistics();
      if (result.getParams().getBenchmark().endsWith("indexed")) {
        indexed.put(entries, statistics);
      } else {
        scanned.put(entries, statistics);
      }
    }
    out.printf(
        "%n%-10s %16s %12s %16s %12s %8s%n",
        "entries", "indexed /s/core", "p99 µs", "scan /s/core", "scan p99 µs", "ratio");
    for (Map.Entry<Integer, Statistics> row : indexed.entrySet()) {
      Statistics index = row.getValue();
      Statistics scan = scanned.get(row.getKey());
      double perSecond = 1e6 / index.getMean();
      out.printf(
          "%-10d %16.0f %12.1f %16s %12s %8s%n",
          row.getKey(),
          perSecond,
          index.getPercentile(99),
          scan == null ? "-" : String.format("%.1f", 1e6 / scan.getMean()),
          scan == null ? "-" : String.format("%.0f", scan.getPercentile(99)),
          scan == null ? "-" : String.format("%.0fx", scan.getMean() / index.getMean()));
    }
    Statistics largest = indexed.get(1_000_000);
    if (largest != null) {
      double perSecond = 1e6 / largest.getMean();
      out.printf(
          "%ntarget: >= %.0f screenings/s per core at 10^6 entries — %s%n",
          TARGET_PER_SECOND, perSecond >= TARGET_PER_SECOND ? "met" : "NOT met");
    }
    out.println("JMH results: " + json);
    out.flush();
    return 0;
  }
}
