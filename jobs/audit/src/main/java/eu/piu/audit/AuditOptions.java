package eu.piu.audit;

import eu.piu.connectors.deployment.DeploymentOptions;
import java.time.Duration;
import java.util.List;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;

/** Every option of the audit job, typed, with its default; README.md lists them. */
public final class AuditOptions {

  private AuditOptions() {}

  public static final ConfigOption<String> CONSUMER_GROUP =
      ConfigOptions.key("piu.audit.consumer-group")
          .stringType()
          .defaultValue("piu-audit")
          .withDescription("Kafka consumer group (offsets are kept in checkpoints).");

  public static final ConfigOption<String> TRANSACTIONAL_ID_PREFIX =
      ConfigOptions.key("piu.audit.transactional-id-prefix")
          .stringType()
          .defaultValue("piu-audit")
          .withDescription("Must be unique per running job on a Kafka cluster.");

  public static final ConfigOption<Duration> CHECKPOINT_INTERVAL =
      ConfigOptions.key("piu.audit.checkpoint-interval")
          .durationType()
          .defaultValue(Duration.ofSeconds(5))
          .withDescription(
              "Elasticsearch bulk writes are flushed at least this often; the journal is already"
                  + " durable in Kafka, so the index may lag a few seconds.");

  public static final List<ConfigOption<?>> ALL =
      List.of(
          DeploymentOptions.KAFKA_BOOTSTRAP_SERVERS,
          DeploymentOptions.TOPIC_PREFIX,
          DeploymentOptions.ELASTICSEARCH_URL,
          DeploymentOptions.AUDIT_INDEX,
          DeploymentOptions.TRANSACTION_TIMEOUT,
          DeploymentOptions.MAX_PARALLELISM,
          CONSUMER_GROUP,
          TRANSACTIONAL_ID_PREFIX,
          CHECKPOINT_INTERVAL);
}
