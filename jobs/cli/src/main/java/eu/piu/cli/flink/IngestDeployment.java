package eu.piu.cli.flink;

import eu.piu.ingest.IngestJob;
import eu.piu.ingest.IngestOptions;
import java.time.Duration;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The ingestion job with its production wiring pointed at the local stack, submitted to a {@link
 * LocalFlink}.
 *
 * @param consumerGroup the job's Kafka consumer group; its committed offsets tell where it is
 * @param transactionalIdPrefix unique per running job on the cluster
 */
public record IngestDeployment(
    String bootstrapServers,
    String elasticsearchUrl,
    String topicPrefix,
    String pushComplianceIndex,
    String consumerGroup,
    String transactionalIdPrefix) {

  public Configuration options() {
    Configuration options = new Configuration();
    options.set(IngestOptions.KAFKA_BOOTSTRAP_SERVERS, bootstrapServers);
    options.set(IngestOptions.ELASTICSEARCH_URL, elasticsearchUrl);
    options.set(IngestOptions.TOPIC_PREFIX, topicPrefix);
    options.set(IngestOptions.PUSH_COMPLIANCE_INDEX, pushComplianceIndex);
    options.set(IngestOptions.CONSUMER_GROUP, consumerGroup);
    options.set(IngestOptions.TRANSACTIONAL_ID_PREFIX, transactionalIdPrefix);
    options.set(IngestOptions.TRANSACTION_TIMEOUT, ScreeningDeployment.TRANSACTION_TIMEOUT);
    options.set(IngestOptions.CHECKPOINT_INTERVAL, Duration.ofSeconds(1));
    options.set(IngestOptions.FROM_EARLIEST, true);
    return options;
  }

  public JobID submit(LocalFlink flink, String jobName) throws Exception {
    Configuration options = options();
    StreamExecutionEnvironment env = flink.environment();
    new IngestJob(IngestJob.kafkaSources(options), IngestJob.productionSinks(options), options)
        .build(env);
    return flink.submit(env, jobName);
  }
}
