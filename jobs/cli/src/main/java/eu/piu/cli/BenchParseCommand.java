package eu.piu.cli;

import eu.piu.cli.report.TextTable;
import eu.piu.formats.bench.ParseBenchmark;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Measures how fast carriers' messages are parsed on one core.",
      "Generates a corpus of realistic PNRGOV interchanges (1 to 12 PNRs each, fabricated people,"
          + " with the sensitive SSRs and remarks a real feed carries, some folded or with other"
          + " separators), warms up, then parses it over and over on one thread: bytes to Avro"
          + " PNR records with sensitive data removed. Reports messages/s and MB/s by the wall"
          + " clock and per second of the thread's CPU time (what one core does, whatever else"
          + " the machine runs). Target: 20 MB/s per core. Needs no running stack."
    })
final class BenchParseCommand implements Callable<Integer> {

  static final double TARGET_MB_PER_CORE_SECOND = 20;

  @Option(
      names = "--megabytes",
      paramLabel = "MB",
      defaultValue = "16",
      description = "Size of the generated corpus (default ${DEFAULT-VALUE} MB).")
  double megabytes;

  @Option(
      names = "--seconds",
      paramLabel = "S",
      defaultValue = "10",
      description = "How long to measure, after a warm-up (default ${DEFAULT-VALUE} s).")
  double seconds;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (megabytes <= 0 || seconds <= 0) {
      throw new IllegalArgumentException("--megabytes and --seconds must be positive");
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "Parsing about %.0f MB of generated PNRGOV on one thread for %.0f s (after a warm-up)…%n",
        megabytes, seconds);
    out.flush();
    ParseBenchmark.Result result = ParseBenchmark.run(megabytes, seconds);
    report(result, out);
    // A benchmark reports against its target; it does not fail a build.
    return 0;
  }

  static void report(ParseBenchmark.Result r, PrintWriter out) {
    out.printf(
        "corpus: %d messages, %.1f MB, %d PNRs, %d passengers; %d rounds%n%n",
        r.messages(), r.bytes() / 1e6, r.pnrs(), r.passengers(), r.rounds());
    TextTable table = new TextTable("one core", "seconds", "messages/s", "PNRs/s", "MB/s");
    table.row(
        "wall clock",
        String.format("%.2f", r.seconds()),
        String.format("%.0f", r.messagesPerSecond()),
        String.format("%.0f", r.pnrsPerSecond()),
        String.format("%.1f", r.megabytesPerSecond()));
    table.row(
        "CPU time of the thread",
        String.format("%.2f", r.cpuSeconds()),
        String.format("%.0f", r.messagesPerCpuSecond()),
        String.format("%.0f", r.pnrs() * (double) r.rounds() / r.cpuSeconds()),
        String.format("%.1f", r.megabytesPerCpuSecond()));
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream printed = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    table.print(printed, "  ");
    out.print(buffer.toString(StandardCharsets.UTF_8));
    boolean met = r.megabytesPerCpuSecond() >= TARGET_MB_PER_CORE_SECOND;
    out.printf(
        "%ntarget: %.0f MB/s per core — %s (%.1f MB per CPU second)%n",
        TARGET_MB_PER_CORE_SECOND, met ? "met" : "NOT met", r.megabytesPerCpuSecond());
    out.flush();
  }
}
