package eu.piu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.piu.cli.names.NameQualityReport;
import eu.piu.screening.names.NameMatchingSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The quality targets on the public corpus beside the checkout (../shared/corpus/names), skipped
 * where it is absent: recall of the altered UN names >= 99% with at most 1% of 100,000 negatives
 * alerting when a date of birth is given.
 */
class NameQualityCorpusTest {

  static final Path CORPUS = Path.of("../../../shared/corpus/names");

  @Test
  void theEngineMeetsTheRecallAndAlertRateTargets() {
    assumeTrue(
        Files.isDirectory(CORPUS.resolve("un-sanctions-altered")),
        "no name corpus at " + CORPUS.toAbsolutePath().normalize() + ": skipped");
    NameQualityReport report = new NameQualityReport(CORPUS, NameMatchingSettings.defaults());
    String markdown = report.run();
    NameQualityReport.Figures figures = report.figures();
    assertThat(figures.unRecallWithFacts()).isGreaterThanOrEqualTo(0.99);
    assertThat(figures.negativeAlertRateWithDateOfBirth()).isLessThanOrEqualTo(0.01);
    assertThat(markdown).contains("## Transliterated name tokens by script");
  }
}
