package eu.piu.hits;

import static eu.piu.hits.HitsDescriptors.AUDIT;
import static eu.piu.hits.HitsDescriptors.DEAD_LETTERS;
import static eu.piu.hits.HitsDescriptors.DECISION_RESULTS;
import static eu.piu.hits.HitsDescriptors.FOLLOW_UPS;
import static eu.piu.hits.HitsDescriptors.OCAM_TRANSFERS;
import static eu.piu.hits.HitsDescriptors.OVERDUE_ALERTS;

import eu.piu.connectors.deadletter.DeadLetters;
import eu.piu.connectors.deadletter.DecodeOrDeadLetter;
import eu.piu.connectors.deadletter.RecordValidator;
import eu.piu.connectors.deployment.JobEnvironments;
import eu.piu.connectors.elasticsearch.ElasticsearchSettings;
import eu.piu.connectors.elasticsearch.IdempotentElasticsearchSink;
import eu.piu.connectors.kafka.AvroRecordSerializer;
import eu.piu.connectors.kafka.KafkaSettings;
import eu.piu.connectors.kafka.KafkaTopicSource;
import eu.piu.connectors.kafka.TopicNames;
import eu.piu.connectors.kafka.TransactionalKafkaSink;
import eu.piu.connectors.serde.AvroCodec;
import eu.piu.hits.audit.HitsAuditEvents;
import eu.piu.hits.codes.CodeJournalFunction;
import eu.piu.hits.codes.CodeRegistryFunction;
import eu.piu.hits.disclosure.Disclosures;
import eu.piu.hits.index.HitDocuments;
import eu.piu.hits.lifecycle.HitLifecycle;
import eu.piu.hits.lifecycle.HitLifecycleFunction;
import eu.piu.hits.relations.HitGroups;
import eu.piu.hits.relations.HitRelationsFunction;
import eu.piu.schema.AuditEvent;
import eu.piu.schema.DeadLetter;
import eu.piu.schema.Decision;
import eu.piu.schema.DecisionResult;
import eu.piu.schema.FollowUp;
import eu.piu.schema.Hit;
import eu.piu.schema.IdentificationCode;
import eu.piu.schema.OcamTransfer;
import eu.piu.schema.OverdueAlert;
import eu.piu.schema.internal.GroupedHit;
import eu.piu.schema.internal.HitDecision;
import eu.piu.schema.internal.HitState;
import eu.piu.schema.internal.SourceRecord;
import java.time.Duration;
import java.util.List;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.java.utils.ParameterTool;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * The hits job: hits through their legal lifecycle. Hits, decisions and identification codes in;
 * the hits index, decision results, follow-ups, OCAM transfers, overdue alerts, audit events and
 * dead letters out.
 *
 * <pre>
 * hits ─► decode ─► event time: detectedAt ─► keyBy(person@flight) ─► relations ─► keyBy(hitId) ─┐
 * decisions ─► decode ─► event time: decidedAt ─► code registry ─(accepted)─► keyBy(hitId) ───────┴► lifecycle ─► index
 * identification-codes ─► decode ─┬─► broadcast ─► code registry          └► results, follow-ups, OCAM, alerts
 *                                 └─► keyBy(code) ─► journal each change
 * </pre>
 *
 * <p>Event time is the hits' detection time and the decisions' time, so a replay decides the same.
 * A partition silent for the idleness option stops holding back the watermark: when no hits come,
 * decisions alone move time on (and the reverse); when neither comes, time stands still and a
 * deadline passes only with the next hit or decision.
 */
public final class HitsJob {

  /** Where the job reads: raw Kafka records, decoded inside the job so failures dead-letter. */
  public record Sources(
      Source<SourceRecord, ?, ?> hits,
      Source<SourceRecord, ?, ?> decisions,
      Source<SourceRecord, ?, ?> identificationCodes) {}

  /** Where the job writes. */
  public record Sinks(
      Sink<HitState> hitIndex,
      Sink<DecisionResult> decisionResults,
      Sink<FollowUp> followUps,
      Sink<OcamTransfer> ocam,
      Sink<OverdueAlert> supervision,
      Sink<AuditEvent> audit,
      Sink<DeadLetter> deadLetters) {}

  private final Sources sources;
  private final Sinks sinks;
  private final Configuration options;

  public HitsJob(Sources sources, Sinks sinks, Configuration options) {
    this.sources = sources;
    this.sinks = sinks;
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Configuration options = ParameterTool.fromArgs(args).getConfiguration();
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    new HitsJob(kafkaSources(options), productionSinks(options), options).build(env);
    env.execute("piu-hits");
  }

  /** Wires the topology into {@code env}; the caller executes it. */
  public void build(StreamExecutionEnvironment env) {
    JobEnvironments.prepare(
        env,
        options.get(HitsOptions.MAX_PARALLELISM),
        options.get(HitsOptions.CHECKPOINT_INTERVAL));
    Duration retention = options.get(HitsOptions.RETENTION_AFTER_ARRIVAL);

    SingleOutputStreamOperator<Hit> hits =
        decode(env, sources.hits(), "hits", Hit.class, HitsValidations.hit());
    SingleOutputStreamOperator<Decision> decisions =
        decode(env, sources.decisions(), "decisions", Decision.class, HitsValidations.decision());
    SingleOutputStreamOperator<IdentificationCode> codes =
        decode(
            env,
            sources.identificationCodes(),
            "identification-codes",
            IdentificationCode.class,
            HitsValidations.identificationCode(
                options.get(HitsOptions.SERVICES), options.get(HitsOptions.PIU_SERVICE)));

    DataStream<IdentificationCode> codesInTime =
        codes
            .assignTimestampsAndWatermarks(IdleWatermarks.strategy())
            .uid("code-watermarks")
            .name("identification codes: idle watermarks");

    SingleOutputStreamOperator<GroupedHit> groupedHits =
        hits.assignTimestampsAndWatermarks(
                this.<Hit>eventTime()
                    .withTimestampAssigner((hit, ts) -> hit.getDetectedAt().toEpochMilli()))
            .uid("hit-watermarks")
            .name("hits event time: detection")
            .keyBy(HitGroups::keyOf)
            .process(new HitRelationsFunction(retention))
            .uid("hit-relations")
            .name("relate hits per person and flight");

    SingleOutputStreamOperator<HitDecision> acceptedDecisions =
        decisions
            .assignTimestampsAndWatermarks(
                this.<Decision>eventTime()
                    .withTimestampAssigner((d, ts) -> d.getDecidedAt().toEpochMilli()))
            .uid("decision-watermarks")
            .name("decisions event time: decidedAt")
            .connect(codesInTime.broadcast(HitsDescriptors.CODES))
            .process(new CodeRegistryFunction())
            .uid("code-registry")
            .name("identification code registry: who may decide");

    SingleOutputStreamOperator<AuditEvent> codeJournal =
        codesInTime
            .keyBy(IdentificationCode::getCode)
            .process(new CodeJournalFunction())
            .uid("code-journal")
            .name("journal each identification code change");

    SingleOutputStreamOperator<HitState> lifecycle =
        groupedHits
            .keyBy(GroupedHit::getHitId)
            .connect(acceptedDecisions.keyBy(d -> d.getDecision().getHitId()))
            .process(
                new HitLifecycleFunction(
                    new HitLifecycle(options.get(HitsOptions.VALIDATION_DEADLINE), retention),
                    new Disclosures(options.get(HitsOptions.FTF_LIST_ID)),
                    options.get(HitsOptions.DECISION_WAIT_FOR_HIT)))
            .uid("hit-lifecycle")
            .name("hit lifecycle: decisions, transfers, deadlines");

    DataStream<DeadLetter> deadLetters =
        hits.getSideOutput(DEAD_LETTERS)
            .union(decisions.getSideOutput(DEAD_LETTERS), codes.getSideOutput(DEAD_LETTERS));
    DataStream<AuditEvent> audit =
        lifecycle
            .getSideOutput(AUDIT)
            .union(
                acceptedDecisions.getSideOutput(AUDIT),
                codeJournal,
                deadLetters
                    .map(letter -> HitsAuditEvents.deadLetter(letter, DeadLetters.idOf(letter)))
                    .returns(new AvroTypeInfo<>(AuditEvent.class))
                    .uid("dead-letters-as-audit")
                    .name("dead letter → audit event"));

    lifecycle.sinkTo(sinks.hitIndex()).uid("hits-to-elasticsearch").name("hit states → index");
    acceptedDecisions
        .getSideOutput(DECISION_RESULTS)
        .union(lifecycle.getSideOutput(DECISION_RESULTS))
        .sinkTo(sinks.decisionResults())
        .uid("decision-results-to-kafka")
        .name("decision results → Kafka");
    lifecycle
        .getSideOutput(FOLLOW_UPS)
        .sinkTo(sinks.followUps())
        .uid("follow-ups-to-kafka")
        .name("follow-ups → Kafka, one topic per service");
    lifecycle
        .getSideOutput(OCAM_TRANSFERS)
        .sinkTo(sinks.ocam())
        .uid("ocam-to-kafka")
        .name("OCAM transfers → Kafka");
    lifecycle
        .getSideOutput(OVERDUE_ALERTS)
        .sinkTo(sinks.supervision())
        .uid("supervision-to-kafka")
        .name("overdue alerts → Kafka");
    audit.sinkTo(sinks.audit()).uid("audit-to-kafka").name("audit → Kafka");
    deadLetters
        .sinkTo(sinks.deadLetters())
        .uid("dead-letters-to-kafka")
        .name("dead letters → Kafka");
  }

  private <T> WatermarkStrategy<T> eventTime() {
    return WatermarkStrategy.<T>forBoundedOutOfOrderness(
            options.get(HitsOptions.MAX_OUT_OF_ORDERNESS))
        .withIdleness(options.get(HitsOptions.SOURCE_IDLENESS));
  }

  private static <T extends SpecificRecordBase> SingleOutputStreamOperator<T> decode(
      StreamExecutionEnvironment env,
      Source<SourceRecord, ?, ?> source,
      String name,
      Class<T> type,
      RecordValidator<T> validator) {
    return DecodeOrDeadLetter.fromTopic(
        env, source, name, type, validator, DEAD_LETTERS, HitsAuditEvents.JOB);
  }

  /** The job's Kafka sources, from the options. */
  public static Sources kafkaSources(Configuration options) {
    KafkaSettings kafka = KafkaSettings.of(options.get(HitsOptions.KAFKA_BOOTSTRAP_SERVERS));
    TopicNames topics = new TopicNames(options.get(HitsOptions.TOPIC_PREFIX));
    String group = options.get(HitsOptions.CONSUMER_GROUP);
    OffsetsInitializer start =
        OffsetsInitializer.committedOffsets(
            options.get(HitsOptions.FROM_EARLIEST)
                ? OffsetResetStrategy.EARLIEST
                : OffsetResetStrategy.LATEST);
    return new Sources(
        KafkaTopicSource.of(kafka, group, List.of(topics.hits()), start),
        KafkaTopicSource.of(kafka, group, List.of(topics.decisions()), start),
        // The code list is always read whole: the compacted topic is the list.
        KafkaTopicSource.of(
            kafka, group, List.of(topics.identificationCodes()), OffsetsInitializer.earliest()));
  }

  /** The job's Kafka (exactly-once) and Elasticsearch (idempotent, by hit id) sinks. */
  public static Sinks productionSinks(Configuration options) {
    KafkaSettings kafka = KafkaSettings.of(options.get(HitsOptions.KAFKA_BOOTSTRAP_SERVERS));
    TopicNames topics = new TopicNames(options.get(HitsOptions.TOPIC_PREFIX));
    String prefix = options.get(HitsOptions.TRANSACTIONAL_ID_PREFIX);
    Duration timeout = options.get(HitsOptions.TRANSACTION_TIMEOUT);
    ElasticsearchSettings elasticsearch =
        ElasticsearchSettings.of(options.get(HitsOptions.ELASTICSEARCH_URL));
    return new Sinks(
        // Whole documents from keyed state, in order per hit: the last write is the newest state.
        // A replay after a restore rewrites older states for a moment, then catches up.
        IdempotentElasticsearchSink.of(
            elasticsearch,
            options.get(HitsOptions.HITS_INDEX),
            HitDocuments::idOf,
            HitDocuments::of),
        TransactionalKafkaSink.of(
            kafka,
            AvroRecordSerializer.toTopic(
                DecisionResult.class, topics.decisionResults(), DecisionResult::getDecisionId),
            DeliveryGuarantee.EXACTLY_ONCE,
            prefix + "-decision-results",
            timeout),
        TransactionalKafkaSink.of(
            kafka,
            new AvroRecordSerializer<>(
                AvroCodec.of(FollowUp.class),
                f -> topics.followUp(f.getRecipientService()),
                FollowUp::getFollowUpId),
            DeliveryGuarantee.EXACTLY_ONCE,
            prefix + "-follow-ups",
            timeout),
        TransactionalKafkaSink.of(
            kafka,
            AvroRecordSerializer.toTopic(
                OcamTransfer.class, topics.ocam(), OcamTransfer::getTransferId),
            DeliveryGuarantee.EXACTLY_ONCE,
            prefix + "-ocam",
            timeout),
        TransactionalKafkaSink.of(
            kafka,
            AvroRecordSerializer.toTopic(
                OverdueAlert.class, topics.supervision(), OverdueAlert::getAlertId),
            DeliveryGuarantee.EXACTLY_ONCE,
            prefix + "-supervision",
            timeout),
        TransactionalKafkaSink.of(
            kafka,
            AvroRecordSerializer.toTopic(AuditEvent.class, topics.audit(), AuditEvent::getEventId),
            DeliveryGuarantee.EXACTLY_ONCE,
            prefix + "-audit",
            timeout),
        TransactionalKafkaSink.of(
            kafka,
            AvroRecordSerializer.toTopic(DeadLetter.class, topics.deadLetters(), DeadLetters::idOf),
            DeliveryGuarantee.EXACTLY_ONCE,
            prefix + "-dead-letters",
            timeout));
  }
}
