package eu.piu.cli;

import eu.piu.cli.parse.MessageFiles;
import eu.piu.formats.CarrierMessageParser;
import eu.piu.formats.ParsedMessage;
import eu.piu.formats.json.ParseSummary;
import eu.piu.formats.json.ParsedJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Parses carriers' PNRGOV and PAXLST messages, for operators checking a carrier's feed.",
      "Each file is one message as the carrier pushed it; folders are read recursively. Prints one"
          + " JSON object per PNR or API passenger list on standard output (the records the"
          + " ingestion job would publish, sensitive data already removed) and a summary on"
          + " standard error: messages, PNRs, passengers, legs, API lists, rejects with their"
          + " reasons, erasures by type. Needs no running stack.",
      "Exit status 0, or 1 when a path could not be read (the others are still parsed)."
    })
final class ParseCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Message files or folders.")
  List<Path> paths;

  @Option(
      names = "--sender",
      paramLabel = "CODE",
      defaultValue = "UNKNOWN",
      description =
          "The pushing party, the carrier when a message names none (default ${DEFAULT-VALUE}).")
  String sender;

  @Option(
      names = "--received-at",
      paramLabel = "INSTANT",
      description = "Receipt time, the push time of messages without one (ISO-8601; default: now).")
  Instant receivedAt;

  @Option(names = "--summary-only", description = "Print the summary only, no records.")
  boolean summaryOnly;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Instant at = receivedAt != null ? receivedAt : Instant.now();
    CarrierMessageParser parser = new CarrierMessageParser();
    ParseSummary summary = new ParseSummary();
    MessageFiles found = MessageFiles.of(paths);
    int failed = 0;
    for (MessageFiles.Unreadable path : found.unreadable()) {
      err.println("cannot read " + path.path() + ": " + path.why());
      failed++;
    }
    for (Path file : found.files()) {
      byte[] payload;
      try {
        payload = Files.readAllBytes(file);
      } catch (IOException e) {
        err.println("cannot read " + file + ": " + e.getClass().getSimpleName());
        failed++;
        continue;
      }
      ParsedMessage message = parser.parse(payload, sender, at, file.toString());
      summary.add(message);
      if (!summaryOnly) {
        ParsedJson.lines(message).forEach(out::println);
      }
    }
    out.flush();
    err.print(summary.render());
    if (failed > 0) {
      err.println("unreadable paths: " + failed);
    }
    err.flush();
    return failed > 0 ? 1 : 0;
  }
}
