package eu.piu.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

/** The few REST calls the installer needs, over the JDK's HTTP client. */
final class ElasticsearchRest {

  record Response(String request, int status, String body) {
    boolean ok() {
      return status >= 200 && status < 300;
    }

    JsonNode json() throws IOException {
      return DashboardResources.JSON.readTree(body);
    }

    /** Fails with what Elasticsearch said when the call did not succeed. */
    Response orThrow() throws IOException {
      if (!ok()) {
        throw new IOException(request + " failed with HTTP " + status + ": " + body);
      }
      return this;
    }
  }

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final URI baseUrl;
  private final HttpClient http;

  ElasticsearchRest(URI baseUrl) {
    String url = baseUrl.toString();
    this.baseUrl = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  Response get(String path) throws IOException {
    return send("GET", path, BodyPublishers.noBody(), null);
  }

  Response head(String path) throws IOException {
    return send("HEAD", path, BodyPublishers.noBody(), null);
  }

  Response put(String path, JsonNode body) throws IOException {
    return send("PUT", path, json(body), "application/json");
  }

  Response post(String path, JsonNode body) throws IOException {
    return send("POST", path, json(body), "application/json");
  }

  /** Newline-delimited JSON, as {@code _bulk} wants it. */
  Response postNdjson(String path, String lines) throws IOException {
    return send("POST", path, BodyPublishers.ofString(lines), "application/x-ndjson");
  }

  private static BodyPublisher json(JsonNode body) throws IOException {
    return BodyPublishers.ofByteArray(DashboardResources.JSON.writeValueAsBytes(body));
  }

  private Response send(String method, String path, BodyPublisher body, String contentType)
      throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT).method(method, body);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    try {
      var response = http.send(request.build(), BodyHandlers.ofString());
      return new Response(method + " " + path, response.statusCode(), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException(method + " " + path + " interrupted");
    }
  }
}
