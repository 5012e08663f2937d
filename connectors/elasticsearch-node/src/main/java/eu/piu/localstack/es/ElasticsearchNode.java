package eu.piu.localstack.es;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.core.TimeValue;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.index.mapper.MapperExtrasPlugin;
import org.elasticsearch.index.rankeval.RankEvalPlugin;
import org.elasticsearch.join.ParentJoinPlugin;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.percolator.PercolatorPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.reindex.ReindexPlugin;
import org.elasticsearch.script.mustache.MustachePlugin;
import org.elasticsearch.search.aggregations.matrix.MatrixAggregationPlugin;
import org.elasticsearch.transport.Netty4Plugin;

/**
 * A single-node Elasticsearch 7.17 cluster on loopback, built from Maven Central jars.
 *
 * <p>The distribution's modules are not on disk here, so the ones that ship as {@code *-client}
 * jars are handed to {@link Node}'s protected constructor as classpath plugins. Callers in another
 * class loader use {@link #start(String, int, IntConsumer)}, whose signature has JDK types only.
 */
public final class ElasticsearchNode extends Node {

  private static final List<Class<? extends Plugin>> MODULES =
      List.of(
          Netty4Plugin.class,
          MapperExtrasPlugin.class,
          ReindexPlugin.class,
          ParentJoinPlugin.class,
          MustachePlugin.class,
          PercolatorPlugin.class,
          RankEvalPlugin.class,
          MatrixAggregationPlugin.class);

  private ElasticsearchNode(Settings settings, Path configDir) {
    super(
        InternalSettingsPreparer.prepareEnvironment(
            settings, Collections.emptyMap(), configDir, () -> "piu-local"),
        MODULES,
        true);
  }

  /**
   * Starts a node whose home (config, data, logs) is {@code homeDir} and waits until the cluster is
   * at least yellow.
   *
   * @param httpPort the HTTP port, or 0 for any free one
   * @param actualPort told the bound HTTP port once the node is up
   * @return closing it stops the node and waits for its threads
   */
  public static AutoCloseable start(String homeDir, int httpPort, IntConsumer actualPort)
      throws Exception {
    Path home = Paths.get(homeDir).toAbsolutePath();
    for (String dir : List.of("modules", "plugins", "config", "data", "logs")) {
      Files.createDirectories(home.resolve(dir));
    }
    Settings settings =
        Settings.builder()
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("cluster.name", "piu-local")
            .put("node.name", "piu-local")
            .put("discovery.type", "single-node")
            .put("network.host", "127.0.0.1")
            .put("http.port", Integer.toString(httpPort))
            // The transport port is for node-to-node traffic only; any free one will do.
            .put("transport.port", "0")
            // Test and laptop disks are often above the 90 % watermark; shards must still be
            // allocated.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("action.auto_create_index", true)
            .build();
    ElasticsearchNode node = new ElasticsearchNode(settings, home.resolve("config"));
    try {
      node.start();
      node.client()
          .admin()
          .cluster()
          .prepareHealth()
          .setWaitForYellowStatus()
          .setTimeout(TimeValue.timeValueMinutes(1))
          .get();
    } catch (Exception | Error e) {
      closeQuietly(node, e);
      throw e;
    }
    actualPort.accept(
        node.injector()
            .getInstance(HttpServerTransport.class)
            .boundAddress()
            .publishAddress()
            .getPort());
    return () -> stop(node);
  }

  private static void stop(Node node) throws IOException, InterruptedException {
    node.close();
    if (!node.awaitClose(30, TimeUnit.SECONDS)) {
      throw new IOException("Elasticsearch node did not stop within 30 s");
    }
  }

  private static void closeQuietly(Node node, Throwable cause) {
    try {
      stop(node);
    } catch (Exception e) {
      cause.addSuppressed(e);
    }
  }

  /** {@code --home DIR --port 9200}: runs the node as this process until SIGTERM. */
  public static void main(String[] args) throws Exception {
    String home = null;
    int port = 9200;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--home" -> home = value(args, ++i);
        case "--port" -> port = Integer.parseInt(value(args, ++i));
        default -> usage("unknown argument " + args[i]);
      }
    }
    if (home == null) {
      usage("--home is required");
    }
    int[] bound = new int[1];
    AutoCloseable node = start(home, port, p -> bound[0] = p);
    // ES's threads are daemons; this latch keeps the process alive until the shutdown hook ran.
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    node.close();
                  } catch (Exception e) {
                    e.printStackTrace();
                  } finally {
                    stopped.countDown();
                  }
                },
                "elasticsearch-stop"));
    System.out.println("ELASTICSEARCH READY http://127.0.0.1:" + bound[0]);
    stopped.await();
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      usage(args[i - 1] + " needs a value");
    }
    return args[i];
  }

  private static void usage(String problem) {
    System.err.println(problem);
    System.err.println("usage: ElasticsearchNode --home DIR [--port 9200]  (0 = any free port)");
    System.exit(2);
  }
}
