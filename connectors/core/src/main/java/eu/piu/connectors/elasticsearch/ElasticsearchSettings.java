package eu.piu.connectors.elasticsearch;

import java.io.Serializable;
import java.time.Duration;

/** Where Elasticsearch is and how the jobs' bulk writes flush. */
public record ElasticsearchSettings(String url, int bulkMaxActions, Duration bulkInterval)
    implements Serializable {

  public static ElasticsearchSettings of(String url) {
    return new ElasticsearchSettings(url, 1000, Duration.ofMillis(500));
  }
}
