package eu.piu.audit;

import eu.piu.connectors.deadletter.DeadLetters;
import eu.piu.connectors.deadletter.DecodeOrDeadLetter;
import eu.piu.connectors.deadletter.RecordValidator;
import eu.piu.connectors.deployment.DeploymentOptions;
import eu.piu.connectors.deployment.JobEnvironments;
import eu.piu.connectors.elasticsearch.ElasticsearchSettings;
import eu.piu.connectors.elasticsearch.IdempotentElasticsearchSink;
import eu.piu.connectors.kafka.AvroRecordSerializer;
import eu.piu.connectors.kafka.KafkaSettings;
import eu.piu.connectors.kafka.KafkaTopicSource;
import eu.piu.connectors.kafka.TopicNames;
import eu.piu.connectors.kafka.TransactionalKafkaSink;
import eu.piu.connectors.serde.AvroCodec;
import eu.piu.connectors.serde.AvroDocuments;
import eu.piu.schema.AuditEvent;
import eu.piu.schema.DeadLetter;
import eu.piu.schema.internal.SourceRecord;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.java.utils.ParameterTool;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.OutputTag;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * The audit job: the journal every job writes to the audit topic, into the Elasticsearch audit
 * index the DPO queries (one document per event, id = event id, so a replay overwrites).
 *
 * <p>It runs apart from the jobs that write the journal, so that a slow index never delays their
 * checkpoints, and so the hits they make visible; the hash chain of the journal belongs here too.
 *
 * <pre>
 * audit topic ─► decode or dead-letter ─► audit index
 * </pre>
 */
public final class AuditJob {

  public static final String JOB = "audit";

  static final OutputTag<DeadLetter> DEAD_LETTERS =
      new OutputTag<>("dead-letters", new AvroTypeInfo<>(DeadLetter.class));

  /** Where the job writes. */
  public record Sinks(Sink<AuditEvent> auditIndex, Sink<DeadLetter> deadLetters) {}

  private final Source<SourceRecord, ?, ?> audit;
  private final Sinks sinks;
  private final Configuration options;

  public AuditJob(Source<SourceRecord, ?, ?> audit, Sinks sinks, Configuration options) {
    this.audit = audit;
    this.sinks = sinks;
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Configuration options = ParameterTool.fromArgs(args).getConfiguration();
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    new AuditJob(kafkaSource(options), productionSinks(options), options).build(env);
    env.execute("piu-audit");
  }

  /** Wires the topology into {@code env}; the caller executes it. */
  public void build(StreamExecutionEnvironment env) {
    env.getConfig().enableObjectReuse();
    JobEnvironments.prepare(
        env,
        options.get(DeploymentOptions.MAX_PARALLELISM),
        options.get(AuditOptions.CHECKPOINT_INTERVAL));
    SingleOutputStreamOperator<AuditEvent> events =
        env.fromSource(audit, WatermarkStrategy.noWatermarks(), "audit topic")
            .uid("audit-source")
            .process(
                new DecodeOrDeadLetter<>(
                    AvroCodec.of(AuditEvent.class),
                    RecordValidator.<AuditEvent>acceptAll(),
                    DEAD_LETTERS,
                    JOB))
            .returns(new AvroTypeInfo<>(AuditEvent.class))
            .uid("decode-audit")
            .name("decode audit event or dead-letter");
    events.sinkTo(sinks.auditIndex()).uid("audit-to-elasticsearch").name("audit → Elasticsearch");
    events
        .getSideOutput(DEAD_LETTERS)
        .sinkTo(sinks.deadLetters())
        .uid("dead-letters-to-kafka")
        .name("dead letters → Kafka");
  }

  public static Source<SourceRecord, ?, ?> kafkaSource(Configuration options) {
    TopicNames topics = new TopicNames(options.get(DeploymentOptions.TOPIC_PREFIX));
    return KafkaTopicSource.of(
        KafkaSettings.of(options.get(DeploymentOptions.KAFKA_BOOTSTRAP_SERVERS)),
        options.get(AuditOptions.CONSUMER_GROUP),
        List.of(topics.audit()),
        OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST));
  }

  public static Sinks productionSinks(Configuration options) {
    TopicNames topics = new TopicNames(options.get(DeploymentOptions.TOPIC_PREFIX));
    return new Sinks(
        IdempotentElasticsearchSink.of(
            ElasticsearchSettings.of(options.get(DeploymentOptions.ELASTICSEARCH_URL)),
            options.get(DeploymentOptions.AUDIT_INDEX),
            AuditEvent::getEventId,
            AvroDocuments::of),
        TransactionalKafkaSink.of(
            KafkaSettings.of(options.get(DeploymentOptions.KAFKA_BOOTSTRAP_SERVERS)),
            AvroRecordSerializer.toTopic(DeadLetter.class, topics.deadLetters(), DeadLetters::idOf),
            DeliveryGuarantee.EXACTLY_ONCE,
            options.get(AuditOptions.TRANSACTIONAL_ID_PREFIX) + "-dead-letters",
            options.get(DeploymentOptions.TRANSACTION_TIMEOUT)));
  }
}
