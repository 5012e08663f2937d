package eu.piu.connectors.kafka;

import java.io.Serializable;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Where the Kafka cluster is and the client properties every job adds (security, timeouts).
 * Serializable so that job graphs can carry it.
 */
public final class KafkaSettings implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String bootstrapServers;
  private final TreeMap<String, String> clientProperties;

  public KafkaSettings(String bootstrapServers, Map<String, String> clientProperties) {
    this.bootstrapServers = bootstrapServers;
    this.clientProperties = new TreeMap<>(clientProperties);
  }

  public static KafkaSettings of(String bootstrapServers) {
    return new KafkaSettings(bootstrapServers, Map.of());
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  public Properties clientProperties() {
    Properties properties = new Properties();
    properties.putAll(clientProperties);
    return properties;
  }
}
