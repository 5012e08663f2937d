package eu.piu.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * The ./piu up Kafka: one KRaft node, broker and controller in this process, its data under {@code
 * --dir}. Prints {@code KAFKA READY 127.0.0.1:<port>} once clients are served; SIGTERM stops it
 * through Kafka's own shutdown hook.
 *
 * <pre>
 * java -cp "$(cat connectors/local-stack/target/classpath.txt):connectors/local-stack/target/classes" \
 *   eu.piu.localstack.KafkaServerMain --dir .piu/kafka --port 9092 --controller-port 9093
 * </pre>
 */
public final class KafkaServerMain {

  private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);

  private KafkaServerMain() {}

  public static void main(String[] args) throws Exception {
    if (System.getProperty("log4j.configurationFile") == null) {
      System.setProperty("log4j.configurationFile", "piu-kafka-server-log4j2.properties");
    }
    Path dir = null;
    int port = 9092;
    int controllerPort = 9093;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--dir" -> dir = Paths.get(value(args, ++i)).toAbsolutePath();
        case "--port" -> port = Integer.parseInt(value(args, ++i));
        case "--controller-port" -> controllerPort = Integer.parseInt(value(args, ++i));
        default -> usage("unknown argument " + args[i]);
      }
    }
    if (dir == null) {
      usage("--dir is required");
    }
    Path serverProperties = writeServerProperties(dir, port, controllerPort);
    formatOnce(serverProperties);
    int clientPort = port;
    Thread probe = new Thread(() -> announceWhenReady(clientPort), "kafka-ready-probe");
    probe.setDaemon(true);
    probe.start();
    // Blocks until SIGTERM; kafka.Kafka registers the shutdown hook that stops the node.
    kafka.Kafka.main(new String[] {serverProperties.toString()});
  }

  static Path writeServerProperties(Path dir, int port, int controllerPort) throws IOException {
    Files.createDirectories(dir);
    Properties server = new Properties();
    server.putAll(BrokerSettings.SINGLE_NODE);
    server.setProperty("process.roles", "broker,controller");
    server.setProperty("node.id", "1");
    server.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
    server.setProperty(
        "listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
    server.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
    server.setProperty(
        "listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    server.setProperty("controller.listener.names", "CONTROLLER");
    server.setProperty("inter.broker.listener.name", "PLAINTEXT");
    server.setProperty("log.dirs", dir.resolve("data").toString());
    Path file = dir.resolve("server.properties");
    try (OutputStream out = Files.newOutputStream(file)) {
      server.store(out, "Written by eu.piu.localstack.KafkaServerMain on every start");
    }
    return file;
  }

  /** A new cluster id only for empty storage: formatting again would orphan the existing data. */
  static void formatOnce(Path serverProperties) throws IOException {
    Properties server = new Properties();
    try (var in = Files.newInputStream(serverProperties)) {
      server.load(in);
    }
    KafkaConfig config = KafkaConfig.fromProps(server);
    if (Files.exists(Paths.get(server.getProperty("log.dirs"), "meta.properties"))) {
      return;
    }
    int status =
        StorageTool.formatCommand(
            System.out,
            StorageTool.configToLogDirectories(config),
            StorageTool.buildMetadataProperties(Uuid.randomUuid().toString(), config),
            MetadataVersion.latest(),
            true);
    if (status != 0) {
      throw new IllegalStateException("kafka-storage format failed with status " + status);
    }
  }

  private static void announceWhenReady(int port) {
    String address = "127.0.0.1:" + port;
    Properties client = new Properties();
    client.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, address);
    client.setProperty(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "200");
    client.setProperty(
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(READY_TIMEOUT.toMillis()));
    try (Admin admin = Admin.create(client)) {
      // The admin client retries the connection itself until the broker listens.
      admin.describeCluster().nodes().get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      System.out.println("KAFKA READY " + address);
      System.out.flush();
    } catch (ExecutionException | TimeoutException e) {
      System.err.println(
          "Kafka not reachable at " + address + " within " + READY_TIMEOUT + ": " + e);
      Exit.exit(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      usage(args[i - 1] + " needs a value");
    }
    return args[i];
  }

  private static void usage(String problem) {
    System.err.println(problem);
    System.err.println("usage: KafkaServerMain --dir DIR [--port 9092] [--controller-port 9093]");
    System.exit(2);
  }
}
