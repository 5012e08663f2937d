package eu.piu.cli.hits;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HitQueryTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void filtersOnTheServiceAndTheStatusesOldestFirst() {
    JsonNode body = HitQuery.body("POLICE", List.of("PENDING_VALIDATION"), 10);
    assertThat(body.path("size").asInt()).isEqualTo(10);
    JsonNode filters = body.path("query").path("bool").path("filter");
    assertThat(filters.get(0).path("term").path("services").asText()).isEqualTo("POLICE");
    assertThat(filters.get(1).path("terms").path("status").get(0).asText())
        .isEqualTo("PENDING_VALIDATION");
    assertThat(body.path("sort").get(0).path("notifiedAt").asText()).isEqualTo("asc");
    assertThat(HitQuery.body("POLICE", List.of(), 10).path("query").path("bool").path("filter"))
        .hasSize(1);
  }

  @Test
  void readsRowsWithTheirAgeAgainstTheDeadline() throws Exception {
    JsonNode response =
        JSON.readTree(
            """
            {"hits": {"hits": [{"_source": {
              "hitId": "h-1", "status": "PENDING_VALIDATION", "kind": "WATCHLIST",
              "common": true, "groupServices": ["POLICE", "VSSE"],
              "notifiedAt": "2026-11-22T08:00:00Z", "deadlineAt": "2026-11-23T08:00:00Z",
              "overdue": false, "decidedBy": null}}]}}
            """);
    List<HitQuery.Row> rows = HitQuery.rows(response);
    assertThat(rows)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.hitId()).isEqualTo("h-1");
              assertThat(row.common()).isTrue();
              assertThat(row.groupServices()).containsExactly("POLICE", "VSSE");
              assertThat(row.decidedBy()).isEmpty();
              assertThat(row.age(Instant.parse("2026-11-22T20:00:00Z")))
                  .isEqualTo(Duration.ofHours(12));
            });
  }
}
