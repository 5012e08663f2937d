package eu.piu.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The servers of ./piu up, started as their own processes from the class path files. */
class LocalStackProcessesITCase {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  @Test
  void kafkaServerKeepsItsTopicsAcrossRestartAndStopsOnSigterm(@TempDir Path dir) throws Exception {
    String classPath = kafkaServerClassPath();
    int port = freePort();
    int controllerPort = freePort();
    String[] args = {
      "--dir", dir.toString(), "--port", "" + port, "--controller-port", "" + controllerPort
    };

    try (ServerProcess kafka =
        ServerProcess.start(
            "kafka", "KAFKA READY ", classPath, KafkaServerMain.class.getName(), args)) {
      assertThat(kafka.awaitReady(READY_TIMEOUT)).isEqualTo("127.0.0.1:" + port);
      try (Admin admin = admin(port)) {
        admin
            .createTopics(List.of(new NewTopic("processes-itcase", 1, (short) 1)))
            .all()
            .get(30, TimeUnit.SECONDS);
      }
      kafka.terminate(STOP_TIMEOUT);
    }

    // Second start on the same folder: no new format, the topic is still there.
    try (ServerProcess kafka =
        ServerProcess.start(
            "kafka-again", "KAFKA READY ", classPath, KafkaServerMain.class.getName(), args)) {
      kafka.awaitReady(READY_TIMEOUT);
      try (Admin admin = admin(port)) {
        Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
        assertThat(topics).contains("processes-itcase");
      }
      kafka.terminate(STOP_TIMEOUT);
    }
  }

  @Test
  void elasticsearchNodeServesAndStopsOnSigterm(@TempDir Path home) throws Exception {
    String classPath =
        Paths.get(System.getProperty(LocalElasticsearch.NODE_LIB_PROPERTY)).resolve("*").toString();
    try (ServerProcess elasticsearch =
        ServerProcess.start(
            "elasticsearch",
            "ELASTICSEARCH READY ",
            classPath,
            LocalElasticsearch.NODE_CLASS,
            "--home",
            home.toString(),
            "--port",
            "0")) {
      String url = elasticsearch.awaitReady(READY_TIMEOUT);
      assertThat(url).startsWith("http://127.0.0.1:");
      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url + "/_cluster/health")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(health.body()).containsPattern("\"status\":\"(green|yellow)\"");
      elasticsearch.terminate(STOP_TIMEOUT);
    }
  }

  /** As a shell script builds it: the dependencies' file, then the module's own classes. */
  private static String kafkaServerClassPath() throws Exception {
    Path classPathFile = Paths.get(System.getProperty("piu.local.stack.classpath"));
    return Files.readString(classPathFile).trim()
        + File.pathSeparator
        + classPathFile.resolveSibling("classes");
  }

  private static Admin admin(int port) {
    Properties settings = new Properties();
    settings.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port);
    return Admin.create(settings);
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
