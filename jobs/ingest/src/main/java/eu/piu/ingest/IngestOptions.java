package eu.piu.ingest;

import eu.piu.connectors.deployment.DeploymentOptions;
import java.time.Duration;
import java.util.List;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;

/**
 * Every option of the ingestion job, typed, with its default. Pass them as {@code --key value}
 * arguments or in the Flink configuration. Keys shared with the screening job (Kafka, topics,
 * Elasticsearch, audit index, checkpoints) are the same keys, so one configuration serves both. The
 * R10 code lists are read from the same configuration by the parser ({@code
 * piu.sensitive.meal-codes}, {@code .medical-codes}, {@code .allowed-ssr-codes}, {@code
 * .extra-meal-codes}, {@code .extra-medical-codes}; see the piu-formats README).
 */
public final class IngestOptions {

  private IngestOptions() {}

  public static final ConfigOption<String> KAFKA_BOOTSTRAP_SERVERS =
      DeploymentOptions.KAFKA_BOOTSTRAP_SERVERS;

  public static final ConfigOption<String> TOPIC_PREFIX = DeploymentOptions.TOPIC_PREFIX;

  public static final ConfigOption<String> ELASTICSEARCH_URL = DeploymentOptions.ELASTICSEARCH_URL;

  public static final ConfigOption<String> PUSH_COMPLIANCE_INDEX =
      ConfigOptions.key("piu.index.push-compliance")
          .stringType()
          .defaultValue("piu-push-compliance");

  public static final ConfigOption<String> CONSUMER_GROUP =
      ConfigOptions.key("piu.ingest.consumer-group")
          .stringType()
          .defaultValue("piu-ingest")
          .withDescription("Kafka consumer group (offsets are kept in checkpoints).");

  public static final ConfigOption<String> TRANSACTIONAL_ID_PREFIX =
      ConfigOptions.key("piu.ingest.transactional-id-prefix")
          .stringType()
          .defaultValue("piu-ingest")
          .withDescription("Must be unique per running job on a Kafka cluster.");

  public static final ConfigOption<Duration> TRANSACTION_TIMEOUT =
      DeploymentOptions.TRANSACTION_TIMEOUT;

  public static final ConfigOption<Duration> CHECKPOINT_INTERVAL =
      DeploymentOptions.CHECKPOINT_INTERVAL;

  public static final ConfigOption<Integer> MAX_PARALLELISM = DeploymentOptions.MAX_PARALLELISM;

  public static final ConfigOption<Duration> RETENTION_AFTER_ARRIVAL =
      ConfigOptions.key("piu.ingest.retention-after-arrival")
          .durationType()
          .defaultValue(Duration.ofHours(24))
          .withDescription(
              "How long after its last scheduled arrival a PNR's versions, a flight's bookings"
                  + " and API travellers, and a flight's pushes stay in state.");

  public static final ConfigOption<Duration> MULTI_PART_WAIT =
      ConfigOptions.key("piu.ingest.multi-part-wait")
          .durationType()
          .defaultValue(Duration.ofMinutes(30))
          .withDescription(
              "How long (receipt time) the parts of a multi-part message wait for their final"
                  + " part; then the parts received are parsed as they are, counted as incomplete.");

  public static final ConfigOption<Duration> API_WAIT_FOR_PNR =
      ConfigOptions.key("piu.ingest.api-wait-for-pnr")
          .durationType()
          .defaultValue(Duration.ofMinutes(10))
          .withDescription(
              "How long (wall clock) an API traveller with no matching PNR passenger waits for"
                  + " one before it is emitted as an API-only PNR record to be screened alone.");

  public static final ConfigOption<Duration> CLOSURE_WINDOW =
      ConfigOptions.key("piu.ingest.closure-window")
          .durationType()
          .defaultValue(Duration.ofHours(1))
          .withDescription(
              "A push within this long before or after the scheduled departure counts as the"
                  + " push at flight closure (Directive 2016/681 art. 8(3)(b)).");

  public static final ConfigOption<Duration> LATE_PUSH =
      ConfigOptions.key("piu.ingest.late-push")
          .durationType()
          .defaultValue(Duration.ofHours(24))
          .withDescription(
              "A flight whose first push came less than this long before departure was pushed"
                  + " late (Directive 2016/681 art. 8(3)(a): 24 to 48 hours before).");

  public static final ConfigOption<Duration> MAX_OUT_OF_ORDERNESS =
      ConfigOptions.key("piu.ingest.max-out-of-orderness")
          .durationType()
          .defaultValue(Duration.ofMinutes(10))
          .withDescription("Watermark lag behind the latest receipt time seen (event time).");

  public static final ConfigOption<Duration> SOURCE_IDLENESS =
      ConfigOptions.key("piu.ingest.source-idleness")
          .durationType()
          .defaultValue(Duration.ofMinutes(1))
          .withDescription("A partition silent this long does not hold back the watermark.");

  public static final ConfigOption<Boolean> FROM_EARLIEST =
      ConfigOptions.key("piu.kafka.from-earliest")
          .booleanType()
          .defaultValue(true)
          .withDescription("Without committed offsets, start at the earliest carrier message.");

  /** All options, for documentation and the command-line help. */
  public static final List<ConfigOption<?>> ALL =
      List.of(
          KAFKA_BOOTSTRAP_SERVERS,
          TOPIC_PREFIX,
          ELASTICSEARCH_URL,
          PUSH_COMPLIANCE_INDEX,
          CONSUMER_GROUP,
          TRANSACTIONAL_ID_PREFIX,
          TRANSACTION_TIMEOUT,
          CHECKPOINT_INTERVAL,
          MAX_PARALLELISM,
          RETENTION_AFTER_ARRIVAL,
          MULTI_PART_WAIT,
          API_WAIT_FOR_PNR,
          CLOSURE_WINDOW,
          LATE_PUSH,
          MAX_OUT_OF_ORDERNESS,
          SOURCE_IDLENESS,
          FROM_EARLIEST);
}
