package eu.piu.cli;

import static eu.piu.cli.ScoreNamesCommandTest.fixture;
import static eu.piu.cli.ScoreNamesCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ./piu screen on the fixture files, CSV and JSON lines. */
class ScreenCommandTest {

  private static List<JsonNode> hits(String... args) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> hits = new ArrayList<>();
    for (String line : run(args).lines().toList()) {
      hits.add(mapper.readTree(line));
    }
    return hits;
  }

  @Test
  void csvPersonsHitTheirEntriesAcrossScriptsAndOrders() throws Exception {
    List<JsonNode> hits =
        hits(
            "screen",
            "--watchlist",
            fixture("watchlist.csv").toString(),
            "--persons",
            fixture("persons.csv").toString());
    assertThat(hits)
        .extracting(h -> h.get("personId").asText() + "->" + h.get("entryId").asText())
        .containsExactly("P1->A1", "P2->A2", "P3->B1");
    JsonNode first = hits.get(0);
    assertThat(first.get("matchedName").asText()).isEqualTo("Karim Benali");
    assertThat(first.get("reason").asText()).contains("benalli~benali", "threshold");
    assertThat(first.get("evidence"))
        .extracting(e -> e.get("field").asText())
        .containsExactly("name", "dateOfBirth", "nationality");
  }

  @Test
  void aListThresholdAppliesToThatListOnly() throws Exception {
    List<JsonNode> hits =
        hits(
            "screen",
            "--watchlist",
            fixture("watchlist.csv").toString(),
            "--persons",
            fixture("persons.csv").toString(),
            "--threshold",
            "0.9",
            "--list-threshold",
            "fictional-b=0.95");
    assertThat(hits)
        .extracting(h -> h.get("entryId").asText() + "@" + h.get("threshold").asDouble())
        .containsExactly("A1@0.9", "A2@0.9", "B1@0.95");
  }

  @Test
  void jsonLinesFilesWorkTheSameAndAliasesMatch() throws Exception {
    List<JsonNode> hits =
        hits(
            "screen",
            "--watchlist",
            fixture("watchlist.jsonl").toString(),
            "--persons",
            fixture("persons.jsonl").toString());
    assertThat(hits)
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.get("entryId").asText()).isEqualTo("A1");
              assertThat(h.get("matchedName").asText()).isEqualTo("Abu Karim");
            });
  }
}
