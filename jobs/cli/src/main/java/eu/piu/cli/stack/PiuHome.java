package eu.piu.cli.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where things are: the repository (for the local-stack servers' class paths, built by Maven into
 * their modules' target folders) and the state folder {@code .piu/} (pids, logs, data, checkpoints,
 * benchmark reports), which {@code ./piu down --purge} deletes.
 *
 * @param repository the repository root; the launcher passes it as system property piu.root
 * @param state the state folder; {@code <repository>/.piu} unless piu.state says otherwise
 */
public record PiuHome(Path repository, Path state) {

  public static PiuHome fromSystemProperties() {
    Path repository = Paths.get(System.getProperty("piu.root", ".")).toAbsolutePath().normalize();
    String state = System.getProperty("piu.state");
    return new PiuHome(
        repository, state == null ? repository.resolve(".piu") : Paths.get(state).toAbsolutePath());
  }

  public Path logs() {
    return state.resolve("logs");
  }

  /** Pid files of what up and demo started. */
  public Path run() {
    return state.resolve("run");
  }

  public Path kafkaData() {
    return state.resolve("kafka");
  }

  public Path elasticsearchHome() {
    return state.resolve("elasticsearch");
  }

  public Path checkpoints() {
    return state.resolve("checkpoints");
  }

  public Path benchReports() {
    return state.resolve("bench");
  }

  /** The ports, topic prefix and services of the last ./piu up. */
  public Path stackSettings() {
    return state.resolve("stack.properties");
  }

  /**
   * Class path of eu.piu.localstack.KafkaServerMain: the module's dependencies (written by its
   * build into target/classpath.txt) and its classes.
   */
  public String kafkaServerClassPath() throws IOException {
    Path module = repository.resolve("connectors/local-stack/target");
    Path dependencies = module.resolve("classpath.txt");
    Path classes = module.resolve("classes");
    requireBuilt(dependencies);
    requireBuilt(classes);
    return Files.readString(dependencies, StandardCharsets.UTF_8).trim() + ":" + classes;
  }

  /** Class path of the Elasticsearch node: its own jars only (they clash with the jobs'). */
  public String elasticsearchClassPath() throws IOException {
    Path lib = repository.resolve("connectors/elasticsearch-node/target/node-lib");
    requireBuilt(lib);
    return lib.resolve("*").toString();
  }

  private static void requireBuilt(Path path) throws IOException {
    if (!Files.exists(path)) {
      throw new IOException(
          path + " is missing: build the project first (./piu builds it when it is missing)");
    }
  }
}
