package eu.piu.screening;

import static eu.piu.screening.ScreeningDescriptors.AUDIT;
import static eu.piu.screening.ScreeningDescriptors.DEAD_LETTERS;

import eu.piu.connectors.deadletter.DeadLetters;
import eu.piu.connectors.deadletter.DecodeOrDeadLetter;
import eu.piu.connectors.deadletter.RecordValidator;
import eu.piu.connectors.deployment.JobEnvironments;
import eu.piu.connectors.kafka.AvroRecordSerializer;
import eu.piu.connectors.kafka.KafkaSettings;
import eu.piu.connectors.kafka.KafkaTopicSource;
import eu.piu.connectors.kafka.TopicNames;
import eu.piu.connectors.kafka.TransactionalKafkaSink;
import eu.piu.connectors.serde.AvroCodec;
import eu.piu.schema.AuditEvent;
import eu.piu.schema.DeadLetter;
import eu.piu.schema.FlightLeg;
import eu.piu.schema.Hit;
import eu.piu.schema.Pnr;
import eu.piu.schema.Profile;
import eu.piu.schema.ServiceNotification;
import eu.piu.schema.WatchlistEntry;
import eu.piu.schema.internal.EntryAtKey;
import eu.piu.schema.internal.NameListUpdate;
import eu.piu.schema.internal.PassengerProbe;
import eu.piu.schema.internal.SourceRecord;
import eu.piu.screening.audit.AuditEvents;
import eu.piu.screening.hits.HitGroupingFunction;
import eu.piu.screening.hits.HitOnceFunction;
import eu.piu.screening.hits.NotificationPlanner;
import java.time.Duration;
import java.util.List;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.api.java.utils.ParameterTool;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * The screening job: PNR versions and reference data (watchlist entries, profiles) in; hits,
 * per-service notifications, audit events and dead letters out.
 *
 * <pre>
 * pnr ─► decode ─► watermarks ─► keyBy(pnrId) ─┬─► PNR versions ──(profile hits)─────────────────┐
 * profiles ─► decode ─► broadcast ─────────────┘     │ passengers          │ passengers under     │
 *                                                    ▼ keyBy(passenger)    ▼ their document keys  │
 * watchlist-entries ─► decode ─┬─► broadcast ─► name screening ─────────────────────────────────┤
 *          (+ re-screen ticks) │                                           │                     ▼
 *                              └─► keyBy(entry) ─► document keys ─► keyBy(key) ─► lookup ─► keyBy(hitId) ─► hit once
 *                                                                        ─► keyBy(person+flight) ─► notifications
 * </pre>
 */
public final class ScreeningJob {

  /** Where the job reads: raw Kafka records, decoded inside the job so failures dead-letter. */
  public record Sources(
      Source<SourceRecord, ?, ?> pnr,
      Source<SourceRecord, ?, ?> watchlistEntries,
      Source<SourceRecord, ?, ?> profiles,
      NameListReload nameList) {}

  /** Where the job writes. */
  public record Sinks(
      Sink<Hit> hits,
      Sink<ServiceNotification> notifications,
      Sink<AuditEvent> audit,
      Sink<DeadLetter> deadLetters) {}

  private final Sources sources;
  private final Sinks sinks;
  private final Configuration options;

  public ScreeningJob(Sources sources, Sinks sinks, Configuration options) {
    this.sources = sources;
    this.sinks = sinks;
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Configuration options = ParameterTool.fromArgs(args).getConfiguration();
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    new ScreeningJob(kafkaSources(options), productionSinks(options), options).build(env);
    env.execute("piu-screening");
  }

  /** Wires the topology into {@code env}; the caller executes it. */
  public void build(StreamExecutionEnvironment env) {
    // No function keeps or mutates its input records, so chained operators may share them.
    env.getConfig().enableObjectReuse();
    JobEnvironments.prepare(
        env,
        options.get(ScreeningOptions.MAX_PARALLELISM),
        options.get(ScreeningOptions.CHECKPOINT_INTERVAL));
    List<String> services = options.get(ScreeningOptions.SERVICES);
    Duration retention = options.get(ScreeningOptions.RETENTION_AFTER_ARRIVAL);
    Duration waitingTtl = options.get(ScreeningOptions.WAITING_PASSENGER_TTL);

    SingleOutputStreamOperator<Pnr> decodedPnrs =
        decode(env, sources.pnr(), "pnr", Pnr.class, Validations.pnr());
    DataStream<Pnr> pnrs =
        decodedPnrs
            .assignTimestampsAndWatermarks(pnrWatermarks())
            .uid("pnr-watermarks")
            .name("PNR event time: first departure");

    SingleOutputStreamOperator<WatchlistEntry> entries =
        decode(
            env,
            sources.watchlistEntries(),
            "watchlist-entries",
            WatchlistEntry.class,
            Validations.watchlistEntry(services));
    SingleOutputStreamOperator<Profile> profiles =
        decode(env, sources.profiles(), "profiles", Profile.class, Validations.profile(services));

    SingleOutputStreamOperator<Hit> profileHits =
        pnrs.keyBy(Pnr::getPnrId)
            .connect(
                profiles
                    .assignTimestampsAndWatermarks(ReferenceWatermarks.strategy())
                    .uid("profile-watermarks")
                    .name("profiles: idle watermarks")
                    .broadcast(ScreeningDescriptors.PROFILES))
            .process(new PnrScreeningFunction(retention, waitingTtl))
            .uid("pnr-screening")
            .name("PNR versions: profiles, watchlist probes");

    SingleOutputStreamOperator<EntryAtKey> entriesAtKeys =
        entries
            .assignTimestampsAndWatermarks(ReferenceWatermarks.strategy())
            .uid("entry-watermarks")
            .name("watchlist entries: idle watermarks")
            .keyBy(EntryIndexingFunction::keyOf)
            .process(new EntryIndexingFunction())
            .uid("watchlist-indexing")
            .name("watchlist entries → lookup keys");

    DataStream<Hit> nameHits =
        profileHits
            .getSideOutput(ScreeningDescriptors.NAME_PROBES)
            .keyBy(PassengerProbe::getPassengerRef)
            .connect(
                nameListUpdates(env, entries).broadcast(ScreeningDescriptors.NAME_RESCREEN_PENDING))
            .process(
                new NameScreeningFunction(
                    ScreeningOptions.nameMatching(options),
                    options.get(ScreeningOptions.RESCREEN_BATCH_SIZE),
                    options.get(ScreeningOptions.RESCREEN_SLICE),
                    sources.nameList(),
                    waitingTtl))
            .uid("name-screening")
            .name("name screening: passengers against the broadcast name index");

    DataStream<Hit> identifierHits =
        profileHits
            .getSideOutput(ScreeningDescriptors.PROBES)
            .keyBy(PassengerProbe::getLookupKey)
            .connect(entriesAtKeys.keyBy(EntryAtKey::getLookupKey))
            .process(new WatchlistLookupFunction(waitingTtl))
            .uid("watchlist-lookup")
            .name("identifier lookup: passengers meet entries by document number");

    SingleOutputStreamOperator<Hit> hits =
        profileHits
            .union(identifierHits, nameHits)
            .keyBy(Hit::getHitId)
            .process(new HitOnceFunction(retention))
            .uid("hit-once")
            .name("raise each hit once");

    SingleOutputStreamOperator<ServiceNotification> notifications =
        hits.keyBy(NotificationPlanner::groupKey)
            .process(new HitGroupingFunction(retention))
            .uid("hit-grouping")
            .name("group hits per person and flight, notify services");

    DataStream<DeadLetter> deadLetters =
        decodedPnrs
            .getSideOutput(DEAD_LETTERS)
            .union(entries.getSideOutput(DEAD_LETTERS), profiles.getSideOutput(DEAD_LETTERS));
    DataStream<AuditEvent> audit =
        profileHits
            .getSideOutput(AUDIT)
            .union(
                entriesAtKeys.getSideOutput(AUDIT),
                hits.getSideOutput(AUDIT),
                notifications.getSideOutput(AUDIT),
                deadLetters
                    .map(letter -> AuditEvents.deadLetter(letter, DeadLetters.idOf(letter)))
                    .returns(new AvroTypeInfo<>(AuditEvent.class))
                    .uid("dead-letters-as-audit")
                    .name("dead letter → audit event"));

    hits.sinkTo(sinks.hits()).uid("hits-to-kafka").name("hits → Kafka");
    notifications
        .sinkTo(sinks.notifications())
        .uid("notifications-to-kafka")
        .name("notifications → Kafka, one topic per service");
    audit.sinkTo(sinks.audit()).uid("audit-to-kafka").name("audit → Kafka");
    deadLetters
        .sinkTo(sinks.deadLetters())
        .uid("dead-letters-to-kafka")
        .name("dead letters → Kafka");
  }

  /**
   * Watchlist entries with names, and a tick every re-screen interval that lets the name screening
   * run its pending batch of changes even when no further change comes.
   */
  private DataStream<NameListUpdate> nameListUpdates(
      StreamExecutionEnvironment env, DataStream<WatchlistEntry> entries) {
    TypeInformation<NameListUpdate> type = new AvroTypeInfo<>(NameListUpdate.class);
    double ticksPerSecond = 1000.0 / options.get(ScreeningOptions.RESCREEN_INTERVAL).toMillis();
    DataStream<NameListUpdate> ticks =
        env.fromSource(
                new DataGeneratorSource<>(
                    tick -> new NameListUpdate(null),
                    Long.MAX_VALUE,
                    RateLimiterStrategy.perSecond(ticksPerSecond),
                    type),
                WatermarkStrategy.noWatermarks(),
                "re-screen ticks")
            .uid("rescreen-ticks")
            .setParallelism(1);
    return entries
        .map(NameListUpdate::new)
        .returns(type)
        .uid("entries-as-name-updates")
        .name("watchlist entry → name index update")
        .union(ticks)
        .assignTimestampsAndWatermarks(ReferenceWatermarks.strategy())
        .uid("name-update-watermarks")
        .name("name index updates: idle watermarks");
  }

  private static <T extends SpecificRecordBase> SingleOutputStreamOperator<T> decode(
      StreamExecutionEnvironment env,
      Source<SourceRecord, ?, ?> source,
      String name,
      Class<T> type,
      RecordValidator<T> validator) {
    return DecodeOrDeadLetter.fromTopic(
        env, source, name, type, validator, DEAD_LETTERS, AuditEvents.JOB);
  }

  private WatermarkStrategy<Pnr> pnrWatermarks() {
    return WatermarkStrategy.<Pnr>forBoundedOutOfOrderness(
            options.get(ScreeningOptions.MAX_OUT_OF_ORDERNESS))
        .withTimestampAssigner((pnr, recordTimestamp) -> firstDeparture(pnr))
        .withIdleness(options.get(ScreeningOptions.SOURCE_IDLENESS));
  }

  private static long firstDeparture(Pnr pnr) {
    long first = Long.MAX_VALUE;
    for (FlightLeg leg : pnr.getLegs()) {
      first = Math.min(first, leg.getScheduledDeparture().toEpochMilli());
    }
    return first;
  }

  /** The job's Kafka sources, from the options. */
  public static Sources kafkaSources(Configuration options) {
    KafkaSettings kafka = KafkaSettings.of(options.get(ScreeningOptions.KAFKA_BOOTSTRAP_SERVERS));
    TopicNames topics = new TopicNames(options.get(ScreeningOptions.TOPIC_PREFIX));
    String group = options.get(ScreeningOptions.CONSUMER_GROUP);
    OffsetsInitializer start =
        OffsetsInitializer.committedOffsets(
            options.get(ScreeningOptions.FROM_EARLIEST)
                ? OffsetResetStrategy.EARLIEST
                : OffsetResetStrategy.LATEST);
    return new Sources(
        KafkaTopicSource.of(kafka, group, List.of(topics.pnr()), start),
        // Reference data is always read whole: the compacted topics are the lists.
        KafkaTopicSource.of(
            kafka, group, List.of(topics.watchlistEntries()), OffsetsInitializer.earliest()),
        KafkaTopicSource.of(
            kafka, group, List.of(topics.profiles()), OffsetsInitializer.earliest()),
        new KafkaNameListReload(
            kafka,
            topics.watchlistEntries(),
            Validations.watchlistEntry(options.get(ScreeningOptions.SERVICES))));
  }

  /**
   * The job's Kafka sinks (exactly-once), from the options. The hits index belongs to the hits job,
   * which writes each hit with its current status: a replayed full document from here would reset
   * it.
   */
  public static Sinks productionSinks(Configuration options) {
    KafkaSettings kafka = KafkaSettings.of(options.get(ScreeningOptions.KAFKA_BOOTSTRAP_SERVERS));
    TopicNames topics = new TopicNames(options.get(ScreeningOptions.TOPIC_PREFIX));
    String prefix = options.get(ScreeningOptions.TRANSACTIONAL_ID_PREFIX);
    Duration timeout = options.get(ScreeningOptions.TRANSACTION_TIMEOUT);
    return new Sinks(
        TransactionalKafkaSink.of(
            kafka,
            AvroRecordSerializer.toTopic(Hit.class, topics.hits(), Hit::getHitId),
            DeliveryGuarantee.EXACTLY_ONCE,
            prefix + "-hits",
            timeout),
        TransactionalKafkaSink.of(
            kafka,
            new AvroRecordSerializer<>(
                AvroCodec.of(ServiceNotification.class),
                n -> topics.notifications(n.getRecipientService()),
                ServiceNotification::getNotificationId),
            DeliveryGuarantee.EXACTLY_ONCE,
            prefix + "-notifications",
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
