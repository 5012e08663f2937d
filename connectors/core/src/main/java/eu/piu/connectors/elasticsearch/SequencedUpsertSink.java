package eu.piu.connectors.elasticsearch;

import eu.piu.connectors.elasticsearch.IdempotentElasticsearchSink.DocumentBody;
import eu.piu.connectors.elasticsearch.IdempotentElasticsearchSink.DocumentId;
import java.util.Map;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.elasticsearch.sink.Elasticsearch7SinkBuilder;
import org.apache.flink.connector.elasticsearch.sink.ElasticsearchSink;
import org.apache.http.HttpHost;
import org.elasticsearch.action.update.UpdateRequest;
import org.elasticsearch.script.Script;
import org.elasticsearch.script.ScriptType;

/**
 * Writes whole documents that change over time (a hit through its lifecycle) under a stable id,
 * keeping the one with the highest {@code sequence}: a replay after a restore rewrites older
 * states, and they must not regress what a later write already showed. A stale write is a no-op,
 * not a version conflict, because the Flink Elasticsearch sink fails the job on any failed bulk
 * item.
 *
 * <p>The index may be a write alias: updates resolve to its write index. A document last written
 * before a rollover stays in the older index, and a later state then lands in the new one; readers
 * take the highest sequence per id.
 */
public final class SequencedUpsertSink {

  /** The document field holding the sequence; every document must carry it. */
  public static final String SEQUENCE = "sequence";

  static final String KEEP_NEWEST =
      "if (ctx._source.sequence == null || ctx._source.sequence < params.doc.sequence) {"
          + " ctx._source.clear(); ctx._source.putAll(params.doc); } else { ctx.op = 'noop'; }";

  private SequencedUpsertSink() {}

  public static <T> ElasticsearchSink<T> of(
      ElasticsearchSettings settings, String index, DocumentId<T> id, DocumentBody<T> body) {
    return new Elasticsearch7SinkBuilder<T>()
        .setHosts(HttpHost.create(settings.url()))
        .setBulkFlushMaxActions(settings.bulkMaxActions())
        .setBulkFlushInterval(settings.bulkInterval().toMillis())
        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
        .setEmitter((element, context, indexer) -> indexer.add(request(index, id, body, element)))
        .build();
  }

  static <T> UpdateRequest request(
      String index, DocumentId<T> id, DocumentBody<T> body, T element) {
    Map<String, Object> document = body.of(element);
    if (!(document.get(SEQUENCE) instanceof Number)) {
      throw new IllegalArgumentException("a sequenced document needs a numeric " + SEQUENCE);
    }
    Script script = new Script(ScriptType.INLINE, "painless", KEEP_NEWEST, Map.of("doc", document));
    return new UpdateRequest(index, id.of(element))
        .script(script)
        .scriptedUpsert(true)
        .upsert(Map.of())
        // Two writes of one hit within a bulk request may race on the same shard.
        .retryOnConflict(3);
  }
}
