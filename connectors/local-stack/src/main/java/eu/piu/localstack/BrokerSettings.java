package eu.piu.localstack;

import java.util.Map;

/** Broker settings shared by the test broker and the ./piu up broker. */
final class BrokerSettings {

  /**
   * A single node holds every replica. The transaction maximum stays at a production broker's
   * default (15 min) on purpose: a job whose sink asks for more (Flink's default is 1 h) must fail
   * here as it would in production.
   */
  static final Map<String, String> SINGLE_NODE =
      Map.ofEntries(
          Map.entry("transaction.max.timeout.ms", "900000"),
          Map.entry("transaction.state.log.replication.factor", "1"),
          Map.entry("transaction.state.log.min.isr", "1"),
          Map.entry("offsets.topic.replication.factor", "1"),
          Map.entry("default.replication.factor", "1"),
          Map.entry("min.insync.replicas", "1"),
          // 50 partitions each (the defaults) make the first consumer group and the first
          // transaction wait for 50 leader elections; one node gains nothing from them.
          Map.entry("offsets.topic.num.partitions", "4"),
          Map.entry("transaction.state.log.num.partitions", "4"),
          Map.entry("group.initial.rebalance.delay.ms", "0"),
          // Topics are created on purpose (with their partitions and configs), never by a typo.
          Map.entry("auto.create.topics.enable", "false"));

  private BrokerSettings() {}
}
