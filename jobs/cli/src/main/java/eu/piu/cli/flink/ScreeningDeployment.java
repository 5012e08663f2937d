package eu.piu.cli.flink;

import eu.piu.audit.AuditJob;
import eu.piu.audit.AuditOptions;
import eu.piu.connectors.deployment.DeploymentOptions;
import eu.piu.hits.HitsJob;
import eu.piu.hits.HitsOptions;
import eu.piu.screening.ScreeningJob;
import eu.piu.screening.ScreeningOptions;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The screening job with its production wiring (ScreeningJob.kafkaSources / productionSinks)
 * pointed at the local stack, submitted to a {@link LocalFlink} with the hits job that takes its
 * hits through their lifecycle and the audit job that indexes the journal; the returned id is the
 * screening job's.
 *
 * @param consumerGroup the job's Kafka consumer group; its committed offsets tell where it is
 * @param transactionalIdPrefix unique per running job on the cluster; kept across runs of the same
 *     command, so that a new run aborts what a killed one left open
 */
public record ScreeningDeployment(
    String bootstrapServers,
    String elasticsearchUrl,
    String topicPrefix,
    List<String> services,
    String hitsIndex,
    String auditIndex,
    String consumerGroup,
    String transactionalIdPrefix) {

  /** Short, so that transactions a killed run left open stop blocking readers soon. */
  static final Duration TRANSACTION_TIMEOUT = Duration.ofMinutes(1);

  /** How long a silent partition holds back the hits job's event time in the demo. */
  static final Duration HITS_SOURCE_IDLENESS = Duration.ofSeconds(2);

  /** The hits job's consumer group: its committed offsets tell where it is. */
  public String hitsConsumerGroup() {
    return consumerGroup + "-hits";
  }

  public Configuration options() {
    Configuration options = new Configuration();
    options.set(ScreeningOptions.KAFKA_BOOTSTRAP_SERVERS, bootstrapServers);
    options.set(DeploymentOptions.ELASTICSEARCH_URL, elasticsearchUrl);
    options.set(ScreeningOptions.TOPIC_PREFIX, topicPrefix);
    options.set(ScreeningOptions.SERVICES, services);
    options.set(DeploymentOptions.HITS_INDEX, hitsIndex);
    options.set(DeploymentOptions.AUDIT_INDEX, auditIndex);
    options.set(AuditOptions.CONSUMER_GROUP, consumerGroup + "-audit");
    options.set(AuditOptions.TRANSACTIONAL_ID_PREFIX, transactionalIdPrefix + "-audit");
    options.set(ScreeningOptions.CONSUMER_GROUP, consumerGroup);
    options.set(ScreeningOptions.TRANSACTIONAL_ID_PREFIX, transactionalIdPrefix);
    options.set(ScreeningOptions.TRANSACTION_TIMEOUT, TRANSACTION_TIMEOUT);
    options.set(ScreeningOptions.CHECKPOINT_INTERVAL, Duration.ofSeconds(1));
    options.set(ScreeningOptions.FROM_EARLIEST, true);
    options.set(HitsOptions.CONSUMER_GROUP, hitsConsumerGroup());
    options.set(HitsOptions.TRANSACTIONAL_ID_PREFIX, transactionalIdPrefix + "-hits");
    options.set(HitsOptions.SOURCE_IDLENESS, HITS_SOURCE_IDLENESS);
    return options;
  }

  public JobID submit(LocalFlink flink, String jobName) throws Exception {
    Configuration options = options();
    StreamExecutionEnvironment env = flink.environment();
    new ScreeningJob(
            ScreeningJob.kafkaSources(options), ScreeningJob.productionSinks(options), options)
        .build(env);
    JobID screening = flink.submit(env, jobName);
    // One slot: the hits are few, and the lifecycle's state is small.
    StreamExecutionEnvironment hits = flink.environment();
    hits.setParallelism(1);
    new HitsJob(HitsJob.kafkaSources(options), HitsJob.productionSinks(options), options)
        .build(hits);
    flink.submit(hits, jobName + " (hits)");
    // The journal reaches its index through the audit job, as on a cluster; one slot suffices.
    StreamExecutionEnvironment audit = flink.environment();
    audit.setParallelism(1);
    new AuditJob(AuditJob.kafkaSource(options), AuditJob.productionSinks(options), options)
        .build(audit);
    flink.submit(audit, jobName + " (audit)");
    return screening;
  }
}
