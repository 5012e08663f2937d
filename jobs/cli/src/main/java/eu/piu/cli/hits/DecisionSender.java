package eu.piu.cli.hits;

import eu.piu.cli.kafka.CommittedReader;
import eu.piu.cli.kafka.ContractProducer;
import eu.piu.cli.kafka.TopicOffsets;
import eu.piu.connectors.kafka.TopicNames;
import eu.piu.connectors.serde.AvroCodec;
import eu.piu.connectors.serde.UndecodableRecordException;
import eu.piu.schema.Decision;
import eu.piu.schema.DecisionResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Sends a decision to the decisions topic (key: hit id, so the decisions on one hit keep their
 * order) and waits for its result on the decision-results topic, read_committed as a downstream
 * service reads it.
 */
public final class DecisionSender {

  private final String bootstrapServers;
  private final TopicNames topics;

  public DecisionSender(String bootstrapServers, TopicNames topics) {
    this.bootstrapServers = bootstrapServers;
    this.topics = topics;
  }

  /** The decision's result, or empty when none came within {@code timeout}. */
  public Optional<DecisionResult> decide(Decision decision, Duration timeout) throws Exception {
    Map<TopicPartition, Long> from;
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      from =
          new TopicOffsets(admin)
              .ends(List.of(topics.decisionResults()), IsolationLevel.READ_UNCOMMITTED);
    }
    try (ContractProducer producer = new ContractProducer(bootstrapServers)) {
      producer.send(
          topics.decisions(), decision.getHitId(), AvroCodec.of(Decision.class), decision);
      producer.flush();
    }
    return awaitResult(from, decision.getDecisionId(), timeout);
  }

  private Optional<DecisionResult> awaitResult(
      Map<TopicPartition, Long> from, String decisionId, Duration timeout) {
    AvroCodec<DecisionResult> codec = AvroCodec.of(DecisionResult.class);
    long end = System.nanoTime() + timeout.toNanos();
    try (KafkaConsumer<byte[], byte[]> consumer = CommittedReader.consumer(bootstrapServers)) {
      consumer.assign(from.keySet());
      from.forEach(consumer::seek);
      // The job commits its output at each checkpoint; poll returns once some is committed.
      while (System.nanoTime() < end) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          try {
            DecisionResult result = codec.decode(record.value());
            if (result.getDecisionId().equals(decisionId)) {
              return Optional.of(result);
            }
          } catch (UndecodableRecordException e) {
            // Not the contract: not ours to report.
          }
        }
      }
    }
    return Optional.empty();
  }
}
