package eu.piu.ingest;

import static eu.piu.ingest.IngestDescriptors.API_LISTS_READ;
import static eu.piu.ingest.IngestDescriptors.API_ONLY_PNRS;
import static eu.piu.ingest.IngestDescriptors.AUDIT;
import static eu.piu.ingest.IngestDescriptors.DEAD_LETTERS;
import static eu.piu.ingest.IngestDescriptors.PUSHES;

import eu.piu.connectors.deployment.JobEnvironments;
import eu.piu.connectors.elasticsearch.ElasticsearchSettings;
import eu.piu.connectors.elasticsearch.IdempotentElasticsearchSink;
import eu.piu.connectors.kafka.AvroRecordSerializer;
import eu.piu.connectors.kafka.KafkaSettings;
import eu.piu.connectors.kafka.KafkaTopicSource;
import eu.piu.connectors.kafka.TopicNames;
import eu.piu.connectors.kafka.TransactionalKafkaSink;
import eu.piu.connectors.serde.AvroDocuments;
import eu.piu.ingest.api.ApiJoinFunction;
import eu.piu.ingest.api.BookingsOnFlights;
import eu.piu.ingest.audit.IngestAuditEvents;
import eu.piu.ingest.compliance.PushComplianceFunction;
import eu.piu.ingest.internal.ApiMatch;
import eu.piu.ingest.internal.EncodedPnr;
import eu.piu.ingest.internal.FlightBooking;
import eu.piu.ingest.internal.FlightPush;
import eu.piu.ingest.internal.PushCompliance;
import eu.piu.ingest.internal.ReceivedMessage;
import eu.piu.ingest.message.DecodeCarrierMessage;
import eu.piu.ingest.message.IngestDeadLetters;
import eu.piu.ingest.message.MultiPartAssemblyFunction;
import eu.piu.ingest.message.ParseCarrierMessage;
import eu.piu.ingest.versions.EncodePnr;
import eu.piu.ingest.versions.EncodedPnrSerializer;
import eu.piu.ingest.versions.PnrVersionFunction;
import eu.piu.schema.AuditEvent;
import eu.piu.schema.DeadLetter;
import eu.piu.schema.Pnr;
import eu.piu.schema.internal.SourceRecord;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * The ingestion job: carriers' PNRGOV and PAXLST messages in; PNR versions for the screening job,
 * dead letters, the audit journal and push-compliance documents out.
 *
 * <pre>
 * carrier-messages ─► decode ─► receipt ─► join parts ─► parse (R10 out) ───┬─► PNRs, encoded ────┐
 *                                                                          │                     │
 *      PNRs ─► bookings per flight ─► keyBy(flight) ─┐                      │                     │
 *      API lists ─────────────────► keyBy(flight) ──┴─► API join ─► matches ─► keyBy(pnrId) ─┐    │
 *                                                       └─► API-only PNRs ─► keyBy(pnrId) ───┤◄───┘
 *                                                                                             ▼
 *                                   PNR versions (latest wins, re-sends dropped, API data) ─► pnr
 *      pushes ─► keyBy(flight/origin) ─► push compliance ─► piu-push-compliance
 * every step ─► audit events ─► audit (the audit job indexes them);  rejects (redacted) ─► dead-letters
 * </pre>
 */
public final class IngestJob {

  /** Where the job reads: raw Kafka records, decoded inside the job so failures dead-letter. */
  public record Sources(Source<SourceRecord, ?, ?> carrierMessages) {}

  /** Where the job writes; PNR versions come already in the pnr topic's encoding. */
  public record Sinks(
      Sink<EncodedPnr> pnr,
      Sink<AuditEvent> audit,
      Sink<DeadLetter> deadLetters,
      Sink<PushCompliance> pushComplianceIndex) {}

  private final Sources sources;
  private final Sinks sinks;
  private final Configuration options;

  public IngestJob(Sources sources, Sinks sinks, Configuration options) {
    this.sources = sources;
    this.sinks = sinks;
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Configuration options = ParameterTool.fromArgs(args).getConfiguration();
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    new IngestJob(kafkaSources(options), productionSinks(options), options).build(env);
    env.execute("piu-ingest");
  }

  /** Wires the topology into {@code env}; the caller executes it. */
  public void build(StreamExecutionEnvironment env) {
    // No function keeps or mutates its input records, so chained operators may share them.
    env.getConfig().enableObjectReuse();
    JobEnvironments.prepare(
        env,
        options.get(IngestOptions.MAX_PARALLELISM),
        options.get(IngestOptions.CHECKPOINT_INTERVAL));
    Duration retention = options.get(IngestOptions.RETENTION_AFTER_ARRIVAL);
    Map<String, String> sensitiveDataPolicy = sensitiveDataPolicy(options);

    SingleOutputStreamOperator<ReceivedMessage> received =
        env.fromSource(
                sources.carrierMessages(),
                WatermarkStrategy.noWatermarks(),
                "carrier-messages topic")
            .uid("carrier-messages-source")
            .process(new DecodeCarrierMessage(sensitiveDataPolicy))
            .returns(new AvroTypeInfo<>(ReceivedMessage.class))
            .uid("decode-carrier-messages")
            .name("decode carrier message or dead-letter");

    SingleOutputStreamOperator<Pnr> parsed =
        received
            .assignTimestampsAndWatermarks(receiptWatermarks())
            .uid("receipt-watermarks")
            .name("event time: receipt")
            .keyBy(MultiPartAssemblyFunction::keyOf)
            .process(new MultiPartAssemblyFunction(options.get(IngestOptions.MULTI_PART_WAIT)))
            .returns(new AvroTypeInfo<>(ReceivedMessage.class))
            .uid("multi-part-assembly")
            .name("join the parts of multi-part messages")
            .process(new ParseCarrierMessage(sensitiveDataPolicy))
            .returns(new AvroTypeInfo<>(Pnr.class))
            .uid("parse-carrier-messages")
            .name("parse PNRGOV and PAXLST, sensitive data removed");

    SingleOutputStreamOperator<ApiMatch> apiMatches =
        parsed
            .flatMap(new BookingsOnFlights(retention))
            .returns(new AvroTypeInfo<>(FlightBooking.class))
            .uid("pnr-bookings-on-flights")
            .name("PNR → booking per flight")
            .keyBy(FlightBooking::getFlightKey)
            .connect(parsed.getSideOutput(API_LISTS_READ).keyBy(FlightKeys::ofList))
            .process(new ApiJoinFunction(retention, options.get(IngestOptions.API_WAIT_FOR_PNR)))
            .returns(new AvroTypeInfo<>(ApiMatch.class))
            .uid("api-join")
            .name("join API travellers to PNR passengers, per flight");

    // Encoded next to where they come from, so that PNRs cross to their versions as bytes.
    DataStream<EncodedPnr> pushedPnrs =
        parsed
            .map(new EncodePnr(retention))
            .returns(new AvroTypeInfo<>(EncodedPnr.class))
            .uid("encode-pnrs")
            .name("PNR → topic encoding and content hash");
    DataStream<EncodedPnr> apiOnlyPnrs =
        apiMatches
            .getSideOutput(API_ONLY_PNRS)
            .map(new EncodePnr(retention))
            .returns(new AvroTypeInfo<>(EncodedPnr.class))
            .uid("encode-api-only-pnrs")
            .name("API-only PNR → topic encoding and content hash");

    SingleOutputStreamOperator<EncodedPnr> pnrVersions =
        pushedPnrs
            .union(apiOnlyPnrs)
            .keyBy(EncodedPnr::getPnrId)
            .connect(apiMatches.keyBy(ApiMatch::getPnrId))
            .process(new PnrVersionFunction(retention))
            .returns(new AvroTypeInfo<>(EncodedPnr.class))
            .uid("pnr-versions")
            .name("PNR versions: latest wins, re-sends dropped, API data joined");

    SingleOutputStreamOperator<PushCompliance> pushCompliance =
        parsed
            .getSideOutput(PUSHES)
            .keyBy(FlightPush::getFlightKey)
            .process(
                new PushComplianceFunction(
                    options.get(IngestOptions.CLOSURE_WINDOW),
                    options.get(IngestOptions.LATE_PUSH),
                    retention))
            .returns(new AvroTypeInfo<>(PushCompliance.class))
            .uid("push-compliance")
            .name("push compliance per flight");

    DataStream<DeadLetter> deadLetters =
        received.getSideOutput(DEAD_LETTERS).union(parsed.getSideOutput(DEAD_LETTERS));
    DataStream<AuditEvent> audit =
        received
            .getSideOutput(AUDIT)
            .union(
                parsed.getSideOutput(AUDIT),
                pnrVersions.getSideOutput(AUDIT),
                deadLetters
                    .map(
                        letter ->
                            IngestAuditEvents.deadLetter(letter, IngestDeadLetters.idOf(letter)))
                    .returns(new AvroTypeInfo<>(AuditEvent.class))
                    .uid("dead-letters-as-audit")
                    .name("dead letter → audit event"));

    pnrVersions.sinkTo(sinks.pnr()).uid("pnr-to-kafka").name("PNR versions → Kafka");
    audit.sinkTo(sinks.audit()).uid("audit-to-kafka").name("audit → Kafka");
    deadLetters
        .sinkTo(sinks.deadLetters())
        .uid("dead-letters-to-kafka")
        .name("dead letters → Kafka");
    pushCompliance
        .sinkTo(sinks.pushComplianceIndex())
        .uid("push-compliance-to-elasticsearch")
        .name("push compliance → Elasticsearch");
  }

  /**
   * Event time is the gateway's receipt time: it orders the pushes of a carrier as they came, and
   * drives the timers that forget flights once they are over.
   */
  private WatermarkStrategy<ReceivedMessage> receiptWatermarks() {
    return WatermarkStrategy.<ReceivedMessage>forBoundedOutOfOrderness(
            options.get(IngestOptions.MAX_OUT_OF_ORDERNESS))
        .withTimestampAssigner((message, kafkaTime) -> message.getReceivedAt().toEpochMilli())
        .withIdleness(options.get(IngestOptions.SOURCE_IDLENESS));
  }

  /** The R10 code lists ({@code piu.sensitive.*}) as the parser reads them. */
  static Map<String, String> sensitiveDataPolicy(Configuration options) {
    Map<String, String> policy = new TreeMap<>();
    options
        .toMap()
        .forEach(
            (key, value) -> {
              if (key.startsWith("piu.sensitive.")) {
                policy.put(key, value);
              }
            });
    return policy;
  }

  /** The job's Kafka source, from the options. */
  public static Sources kafkaSources(Configuration options) {
    KafkaSettings kafka = KafkaSettings.of(options.get(IngestOptions.KAFKA_BOOTSTRAP_SERVERS));
    TopicNames topics = new TopicNames(options.get(IngestOptions.TOPIC_PREFIX));
    OffsetsInitializer start =
        OffsetsInitializer.committedOffsets(
            options.get(IngestOptions.FROM_EARLIEST)
                ? OffsetResetStrategy.EARLIEST
                : OffsetResetStrategy.LATEST);
    return new Sources(
        KafkaTopicSource.of(
            kafka,
            options.get(IngestOptions.CONSUMER_GROUP),
            List.of(topics.carrierMessages()),
            start));
  }

  /** The job's Kafka (exactly-once) and Elasticsearch (idempotent) sinks, from the options. */
  public static Sinks productionSinks(Configuration options) {
    KafkaSettings kafka = KafkaSettings.of(options.get(IngestOptions.KAFKA_BOOTSTRAP_SERVERS));
    TopicNames topics = new TopicNames(options.get(IngestOptions.TOPIC_PREFIX));
    String prefix = options.get(IngestOptions.TRANSACTIONAL_ID_PREFIX);
    Duration timeout = options.get(IngestOptions.TRANSACTION_TIMEOUT);
    ElasticsearchSettings elasticsearch =
        ElasticsearchSettings.of(options.get(IngestOptions.ELASTICSEARCH_URL));
    return new Sinks(
        TransactionalKafkaSink.of(
            kafka,
            new EncodedPnrSerializer(topics.pnr()),
            DeliveryGuarantee.EXACTLY_ONCE,
            prefix + "-pnr",
            timeout),
        TransactionalKafkaSink.of(
            kafka,
            AvroRecordSerializer.toTopic(AuditEvent.class, topics.audit(), AuditEvent::getEventId),
            DeliveryGuarantee.EXACTLY_ONCE,
            prefix + "-audit",
            timeout),
        TransactionalKafkaSink.of(
            kafka,
            AvroRecordSerializer.toTopic(
                DeadLetter.class, topics.deadLetters(), IngestDeadLetters::idOf),
            DeliveryGuarantee.EXACTLY_ONCE,
            prefix + "-dead-letters",
            timeout),
        IdempotentElasticsearchSink.of(
            elasticsearch,
            options.get(IngestOptions.PUSH_COMPLIANCE_INDEX),
            PushCompliance::getDocumentId,
            AvroDocuments::of));
  }
}
