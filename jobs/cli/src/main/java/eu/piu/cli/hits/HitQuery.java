package eu.piu.cli.hits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The hits of one service in the hits index, oldest first, as a detached member reviews them: ids,
 * status, deadline, deciders' codes and relations; never names or documents, which stay in Kibana.
 */
public final class HitQuery {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One line of the list. */
  public record Row(
      String hitId,
      String status,
      String kind,
      boolean common,
      List<String> groupServices,
      Instant notifiedAt,
      Instant deadline,
      boolean overdue,
      String decidedBy) {

    /** How long the hit has waited since its notification, at {@code now}. */
    public Duration age(Instant now) {
      return Duration.between(notifiedAt, now);
    }
  }

  private HitQuery() {}

  public static JsonNode body(String service, List<String> statuses, int limit) {
    ObjectNode body = JSON.createObjectNode();
    body.put("size", limit);
    ArrayNode filters = body.putObject("query").putObject("bool").putArray("filter");
    filters.addObject().putObject("term").put("services", service);
    if (!statuses.isEmpty()) {
      ArrayNode terms = filters.addObject().putObject("terms").putArray("status");
      statuses.forEach(terms::add);
    }
    body.putArray("sort").addObject().put("notifiedAt", "asc");
    return body;
  }

  public static List<Row> rows(JsonNode response) {
    List<Row> rows = new ArrayList<>();
    for (JsonNode hit : response.path("hits").path("hits")) {
      JsonNode source = hit.path("_source");
      List<String> group = new ArrayList<>();
      source.path("groupServices").forEach(s -> group.add(s.asText()));
      rows.add(
          new Row(
              source.path("hitId").asText(),
              source.path("status").asText(),
              source.path("kind").asText(),
              source.path("common").asBoolean(),
              group,
              Instant.parse(source.path("notifiedAt").asText()),
              Instant.parse(source.path("deadlineAt").asText()),
              source.path("overdue").asBoolean(),
              source.path("decidedBy").isNull() ? "" : source.path("decidedBy").asText("")));
    }
    return rows;
  }
}
