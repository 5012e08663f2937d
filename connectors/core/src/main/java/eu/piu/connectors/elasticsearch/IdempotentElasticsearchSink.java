package eu.piu.connectors.elasticsearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.apache.flink.api.common.functions.Function;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.elasticsearch.sink.Elasticsearch7SinkBuilder;
import org.apache.flink.connector.elasticsearch.sink.ElasticsearchSink;
import org.apache.http.HttpHost;
import org.elasticsearch.action.index.IndexRequest;
import org.elasticsearch.common.xcontent.XContentType;

/**
 * Writes documents under a stable id, so that a replay after a restart overwrites what it wrote
 * before instead of adding copies; flushed at every checkpoint (at least once + idempotent).
 */
public final class IdempotentElasticsearchSink {

  /** Maps a record to its document id or body; serializable so the job graph can carry it. */
  @FunctionalInterface
  public interface DocumentId<T> extends Function {
    String of(T record);
  }

  /** Maps a record to its JSON document. */
  @FunctionalInterface
  public interface DocumentBody<T> extends Function {
    Map<String, Object> of(T record);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private IdempotentElasticsearchSink() {}

  public static <T> ElasticsearchSink<T> of(
      ElasticsearchSettings settings, String index, DocumentId<T> id, DocumentBody<T> body) {
    return new Elasticsearch7SinkBuilder<T>()
        .setHosts(HttpHost.create(settings.url()))
        .setBulkFlushMaxActions(settings.bulkMaxActions())
        .setBulkFlushInterval(settings.bulkInterval().toMillis())
        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
        .setEmitter(
            (element, context, indexer) ->
                indexer.add(
                    new IndexRequest(index)
                        .id(id.of(element))
                        .source(toJson(body.of(element)), XContentType.JSON)))
        .build();
  }

  static byte[] toJson(Map<String, Object> document) {
    try {
      return JSON.writeValueAsBytes(document);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("document is not serialisable to JSON", e);
    }
  }
}
