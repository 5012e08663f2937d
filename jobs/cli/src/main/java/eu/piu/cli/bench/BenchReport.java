package eu.piu.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The benchmark's table for a person and its JSON for tools. */
final class BenchReport {

  private BenchReport() {}

  static void print(BenchResult r, PrintStream out) {
    out.println();
    out.printf(
        Locale.ROOT,
        "End-to-end benchmark, %s, %d cores, Java %s, Flink parallelism %d, topics %s*%n",
        r.startedAt(),
        r.cores(),
        r.java(),
        r.parallelism(),
        r.topicPrefix());
    out.printf(
        Locale.ROOT,
        "feed: %,d PNRs x %d passengers x %d legs = %,d passenger legs; watchlist: %,d entries;"
            + " every %,d-th PNR hits (%,d hits expected)%n",
        r.pnrs(),
        BenchFeed.PASSENGERS,
        BenchFeed.LEGS,
        r.passengerLegs(),
        r.entries(),
        r.hitEvery(),
        r.expectedHits());
    String rule = "-".repeat(96);
    out.println(rule);
    out.printf("%-44s %-30s %-12s %s%n", "measure", "result", "target", "");
    out.println(rule);
    row(out, "list load (until sentinel hits visible)", seconds(r.listLoadSeconds()), "", "");
    row(
        out,
        "feed produced into Kafka",
        seconds(r.produceSeconds()),
        "",
        rate(r.passengerLegs() / r.produceSeconds(), "legs/s"));
    row(
        out,
        "(a) throughput: first PNR sent -> last hit",
        rate(r.legsPerSecond(), "legs/s"),
        ">= 10,000",
        verdict(r.throughputMet()) + "  " + seconds(r.throughputSeconds()));
    row(
        out,
        "    hits visible (read_committed)",
        String.format(Locale.ROOT, "%,d of %,d", r.hitsSeen(), r.expectedHits()),
        "",
        "");
    row(
        out,
        "(b) latency p50, PNR sent -> hit visible",
        millis(r.latencyP50Millis()),
        "",
        String.format(
            Locale.ROOT,
            "at %,.0f legs/s for %.0f s, %,d samples",
            r.latencyRateLegsPerSecond(),
            r.latencySeconds(),
            r.latencySamples()));
    row(
        out,
        "    latency p99",
        millis(r.latencyP99Millis()),
        "<= 2 s",
        verdict(r.latencyMet()) + "  max " + millis(r.latencyMaxMillis()));
    if (r.bulkEntries() > 0) {
      row(
          out,
          "(c) latency p99 while entries are listed",
          millis(r.bulkLatencyP99Millis()),
          "<= 2 s",
          verdict(r.bulkLoadMet())
              + String.format(
                  Locale.ROOT,
                  "  p50 %s, max %s; %,d entries produced in %.1f s",
                  millis(r.bulkLatencyP50Millis()),
                  millis(r.bulkLatencyMaxMillis()),
                  r.bulkEntries(),
                  r.bulkProduceSeconds()));
    }
    row(
        out,
        "(d) reference: raw KafkaConsumer, same topic",
        rate(r.referenceLegsPerSecond(), "legs/s"),
        "",
        String.format(
            Locale.ROOT,
            "%,.0f records/s (%,d records)",
            r.referenceRecordsPerSecond(),
            r.referenceRecords()));
    if (r.ingestLegs() > 0) {
      row(
          out,
          "(e) ingestion: PNRGOV messages -> PNRs",
          rate(r.ingestLegsPerSecond(), "legs/s"),
          ">= (a)",
          (r.ingestionKeepsUp() ? "keeps up" : "BOTTLENECK")
              + String.format(
                  Locale.ROOT,
                  "  %,d messages, %,.0f MB (%.1f MB/s), %,d PNRs, %,d legs",
                  r.ingestMessages(),
                  r.ingestMegabytes(),
                  r.ingestMegabytesPerSecond(),
                  r.ingestPnrs(),
                  r.ingestLegs()));
    }
    out.println(rule);
  }

  static Path writeJson(BenchResult result, Path folder, String stamp) throws IOException {
    Files.createDirectories(folder);
    Path file = folder.resolve("e2e-" + stamp + ".json");
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), result);
    return file;
  }

  private static void row(
      PrintStream out, String measure, String result, String target, String note) {
    out.printf("%-44s %-30s %-12s %s%n", measure, result, target, note);
  }

  private static String seconds(double seconds) {
    return String.format(Locale.ROOT, "%.1f s", seconds);
  }

  private static String millis(long millis) {
    return millis < 0 ? "n/a" : String.format(Locale.ROOT, "%,d ms", millis);
  }

  private static String rate(double perSecond, String unit) {
    return String.format(Locale.ROOT, "%,.0f %s", perSecond, unit);
  }

  private static String verdict(boolean met) {
    return met ? "met" : "NOT MET";
  }
}
