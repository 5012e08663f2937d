package eu.piu.cli.stack;

import eu.piu.connectors.kafka.TopicNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Where the local stack listens and what it serves. ./piu up saves them under .piu/ so that status,
 * demo, bench and down find the stack that up started, whatever options up was given.
 */
public record StackSettings(
    int kafkaPort,
    int kafkaControllerPort,
    int elasticsearchPort,
    String topicPrefix,
    List<String> services) {

  public static final List<String> DEFAULT_SERVICES = List.of("POLICE", "VSSE", "ADIV", "CUSTOMS");

  public StackSettings {
    services = services.stream().map(s -> s.trim().toUpperCase(Locale.ROOT)).toList();
    if (services.isEmpty()) {
      throw new IllegalArgumentException("at least one service is needed");
    }
  }

  public static StackSettings defaults() {
    return new StackSettings(9092, 9093, 9200, TopicNames.DEFAULT_PREFIX, DEFAULT_SERVICES);
  }

  public String kafkaBootstrapServers() {
    return "127.0.0.1:" + kafkaPort;
  }

  public String elasticsearchUrl() {
    return "http://127.0.0.1:" + elasticsearchPort;
  }

  public TopicNames topics() {
    return new TopicNames(topicPrefix);
  }

  /** The saved settings, or the defaults when up never ran. */
  public static StackSettings load(Path file) throws IOException {
    if (!Files.exists(file)) {
      return defaults();
    }
    Properties saved = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      saved.load(in);
    }
    StackSettings defaults = defaults();
    return new StackSettings(
        intOf(saved, "kafka.port", defaults.kafkaPort()),
        intOf(saved, "kafka.controller-port", defaults.kafkaControllerPort()),
        intOf(saved, "elasticsearch.port", defaults.elasticsearchPort()),
        saved.getProperty("topic-prefix", defaults.topicPrefix()),
        Arrays.asList(
            saved.getProperty("services", String.join(",", defaults.services())).split(",")));
  }

  public void save(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Properties properties = new Properties();
    properties.setProperty("kafka.port", String.valueOf(kafkaPort));
    properties.setProperty("kafka.controller-port", String.valueOf(kafkaControllerPort));
    properties.setProperty("elasticsearch.port", String.valueOf(elasticsearchPort));
    properties.setProperty("topic-prefix", topicPrefix);
    properties.setProperty("services", String.join(",", services));
    try (OutputStream out = Files.newOutputStream(file)) {
      properties.store(out, "The local stack of ./piu up");
    }
  }

  private static int intOf(Properties properties, String key, int fallback) {
    String value = properties.getProperty(key);
    return value == null ? fallback : Integer.parseInt(value.trim());
  }
}
