package eu.piu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** ./piu score-names on the fixture pairs: every row scored, decided and explained. */
class ScoreNamesCommandTest {

  static Path fixture(String name) {
    try {
      return Path.of(ScoreNamesCommandTest.class.getResource("/names/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine commandLine = Piu.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(new StringWriter()));
    assertThat(commandLine.execute(args)).isZero();
    return out.toString();
  }

  @Test
  void csvOutputHasOneRowPerPairWithScoreDecisionAndExplanation() {
    List<String> lines = run("score-names", fixture("pairs.csv").toString()).lines().toList();
    assertThat(lines.get(0)).endsWith("score,decision,explanation");
    assertThat(lines).hasSize(7);
    assertThat(lines.get(1)).contains(",match,").contains("smyth~smith", "dateOfBirth same");
    assertThat(lines.get(2)).contains(",match,");
    assertThat(lines.get(3)).contains(",match,");
    assertThat(lines.get(4)).contains(",no match,").contains("passenger only");
    assertThat(lines.get(5)).contains(",no match,");
    assertThat(lines.get(6)).contains(",match,").contains("dateOfBirth different");
  }

  @Test
  void jsonOutputCarriesTheExplanation() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> rows = new ArrayList<>();
    for (String line :
        run("score-names", "--format", "json", fixture("pairs.csv").toString()).lines().toList()) {
      rows.add(mapper.readTree(line));
    }
    assertThat(rows).hasSize(6);
    JsonNode first = rows.get(0);
    assertThat(first.get("decision").asText()).isEqualTo("match");
    assertThat(first.get("explanation").get("aligned")).hasSize(2);
    assertThat(first.get("explanation").get("adjustments").get(0).get("field").asText())
        .isEqualTo("dateOfBirth");
    assertThat(rows.get(3).get("decision").asText()).isEqualTo("no match");
  }

  @Test
  void aStricterThresholdTurnsAMatchIntoNone() {
    List<String> lines =
        run("score-names", "--threshold", "0.99", fixture("pairs.csv").toString()).lines().toList();
    // Same name, different date of birth: 1.0 - 0.12, a match at 0.85 but not at 0.99.
    assertThat(lines.get(6)).contains(",no match,").contains("< threshold 0.99");
  }
}
