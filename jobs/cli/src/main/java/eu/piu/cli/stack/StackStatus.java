package eu.piu.cli.stack;

import eu.piu.cli.kafka.RecordCounter;
import eu.piu.cli.kafka.TopicOffsets;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;

/** What runs on the local stack and what it holds: ./piu status. */
public final class StackStatus {

  private final PiuHome home;
  private final StackSettings settings;
  private final PrintStream out;

  public StackStatus(PiuHome home, StackSettings settings, PrintStream out) {
    this.home = home;
    this.settings = settings;
    this.out = out;
  }

  /** Where a running demo's Flink UI is, written by the demo next to its pid file. */
  public static Path demoUiFile(PiuHome home) {
    return home.run().resolve("demo-ui.txt");
  }

  public void print() {
    boolean kafkaUp =
        process(
            "Kafka",
            ManagedProcess.kafka(home),
            settings.kafkaPort(),
            settings.kafkaBootstrapServers());
    boolean elasticsearchUp =
        process(
            "Elasticsearch",
            ManagedProcess.elasticsearch(home),
            settings.elasticsearchPort(),
            settings.elasticsearchUrl());
    Optional<ProcessHandle> demo = ManagedProcess.demo(home).running();
    out.printf(
        "%-16s%s%n",
        "Demo job",
        demo.map(p -> "running (pid " + p.pid() + "), Flink UI " + demoUi()).orElse("not running"));
    if (kafkaUp) {
      topics();
    }
    if (elasticsearchUp) {
      indices();
    }
    if (!kafkaUp && !elasticsearchUp) {
      out.println("Nothing runs. ./piu up starts the local stack, ./piu demo runs the demo.");
    }
  }

  private boolean process(String label, ManagedProcess process, int port, String address) {
    Optional<ProcessHandle> running = process.running();
    boolean answering = Ports.answering(port);
    String state =
        running.map(p -> "running (pid " + p.pid() + ")").orElse("not running")
            + ", "
            + address
            + (answering ? " answering" : " not answering");
    if (answering && running.isEmpty()) {
      state += " (not started by ./piu)";
    }
    out.printf("%-16s%s%n", label, state);
    return answering;
  }

  private void topics() {
    try (Admin admin = LocalStack.admin(settings.kafkaBootstrapServers())) {
      List<String> names =
          admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
              .filter(name -> !name.startsWith("__"))
              .sorted()
              .toList();
      if (names.isEmpty()) {
        out.println("Topics          none (./piu up creates them)");
        return;
      }
      TopicOffsets offsets = new TopicOffsets(admin);
      List<TopicPartition> partitions = offsets.partitions(names);
      Map<String, Long> records =
          RecordCounter.count(settings.kafkaBootstrapServers(), partitions, Duration.ofSeconds(60));
      Map<String, Integer> partitionCounts = new TreeMap<>();
      partitions.forEach(p -> partitionCounts.merge(p.topic(), 1, Integer::sum));
      out.println("Topics          records (as a read_committed consumer sees them)");
      records.forEach(
          (name, count) ->
              out.printf(
                  Locale.ROOT,
                  "  %-42s %2d partitions %,12d%n",
                  name,
                  partitionCounts.get(name),
                  count));
    } catch (Exception e) {
      out.println("Topics          cannot be listed: " + e.getMessage());
    }
  }

  private void indices() {
    ElasticsearchClient elasticsearch = new ElasticsearchClient(settings.elasticsearchUrl());
    try {
      out.println("Elasticsearch   " + elasticsearch.describe());
      Map<String, Long> counts = elasticsearch.documentCounts("*");
      if (counts.isEmpty()) {
        out.println("Indices         none (./piu up creates them)");
      } else {
        out.println("Indices         documents");
        counts.forEach((index, docs) -> out.printf(Locale.ROOT, "  %-42s %,28d%n", index, docs));
      }
    } catch (IOException e) {
      out.println("Indices         cannot be listed: " + e.getMessage());
    }
  }

  private String demoUi() {
    try {
      return Files.readString(demoUiFile(home), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      return "(unknown)";
    }
  }
}
