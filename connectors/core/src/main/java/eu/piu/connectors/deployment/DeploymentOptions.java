package eu.piu.connectors.deployment;

import java.time.Duration;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;

/**
 * The options every job of a deployment shares: where Kafka and Elasticsearch are, the topic prefix
 * and index names, and the exactly-once settings. Each job's own options class adds its consumer
 * group and transactional id prefix; README.md lists them all.
 */
public final class DeploymentOptions {

  private DeploymentOptions() {}

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

  /**
   * The competent services. Same key and default as the screening job's option, so that one setting
   * configures every job of a deployment.
   */
  public static final ConfigOption<java.util.List<String>> SERVICES =
      ConfigOptions.key("piu.services")
          .stringType()
          .asList()
          .defaultValues("POLICE", "VSSE", "ADIV", "CUSTOMS")
          .withDescription(
              "Competent services; each has a topic notifications.<service> and followup.<service>.");

  public static final ConfigOption<String> ELASTICSEARCH_URL =
      ConfigOptions.key("piu.elasticsearch.url")
          .stringType()
          .defaultValue("http://127.0.0.1:9200")
          .withDescription("Elasticsearch for the hits and audit indices.");

  public static final ConfigOption<String> HITS_INDEX =
      ConfigOptions.key("piu.index.hits").stringType().defaultValue("piu-hits");

  public static final ConfigOption<String> AUDIT_INDEX =
      ConfigOptions.key("piu.index.audit").stringType().defaultValue("piu-audit");

  public static final ConfigOption<Duration> TRANSACTION_TIMEOUT =
      ConfigOptions.key("piu.kafka.transaction-timeout")
          .durationType()
          .defaultValue(Duration.ofMinutes(5))
          .withDescription("Must not exceed the brokers' transaction.max.timeout.ms (15 min).");

  public static final ConfigOption<Duration> CHECKPOINT_INTERVAL =
      ConfigOptions.key("piu.checkpoint-interval")
          .durationType()
          .defaultValue(Duration.ofMillis(500))
          .withDescription(
              "Kafka output becomes visible to read_committed consumers when a checkpoint"
                  + " completes: p99 hit latency is about this plus the slowest checkpoints.");

  public static final ConfigOption<Integer> MAX_PARALLELISM =
      ConfigOptions.key("piu.max-parallelism")
          .intType()
          .defaultValue(128)
          .withDescription(
              "Key groups of the keyed state: the most a job can ever be rescaled to. Fixed so"
                  + " that savepoints stay restorable at any parallelism up to it.");
}
