package eu.piu.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Reads Elasticsearch and the Flink REST API as the operators' tools would. */
public final class HttpJson {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private HttpJson() {}

  public static JsonNode get(String url) {
    return call(HttpRequest.newBuilder(URI.create(url)).GET().build());
  }

  public static JsonNode post(String url, String body) {
    return call(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** Ids of every document of an index (refreshed first), or empty if it does not exist yet. */
  public static List<String> documentIds(String elasticsearch, String index) {
    try {
      post(elasticsearch + "/" + index + "/_refresh", "");
      JsonNode hits =
          post(
                  elasticsearch + "/" + index + "/_search",
                  "{\"size\":10000,\"_source\":false,\"query\":{\"match_all\":{}}}")
              .path("hits")
              .path("hits");
      List<String> ids = new ArrayList<>();
      hits.forEach(hit -> ids.add(hit.path("_id").asText()));
      return ids;
    } catch (IllegalStateException notYetCreated) {
      return List.of();
    }
  }

  /** Every document of an index (refreshed first) as {@code _search} answers: ids and sources. */
  public static JsonNode allDocuments(String elasticsearch, String index) {
    post(elasticsearch + "/" + index + "/_refresh", "");
    return post(
            elasticsearch + "/" + index + "/_search",
            "{\"size\":10000,\"query\":{\"match_all\":{}}}")
        .path("hits")
        .path("hits");
  }

  public static JsonNode document(String elasticsearch, String index, String id) {
    return get(elasticsearch + "/" + index + "/_doc/" + id).path("_source");
  }

  private static JsonNode call(HttpRequest request) {
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(
            request.uri() + " answered " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
