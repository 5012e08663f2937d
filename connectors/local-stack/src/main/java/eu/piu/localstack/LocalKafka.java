package eu.piu.localstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.testkit.KafkaClusterTestKit;
import kafka.testkit.TestKitNodes;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;

/**
 * A real single-node Kafka (KRaft, broker and controller in one node) inside this JVM, from Kafka's
 * own test kit. Up in about 1.5 s (4 s with other builds on the machine).
 */
public final class LocalKafka implements AutoCloseable {

  private static final Duration TOPIC_READY_TIMEOUT = Duration.ofSeconds(60);

  private final KafkaClusterTestKit cluster;
  private final String bootstrapServers;
  private final Admin admin;

  private LocalKafka(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
    this.bootstrapServers =
        cluster.clientProperties().getProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
    this.admin = Admin.create(clientProperties());
  }

  /** Starts a broker and waits until it accepts clients. */
  public static LocalKafka start() {
    KafkaClusterTestKit cluster = null;
    try {
      KafkaClusterTestKit.Builder builder =
          new KafkaClusterTestKit.Builder(
              new TestKitNodes.Builder()
                  .setCoResident(true)
                  .setNumBrokerNodes(1)
                  .setNumControllerNodes(1)
                  .build());
      BrokerSettings.SINGLE_NODE.forEach(builder::setConfigProp);
      cluster = builder.build();
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
      return new LocalKafka(cluster);
    } catch (Exception e) {
      if (cluster != null) {
        try {
          cluster.close();
        } catch (Exception closing) {
          e.addSuppressed(closing);
        }
      }
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new IllegalStateException("Kafka test broker did not start", e);
    }
  }

  /** {@code host:port} for {@code bootstrap.servers}. */
  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** A fresh set holding only {@code bootstrap.servers}, to add client settings to. */
  public Properties clientProperties() {
    Properties properties = new Properties();
    properties.setProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    return properties;
  }

  /** Creates topics and returns once every partition has a leader. */
  public void createTopics(int partitions, String... names) {
    createTopics(partitions, Map.of(), names);
  }

  /**
   * Creates topics with the given topic configs (e.g. {@code cleanup.policy=compact}) and returns
   * once every partition has a leader: producing earlier can fail with NOT_LEADER_OR_FOLLOWER,
   * which an idempotent producer may turn into a lost record.
   */
  public void createTopics(int partitions, Map<String, String> configs, String... names) {
    List<NewTopic> topics = new ArrayList<>();
    for (String name : names) {
      topics.add(new NewTopic(name, partitions, (short) 1).configs(configs));
    }
    try {
      admin.createTopics(topics).all().get(TOPIC_READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      awaitLeaders(Arrays.asList(names));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted creating topics " + Arrays.toString(names), e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("could not create topics " + Arrays.toString(names), e);
    }
  }

  private void awaitLeaders(List<String> names)
      throws InterruptedException, ExecutionException, TimeoutException {
    long deadline = System.nanoTime() + TOPIC_READY_TIMEOUT.toNanos();
    while (true) {
      try {
        Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
        for (TopicDescription topic :
            admin.describeTopics(names).allTopicNames().get(5, TimeUnit.SECONDS).values()) {
          topic
              .partitions()
              .forEach(p -> partitions.put(new TopicPartition(topic.name(), p.partition()), null));
        }
        partitions.replaceAll((partition, spec) -> OffsetSpec.latest());
        admin.listOffsets(partitions).all().get(5, TimeUnit.SECONDS);
        return;
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof RetriableException) || System.nanoTime() > deadline) {
          throw e;
        }
      }
      // Poll interval while the controller elects leaders (usually a few milliseconds).
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }

  /** Stops the broker and its controller. */
  @Override
  public void close() throws Exception {
    try {
      admin.close(Duration.ofSeconds(5));
    } finally {
      cluster.close();
    }
  }
}
