package eu.piu.screening;

import java.time.Duration;
import java.util.List;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;

/**
 * Every option of the screening job, typed, with its default. Pass them as {@code --key value}
 * arguments or in the Flink configuration; README.md lists them.
 */
public final class ScreeningOptions {

  private ScreeningOptions() {}

  public static final ConfigOption<String> KAFKA_BOOTSTRAP_SERVERS =
      ConfigOptions.key("piu.kafka.bootstrap-servers")
          .stringType()
          .defaultValue("127.0.0.1:9092")
          .withDescription("Kafka brokers.");

  public static final ConfigOption<String> TOPIC_PREFIX =
      ConfigOptions.key("piu.topic-prefix")
          .stringType()
          .defaultValue("piu.")
          .withDescription("Prefix of every topic name of this deployment.");

  public static final ConfigOption<List<String>> SERVICES =
      ConfigOptions.key("piu.services")
          .stringType()
          .asList()
          .defaultValues("POLICE", "VSSE", "ADIV", "CUSTOMS")
          .withDescription(
              "Competent services; each has a topic notifications.<service>. A watchlist entry or"
                  + " profile naming another service is refused to the dead-letter topic.");

  public static final ConfigOption<String> ELASTICSEARCH_URL =
      ConfigOptions.key("piu.elasticsearch.url")
          .stringType()
          .defaultValue("http://127.0.0.1:9200")
          .withDescription("Elasticsearch for the hits and audit indices.");

  public static final ConfigOption<String> HITS_INDEX =
      ConfigOptions.key("piu.index.hits").stringType().defaultValue("piu-hits");

  public static final ConfigOption<String> AUDIT_INDEX =
      ConfigOptions.key("piu.index.audit").stringType().defaultValue("piu-audit");

  public static final ConfigOption<String> CONSUMER_GROUP =
      ConfigOptions.key("piu.screening.consumer-group")
          .stringType()
          .defaultValue("piu-screening")
          .withDescription("Kafka consumer group (offsets are kept in checkpoints).");

  public static final ConfigOption<String> TRANSACTIONAL_ID_PREFIX =
      ConfigOptions.key("piu.screening.transactional-id-prefix")
          .stringType()
          .defaultValue("piu-screening")
          .withDescription("Must be unique per running job on a Kafka cluster.");

  public static final ConfigOption<Duration> TRANSACTION_TIMEOUT =
      ConfigOptions.key("piu.kafka.transaction-timeout")
          .durationType()
          .defaultValue(Duration.ofMinutes(5))
          .withDescription("Must not exceed the brokers' transaction.max.timeout.ms (15 min).");

  public static final ConfigOption<Duration> CHECKPOINT_INTERVAL =
      ConfigOptions.key("piu.checkpoint-interval")
          .durationType()
          .defaultValue(Duration.ofSeconds(1))
          .withDescription(
              "Hits become visible to read_committed consumers when a checkpoint completes.");

  public static final ConfigOption<Integer> MAX_PARALLELISM =
      ConfigOptions.key("piu.max-parallelism")
          .intType()
          .defaultValue(128)
          .withDescription(
              "Key groups of the keyed state: the most the job can ever be rescaled to. Fixed so"
                  + " that savepoints stay restorable at any parallelism up to it.");

  public static final ConfigOption<Duration> RETENTION_AFTER_ARRIVAL =
      ConfigOptions.key("piu.screening.retention-after-arrival")
          .durationType()
          .defaultValue(Duration.ofHours(24))
          .withDescription(
              "How long after its last scheduled arrival a PNR stays in state for re-screening.");

  public static final ConfigOption<Duration> MAX_OUT_OF_ORDERNESS =
      ConfigOptions.key("piu.screening.max-out-of-orderness")
          .durationType()
          .defaultValue(Duration.ofHours(72))
          .withDescription(
              "Watermark lag behind the latest departure seen: carriers push 48 h to 24 h before"
                  + " departure, so departures arrive that much out of order.");

  public static final ConfigOption<Duration> SOURCE_IDLENESS =
      ConfigOptions.key("piu.screening.source-idleness")
          .durationType()
          .defaultValue(Duration.ofMinutes(1))
          .withDescription("A PNR partition silent this long does not hold back the watermark.");

  public static final ConfigOption<Boolean> FROM_EARLIEST =
      ConfigOptions.key("piu.kafka.from-earliest")
          .booleanType()
          .defaultValue(true)
          .withDescription(
              "Without committed offsets, start at the earliest record (lists must be read whole).");

  /** All options, for documentation and the command-line help. */
  public static final List<ConfigOption<?>> ALL =
      List.of(
          KAFKA_BOOTSTRAP_SERVERS,
          TOPIC_PREFIX,
          SERVICES,
          ELASTICSEARCH_URL,
          HITS_INDEX,
          AUDIT_INDEX,
          CONSUMER_GROUP,
          TRANSACTIONAL_ID_PREFIX,
          TRANSACTION_TIMEOUT,
          CHECKPOINT_INTERVAL,
          MAX_PARALLELISM,
          RETENTION_AFTER_ARRIVAL,
          MAX_OUT_OF_ORDERNESS,
          SOURCE_IDLENESS,
          FROM_EARLIEST);
}
