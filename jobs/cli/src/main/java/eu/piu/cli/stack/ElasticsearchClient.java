package eu.piu.cli.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** The few Elasticsearch REST calls the tool makes to report what the job wrote. */
public final class ElasticsearchClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String url;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public ElasticsearchClient(String url) {
    this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  public String url() {
    return url;
  }

  /** Cluster health status (green, yellow, red) and version, e.g. "green, 7.17.28". */
  public String describe() throws IOException {
    String version = get("/").path("version").path("number").asText("?");
    String health = get("/_cluster/health").path("status").asText("?");
    return health + ", Elasticsearch " + version;
  }

  /** Documents per index matching {@code pattern} (e.g. {@code piu-*}), by index name. */
  public Map<String, Long> documentCounts(String pattern) throws IOException {
    JsonNode indices = get("/_cat/indices/" + pattern + "?format=json&h=index,docs.count&s=index");
    Map<String, Long> counts = new LinkedHashMap<>();
    for (JsonNode index : indices) {
      counts.put(index.path("index").asText(), index.path("docs.count").asLong());
    }
    return counts;
  }

  /** Makes what was indexed so far searchable (the jobs do not wait for refreshes). */
  public void refresh(String index) throws IOException {
    send("POST", "/" + index + "/_refresh", null);
  }

  /** Documents of {@code index} (an alias is fine) whose {@code field} is one of {@code values}. */
  public long countWhereIn(String index, String field, Collection<String> values)
      throws IOException {
    if (values.isEmpty()) {
      return 0;
    }
    ObjectNode query = JSON.createObjectNode();
    ArrayNode terms = query.putObject("query").putObject("terms").putArray(field);
    values.forEach(terms::add);
    return send("POST", "/" + index + "/_count", query).path("count").asLong();
  }

  public void deleteIndex(String index) throws IOException {
    send("DELETE", "/" + index, null);
  }

  public void deleteIndexTemplate(String name) throws IOException {
    send("DELETE", "/_index_template/" + name, null);
  }

  public JsonNode get(String path) throws IOException {
    return send("GET", path, null);
  }

  /** A search of {@code index} (an alias is fine) with a query DSL body. */
  public JsonNode search(String index, JsonNode body) throws IOException {
    return send("POST", "/" + index + "/_search", body);
  }

  private JsonNode send(String method, String path, JsonNode body) throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url + path))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new IOException(
            method + " " + path + " gave HTTP " + response.statusCode() + ": " + response.body());
      }
      return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException(method + " " + path + " interrupted");
    }
  }
}
