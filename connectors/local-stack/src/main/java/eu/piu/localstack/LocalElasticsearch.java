package eu.piu.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * A real Elasticsearch 7.17 node inside this JVM, loaded in a class loader of its own.
 *
 * <p>The 7.17 server jars cannot share a class path with the 7.10.2 client the jobs use, so the
 * node's jars come from the folder named by the system property {@value #NODE_LIB_PROPERTY}
 * (connectors/elasticsearch-node/target/node-lib) and see only the JDK (platform class loader).
 */
public final class LocalElasticsearch implements AutoCloseable {

  /** System property: absolute path of the folder holding the node's jars. */
  public static final String NODE_LIB_PROPERTY = "piu.es.node.lib";

  static final String NODE_CLASS = "eu.piu.localstack.es.ElasticsearchNode";

  private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(60);

  private final URLClassLoader loader;
  private final AutoCloseable node;
  private final Path home;
  private final int httpPort;

  private LocalElasticsearch(URLClassLoader loader, AutoCloseable node, Path home, int httpPort) {
    this.loader = loader;
    this.node = node;
    this.home = home;
    this.httpPort = httpPort;
  }

  /** Starts a node on a free port with a temporary home, and waits for a yellow cluster. */
  public static LocalElasticsearch start() {
    List<URL> jars = nodeJars();
    Path home;
    try {
      home = Files.createTempDirectory("piu-es-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    URLClassLoader loader =
        new URLClassLoader(
            "piu-elasticsearch-node",
            jars.toArray(URL[]::new),
            ClassLoader.getPlatformClassLoader());
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    // ES and log4j find their service providers through the context class loader.
    thread.setContextClassLoader(loader);
    AtomicInteger port = new AtomicInteger();
    AutoCloseable node = null;
    try {
      node =
          (AutoCloseable)
              Class.forName(NODE_CLASS, true, loader)
                  .getMethod("start", String.class, int.class, IntConsumer.class)
                  .invoke(null, home.toString(), 0, (IntConsumer) port::set);
      LocalElasticsearch elasticsearch = new LocalElasticsearch(loader, node, home, port.get());
      elasticsearch.awaitYellow();
      return elasticsearch;
    } catch (Exception e) {
      Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
      IllegalStateException failure =
          new IllegalStateException("Elasticsearch node did not start", cause);
      closeAll(failure, node, loader);
      deleteTree(home, failure);
      throw failure;
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** E.g. {@code http://127.0.0.1:34567}, without a trailing slash. */
  public String httpUrl() {
    return "http://127.0.0.1:" + httpPort;
  }

  public int httpPort() {
    return httpPort;
  }

  private void awaitYellow() throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest health =
        HttpRequest.newBuilder(
                URI.create(
                    httpUrl()
                        + "/_cluster/health?wait_for_status=yellow&timeout="
                        + HEALTH_TIMEOUT.toSeconds()
                        + "s"))
            .timeout(HEALTH_TIMEOUT.plusSeconds(10))
            .build();
    HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
    // The server does the waiting; it answers 408 if the cluster stayed red.
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "cluster not yellow within " + HEALTH_TIMEOUT + ": " + response.body());
    }
  }

  private static List<URL> nodeJars() {
    String folder = System.getProperty(NODE_LIB_PROPERTY);
    String hint =
        "; build connectors/elasticsearch-node first (mvn install -pl connectors/elasticsearch-node)"
            + " and pass -D"
            + NODE_LIB_PROPERTY
            + "=<absolute path of connectors/elasticsearch-node/target/node-lib>.";
    if (folder == null || folder.isBlank()) {
      throw new IllegalStateException(
          "System property " + NODE_LIB_PROPERTY + " is not set" + hint);
    }
    List<URL> jars = new ArrayList<>();
    try (Stream<Path> files = Files.list(Paths.get(folder))) {
      for (Path jar : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".jar"))::iterator) {
        jars.add(jar.toUri().toURL());
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + folder + hint, e);
    }
    if (jars.isEmpty()) {
      throw new IllegalStateException("No jars in " + folder + hint);
    }
    return jars;
  }

  /** Stops the node, releases its class loader and deletes its home. */
  @Override
  public void close() {
    IllegalStateException failure = new IllegalStateException("Elasticsearch node did not stop");
    closeAll(failure, node, loader);
    deleteTree(home, failure);
    if (failure.getSuppressed().length > 0) {
      throw failure;
    }
  }

  private static void closeAll(Throwable failure, AutoCloseable... resources) {
    for (AutoCloseable resource : resources) {
      if (resource == null) {
        continue;
      }
      try {
        resource.close();
      } catch (Exception e) {
        failure.addSuppressed(e);
      }
    }
  }

  private static void deleteTree(Path root, Throwable failure) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }
}
