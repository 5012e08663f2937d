package eu.piu.cli;

import eu.piu.cli.names.NameQualityReport;
import eu.piu.screening.names.NameMatchingSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "name-quality",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the name matching engine on the public name corpus and writes the report: recall"
          + " of the altered UN names against the untreated list, alert rate of 100,000 persons on"
          + " no list (with and without date of birth), per-script recall on transliterated"
          + " name tokens against random pairs, the cross-script pairs. Takes about a minute.",
      "The report in the repository (jobs/screening/NAME-QUALITY.md) is this command's output."
    })
final class NameQualityCommand implements Callable<Integer> {

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description = "The corpus folder (default: ../shared/corpus/names beside the repository).")
  Path corpus;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write the report (default: jobs/screening/NAME-QUALITY.md).")
  Path out;

  @Option(
      names = "--threshold",
      paramLabel = "SCORE",
      description = "Default threshold to report on (default: the engine's).")
  Double threshold;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path root = Paths.get(System.getProperty("piu.root", ".")).toAbsolutePath().normalize();
    Path folder = corpus != null ? corpus : root.resolve("../shared/corpus/names").normalize();
    Path report = out != null ? out : root.resolve("jobs/screening/NAME-QUALITY.md");
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("no corpus folder " + folder);
    }
    NameMatchingSettings settings = NameMatchingSettings.defaults();
    if (threshold != null) {
      settings = settings.withDefaultThreshold(threshold);
    }
    String markdown = new NameQualityReport(folder, settings).run();
    Files.writeString(report, markdown, StandardCharsets.UTF_8);
    spec.commandLine().getOut().println("wrote " + report);
    return 0;
  }
}
