package eu.piu.cli.kafka;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Offsets of topics and consumer groups, through the admin client. The end offset for
 * read_uncommitted is the high watermark; for read_committed, the last stable offset: they differ
 * while a transaction is open.
 */
public final class TopicOffsets {

  private static final long TIMEOUT_SECONDS = 30;

  private final Admin admin;

  public TopicOffsets(Admin admin) {
    this.admin = admin;
  }

  public List<TopicPartition> partitions(Collection<String> topics) throws Exception {
    return admin
        .describeTopics(topics)
        .allTopicNames()
        .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
        .values()
        .stream()
        .flatMap(
            (TopicDescription topic) ->
                topic.partitions().stream()
                    .map(p -> new TopicPartition(topic.name(), p.partition())))
        .toList();
  }

  public Map<TopicPartition, Long> ends(Collection<String> topics, IsolationLevel isolation)
      throws Exception {
    return offsets(partitions(topics), OffsetSpec.latest(), isolation);
  }

  public Map<TopicPartition, Long> starts(Collection<String> topics) throws Exception {
    return offsets(partitions(topics), OffsetSpec.earliest(), IsolationLevel.READ_UNCOMMITTED);
  }

  /** The offsets {@code group} committed; partitions without a commit are absent. */
  public Map<TopicPartition, Long> committed(String group) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> offsets =
        admin
            .listConsumerGroupOffsets(group)
            .partitionsToOffsetAndMetadata()
            .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    Map<TopicPartition, Long> committed = new HashMap<>();
    offsets.forEach(
        (partition, offset) -> {
          if (offset != null) {
            committed.put(partition, offset.offset());
          }
        });
    return committed;
  }

  /** Makes {@code group} start at these offsets (it must have no active member). */
  public void commit(String group, Map<TopicPartition, Long> offsets) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> toCommit = new HashMap<>();
    offsets.forEach((partition, offset) -> toCommit.put(partition, new OffsetAndMetadata(offset)));
    admin.alterConsumerGroupOffsets(group, toCommit).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  /** Whether {@code group} has committed at least {@code ends} on every partition. */
  public boolean reached(String group, Map<TopicPartition, Long> ends) throws Exception {
    Map<TopicPartition, Long> committed = committed(group);
    for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
      if (end.getValue() > 0 && committed.getOrDefault(end.getKey(), -1L) < end.getValue()) {
        return false;
      }
    }
    return true;
  }

  private Map<TopicPartition, Long> offsets(
      List<TopicPartition> partitions, OffsetSpec spec, IsolationLevel isolation) throws Exception {
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    partitions.forEach(partition -> request.put(partition, spec));
    Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result =
        admin
            .listOffsets(request, new ListOffsetsOptions(isolation))
            .all()
            .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    Map<TopicPartition, Long> offsets = new HashMap<>();
    result.forEach((partition, info) -> offsets.put(partition, info.offset()));
    return offsets;
  }
}
