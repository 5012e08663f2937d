package eu.piu.cli;

import eu.piu.cli.stack.StackSettings;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Where the local stack listens and what it serves. Each option left out keeps what ./piu up last
 * used (saved in .piu/stack.properties), or the default.
 */
public final class StackOptions {

  @Option(
      names = "--kafka-port",
      paramLabel = "PORT",
      description = "Kafka client port (default 9092).")
  Integer kafkaPort;

  @Option(
      names = "--kafka-controller-port",
      paramLabel = "PORT",
      description = "Kafka KRaft controller port (default 9093).")
  Integer kafkaControllerPort;

  @Option(
      names = "--elasticsearch-port",
      paramLabel = "PORT",
      description = "Elasticsearch HTTP port (default 9200).")
  Integer elasticsearchPort;

  @Option(
      names = "--topic-prefix",
      paramLabel = "PREFIX",
      description = "Prefix of every topic (default piu.).")
  String topicPrefix;

  @Option(
      names = "--services",
      paramLabel = "SERVICE",
      split = ",",
      description =
          "Competent services (piu.services), one notification topic each"
              + " (default POLICE,VSSE,ADIV,CUSTOMS).")
  List<String> services;

  /** These options over {@code saved}. */
  public StackSettings over(StackSettings saved) {
    return new StackSettings(
        kafkaPort != null ? kafkaPort : saved.kafkaPort(),
        kafkaControllerPort != null ? kafkaControllerPort : saved.kafkaControllerPort(),
        elasticsearchPort != null ? elasticsearchPort : saved.elasticsearchPort(),
        topicPrefix != null ? topicPrefix : saved.topicPrefix(),
        services != null ? services : saved.services());
  }
}
