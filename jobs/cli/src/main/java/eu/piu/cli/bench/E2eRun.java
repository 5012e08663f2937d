package eu.piu.cli.bench;

import eu.piu.cli.flink.LocalFlink;
import eu.piu.cli.stack.ElasticsearchClient;
import eu.piu.cli.stack.Folders;
import eu.piu.cli.stack.LocalStack;
import eu.piu.cli.stack.PiuHome;
import eu.piu.cli.stack.StackSettings;
import eu.piu.cli.stack.TopicSetup;
import eu.piu.connectors.kafka.TopicNames;
import eu.piu.dashboards.DashboardOptions;
import eu.piu.dashboards.ElasticsearchSetup;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;

/**
 * One run of the end-to-end benchmark: the stack up, topics and indices of the run's own, a local
 * Flink cluster, the benchmark, its table and JSON, then the run's topics and indices removed.
 */
public final class E2eRun {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  private final PiuHome home;
  private final StackSettings stack;
  private final PrintStream out;

  public E2eRun(PiuHome home, StackSettings stack, PrintStream out) {
    this.home = home;
    this.stack = stack;
    this.out = out;
  }

  public BenchResult run(
      int pnrs,
      int entries,
      int hitEvery,
      Double rate,
      int bulkEntries,
      long ingestLegs,
      Duration latencyPhase,
      Duration timeout,
      long seed,
      int flinkUiPort,
      boolean keep)
      throws Exception {
    new LocalStack(home, stack, out).up(LocalStack.DEFAULT_START_TIMEOUT);
    Instant now = Instant.now();
    String stamp = STAMP.format(now);
    TopicNames topics = new TopicNames("bench" + stamp + ".");
    DashboardOptions indices =
        DashboardOptions.defaults().withReplicas(0).withIndexPrefix("bench" + stamp + "-");
    try (Admin admin = LocalStack.admin(stack.kafkaBootstrapServers())) {
      TopicSetup.ensure(admin, TopicSetup.topics(topics, stack.services()), Duration.ofSeconds(60));
    }
    new ElasticsearchSetup(URI.create(stack.elasticsearchUrl()), indices).install();
    out.println(
        "Run             topics "
            + topics.prefix()
            + "*, indices "
            + indices.hitsIndex()
            + ", "
            + indices.auditIndex());

    E2eBenchmark.Settings settings =
        new E2eBenchmark.Settings(
            stack.kafkaBootstrapServers(),
            stack.elasticsearchUrl(),
            stack.services(),
            topics,
            indices.hitsIndex(),
            indices.auditIndex(),
            indices.pushComplianceIndex(),
            "bench-" + stamp,
            seed,
            now.truncatedTo(ChronoUnit.HOURS),
            pnrs,
            entries,
            hitEvery,
            rate,
            latencyPhase,
            10,
            bulkEntries,
            ingestLegs,
            timeout);
    BenchResult result;
    try (LocalFlink flink =
        LocalFlink.start(
            LocalFlink.configuration(
                flinkUiPort,
                E2eBenchmark.parallelism(),
                home.checkpoints().resolve("bench" + stamp)))) {
      result = new E2eBenchmark(settings, out).run(flink, now.toString());
    } finally {
      Folders.deleteTree(home.checkpoints().resolve("bench" + stamp));
      if (!keep) {
        cleanUp(topics, indices);
      }
    }
    BenchReport.print(result, out);
    Path json = BenchReport.writeJson(result, home.benchReports(), stamp);
    out.println("Written to " + home.repository().relativize(json));
    return result;
  }

  private void cleanUp(TopicNames topics, DashboardOptions indices) {
    try (Admin admin = LocalStack.admin(stack.kafkaBootstrapServers())) {
      List<String> names =
          TopicSetup.topics(topics, stack.services()).stream()
              .map(TopicSetup.TopicSpec::name)
              .toList();
      admin.deleteTopics(names).all().get(60, TimeUnit.SECONDS);
      ElasticsearchClient elasticsearch = new ElasticsearchClient(stack.elasticsearchUrl());
      elasticsearch.deleteIndex(indices.hitsIndex() + "-*");
      elasticsearch.deleteIndex(indices.auditIndex() + "-*");
      elasticsearch.deleteIndexTemplate(indices.hitsIndex());
      elasticsearch.deleteIndexTemplate(indices.auditIndex());
      // Written by the ingestion phase (e).
      elasticsearch.deleteIndex(indices.pushComplianceIndex() + "-*");
      elasticsearch.deleteIndexTemplate(indices.pushComplianceIndex());
      out.println("Removed the run's topics and indices (--keep keeps them).");
    } catch (Exception e) {
      out.println("Could not remove the run's topics and indices: " + e.getMessage());
    }
  }
}
