package eu.piu.cli.stack;

import eu.piu.connectors.kafka.TopicNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The topics of a deployment: one per contract (TopicNames) and one notification topic per
 * configured service. Watchlist entries and profiles are compacted: the topics are the lists.
 * Created only when missing, so running it again changes nothing.
 */
public final class TopicSetup {

  /** Two partitions: the local stack runs the job with parallelism 2. */
  public static final int PARTITIONS = 2;

  /** A topic to have, with its partitions and topic configs. */
  public record TopicSpec(String name, int partitions, Map<String, String> configs) {}

  private static final Map<String, String> COMPACTED = Map.of("cleanup.policy", "compact");

  private TopicSetup() {}

  public static List<TopicSpec> topics(TopicNames names, List<String> services) {
    List<TopicSpec> topics = new ArrayList<>();
    topics.add(new TopicSpec(names.carrierMessages(), PARTITIONS, Map.of()));
    topics.add(new TopicSpec(names.pnr(), PARTITIONS, Map.of()));
    topics.add(new TopicSpec(names.watchlistEntries(), PARTITIONS, COMPACTED));
    topics.add(new TopicSpec(names.profiles(), PARTITIONS, COMPACTED));
    topics.add(new TopicSpec(names.hits(), PARTITIONS, Map.of()));
    topics.add(new TopicSpec(names.audit(), PARTITIONS, Map.of()));
    topics.add(new TopicSpec(names.deadLetters(), PARTITIONS, Map.of()));
    topics.add(new TopicSpec(names.identificationCodes(), PARTITIONS, COMPACTED));
    topics.add(new TopicSpec(names.decisions(), PARTITIONS, Map.of()));
    topics.add(new TopicSpec(names.decisionResults(), PARTITIONS, Map.of()));
    topics.add(new TopicSpec(names.ocam(), PARTITIONS, Map.of()));
    topics.add(new TopicSpec(names.supervision(), PARTITIONS, Map.of()));
    for (String service : services) {
      topics.add(new TopicSpec(names.notifications(service), PARTITIONS, Map.of()));
      topics.add(new TopicSpec(names.followUp(service), PARTITIONS, Map.of()));
    }
    return topics;
  }

  /**
   * Creates the missing topics and waits until every partition of every topic has a leader
   * (producing earlier can lose records). Returns the names it created.
   */
  public static List<String> ensure(Admin admin, List<TopicSpec> topics, Duration timeout)
      throws Exception {
    Set<String> existing =
        admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    List<NewTopic> missing = new ArrayList<>();
    for (TopicSpec topic : topics) {
      if (!existing.contains(topic.name())) {
        missing.add(
            new NewTopic(topic.name(), topic.partitions(), (short) 1).configs(topic.configs()));
      }
    }
    List<String> created = new ArrayList<>();
    for (NewTopic topic : missing) {
      try {
        admin.createTopics(List.of(topic)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        created.add(topic.name());
      } catch (ExecutionException e) {
        // Another command created it meanwhile: what we wanted.
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e;
        }
      }
    }
    awaitLeaders(admin, topics.stream().map(TopicSpec::name).toList(), Deadline.in(timeout));
    return created;
  }

  /** Every partition answers a list-offsets request: it has a leader. */
  public static void awaitLeaders(Admin admin, List<String> names, Deadline deadline)
      throws Exception {
    deadline.await(
        "leaders for " + names,
        () -> {
          try {
            Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
            for (TopicDescription topic :
                admin.describeTopics(names).allTopicNames().get(5, TimeUnit.SECONDS).values()) {
              topic
                  .partitions()
                  .forEach(
                      p ->
                          partitions.put(
                              new TopicPartition(topic.name(), p.partition()),
                              OffsetSpec.latest()));
            }
            admin.listOffsets(partitions).all().get(5, TimeUnit.SECONDS);
            return true;
          } catch (ExecutionException e) {
            if (e.getCause() instanceof RetriableException) {
              return false;
            }
            throw e;
          }
        });
  }
}
