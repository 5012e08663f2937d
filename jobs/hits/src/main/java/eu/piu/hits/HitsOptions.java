package eu.piu.hits;

import eu.piu.connectors.deployment.DeploymentOptions;
import java.time.Duration;
import java.util.List;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;

/**
 * Every option of the hits job, typed, with its default. Pass them as {@code --key value} arguments
 * or in the Flink configuration; README.md lists them.
 */
public final class HitsOptions {

  private HitsOptions() {}

  public static final ConfigOption<String> KAFKA_BOOTSTRAP_SERVERS =
      DeploymentOptions.KAFKA_BOOTSTRAP_SERVERS;

  public static final ConfigOption<String> TOPIC_PREFIX = DeploymentOptions.TOPIC_PREFIX;

  public static final ConfigOption<List<String>> SERVICES = DeploymentOptions.SERVICES;

  public static final ConfigOption<String> FTF_LIST_ID =
      ConfigOptions.key("piu.hits.ftf-list-id")
          .stringType()
          .defaultValue("common-ftf")
          .withDescription(
              "Id of the Foreign Terrorist Fighters common list: its validated common hits also go"
                  + " to the OCAM topic (RD 21-12-2017 art. 8 §2).");

  public static final ConfigOption<String> PIU_SERVICE =
      ConfigOptions.key("piu.hits.piu-service")
          .stringType()
          .defaultValue("PIU")
          .withDescription(
              "Service name under which the head of the PIU and the DPO hold their codes.");

  public static final ConfigOption<String> ELASTICSEARCH_URL = DeploymentOptions.ELASTICSEARCH_URL;

  public static final ConfigOption<String> HITS_INDEX = DeploymentOptions.HITS_INDEX;

  public static final ConfigOption<String> CONSUMER_GROUP =
      ConfigOptions.key("piu.hits.consumer-group")
          .stringType()
          .defaultValue("piu-hits")
          .withDescription("Kafka consumer group (offsets are kept in checkpoints).");

  public static final ConfigOption<String> TRANSACTIONAL_ID_PREFIX =
      ConfigOptions.key("piu.hits.transactional-id-prefix")
          .stringType()
          .defaultValue("piu-hits")
          .withDescription("Must be unique per running job on a Kafka cluster.");

  public static final ConfigOption<Duration> TRANSACTION_TIMEOUT =
      DeploymentOptions.TRANSACTION_TIMEOUT;

  public static final ConfigOption<Duration> CHECKPOINT_INTERVAL =
      DeploymentOptions.CHECKPOINT_INTERVAL;

  public static final ConfigOption<Integer> MAX_PARALLELISM = DeploymentOptions.MAX_PARALLELISM;

  public static final ConfigOption<Duration> VALIDATION_DEADLINE =
      ConfigOptions.key("piu.hits.validation-deadline")
          .durationType()
          .defaultValue(Duration.ofHours(24))
          .withDescription(
              "A hit still pending this long after its notification is overdue (law 25-12-2016"
                  + " art. 24): an alert goes to the supervision topic and the journal.");

  public static final ConfigOption<Duration> RETENTION_AFTER_ARRIVAL =
      ConfigOptions.key("piu.hits.retention-after-arrival")
          .durationType()
          .defaultValue(Duration.ofHours(24))
          .withDescription(
              "The flight's window: a hit's state is forgotten this long after the flight's"
                  + " scheduled arrival, and never before its validation deadline.");

  public static final ConfigOption<Duration> DECISION_WAIT_FOR_HIT =
      ConfigOptions.key("piu.hits.decision-wait-for-hit")
          .durationType()
          .defaultValue(Duration.ofHours(1))
          .withDescription(
              "A decision that arrives before its hit waits this long (event time, from its"
                  + " decidedAt) for the hit, then is refused as UNKNOWN_HIT.");

  public static final ConfigOption<Duration> MAX_OUT_OF_ORDERNESS =
      ConfigOptions.key("piu.hits.max-out-of-orderness")
          .durationType()
          .defaultValue(Duration.ofMinutes(5))
          .withDescription("Watermark lag behind the latest hit detection and decision time seen.");

  public static final ConfigOption<Duration> SOURCE_IDLENESS =
      ConfigOptions.key("piu.hits.source-idleness")
          .durationType()
          .defaultValue(Duration.ofMinutes(1))
          .withDescription(
              "A hits or decisions partition silent this long does not hold back the watermark.");

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
          FTF_LIST_ID,
          PIU_SERVICE,
          ELASTICSEARCH_URL,
          HITS_INDEX,
          CONSUMER_GROUP,
          TRANSACTIONAL_ID_PREFIX,
          TRANSACTION_TIMEOUT,
          CHECKPOINT_INTERVAL,
          MAX_PARALLELISM,
          VALIDATION_DEADLINE,
          RETENTION_AFTER_ARRIVAL,
          DECISION_WAIT_FOR_HIT,
          MAX_OUT_OF_ORDERNESS,
          SOURCE_IDLENESS,
          FROM_EARLIEST);
}
