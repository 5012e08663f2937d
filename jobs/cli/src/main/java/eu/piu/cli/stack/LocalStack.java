package eu.piu.cli.stack;

import eu.piu.dashboards.DashboardOptions;
import eu.piu.dashboards.ElasticsearchSetup;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The local stack of ./piu up: a Kafka broker (KRaft) and an Elasticsearch 7.17 node as background
 * processes, the deployment's topics and the Elasticsearch templates and indices. Each step is
 * skipped when already done, so up can be run any number of times.
 */
public final class LocalStack {

  public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(120);
  private static final String SERVER_HEAP = "-Xmx512m";

  private final PiuHome home;
  private final StackSettings settings;
  private final PrintStream out;

  public LocalStack(PiuHome home, StackSettings settings, PrintStream out) {
    this.home = home;
    this.settings = settings;
    this.out = out;
  }

  /** Whether both servers of the stack run (as recorded by up). */
  public boolean running() {
    return ManagedProcess.kafka(home).running().isPresent()
        && ManagedProcess.elasticsearch(home).running().isPresent();
  }

  /** Starts whatever is not running, then creates what is missing. */
  public void up(Duration timeout) throws Exception {
    ManagedProcess kafka = ManagedProcess.kafka(home);
    ManagedProcess elasticsearch = ManagedProcess.elasticsearch(home);
    List<ManagedProcess> started = new ArrayList<>();
    try {
      // Both start side by side; then each is awaited.
      BackgroundServer kafkaServer = startUnlessRunning(kafka, this::kafkaSpec, started);
      BackgroundServer elasticsearchServer =
          startUnlessRunning(elasticsearch, this::elasticsearchSpec, started);
      Deadline deadline = Deadline.in(timeout);
      await("Kafka", kafka, kafkaServer, deadline, settings.kafkaBootstrapServers());
      await(
          "Elasticsearch",
          elasticsearch,
          elasticsearchServer,
          deadline,
          settings.elasticsearchUrl());
    } catch (Exception e) {
      // Leave nothing half-started behind.
      for (ManagedProcess process : started) {
        process.stop(Duration.ofSeconds(20));
      }
      throw e;
    }
    settings.save(home.stackSettings());
    List<String> created = createTopics(timeout);
    List<ElasticsearchSetup.Step> steps = installIndices();
    boolean changed =
        !started.isEmpty()
            || !created.isEmpty()
            || steps.stream().anyMatch(s -> s.outcome() == ElasticsearchSetup.Outcome.CREATED);
    out.println(
        changed
            ? "The local stack is up. ./piu status shows it, ./piu down stops it."
            : "The local stack was already up: nothing to do.");
  }

  private interface SpecFactory {
    BackgroundServer.Spec spec() throws IOException;
  }

  private BackgroundServer startUnlessRunning(
      ManagedProcess process, SpecFactory spec, List<ManagedProcess> started) throws IOException {
    if (process.running().isPresent()) {
      return null;
    }
    BackgroundServer.Spec server = spec.spec();
    for (int port : portsOf(process)) {
      if (Ports.answering(port)) {
        throw new IOException(
            "port "
                + port
                + " is taken by a process ./piu did not start; stop it or choose other ports"
                + " (./piu up --help)");
      }
    }
    BackgroundServer background = BackgroundServer.start(server, home.logs());
    started.add(process);
    return background;
  }

  private void await(
      String label,
      ManagedProcess process,
      BackgroundServer server,
      Deadline deadline,
      String address)
      throws Exception {
    String name = String.format("%-16s", label);
    if (server == null) {
      Optional<ProcessHandle> running = process.running();
      out.println(
          name
              + "already running (pid "
              + running.map(ProcessHandle::pid).map(String::valueOf).orElse("?")
              + ") on "
              + address);
      return;
    }
    out.print(name + "starting (pid " + server.pid() + ", log " + relative(server) + ") ");
    out.flush();
    String announced = server.awaitReady(deadline, out);
    out.println(" ready on " + announced);
  }

  private String relative(BackgroundServer server) {
    return home.repository().relativize(server.log()).toString();
  }

  private List<Integer> portsOf(ManagedProcess process) {
    return process.name().equals(ManagedProcess.KAFKA)
        ? List.of(settings.kafkaPort(), settings.kafkaControllerPort())
        : List.of(settings.elasticsearchPort());
  }

  private BackgroundServer.Spec kafkaSpec() throws IOException {
    return new BackgroundServer.Spec(
        ManagedProcess.kafka(home),
        home.kafkaServerClassPath(),
        "eu.piu.localstack.KafkaServerMain",
        List.of(SERVER_HEAP),
        List.of(
            "--dir",
            home.kafkaData().toString(),
            "--port",
            String.valueOf(settings.kafkaPort()),
            "--controller-port",
            String.valueOf(settings.kafkaControllerPort())),
        "KAFKA READY ");
  }

  private BackgroundServer.Spec elasticsearchSpec() throws IOException {
    return new BackgroundServer.Spec(
        ManagedProcess.elasticsearch(home),
        home.elasticsearchClassPath(),
        "eu.piu.localstack.es.ElasticsearchNode",
        List.of(SERVER_HEAP),
        List.of(
            "--home",
            home.elasticsearchHome().toString(),
            "--port",
            String.valueOf(settings.elasticsearchPort())),
        "ELASTICSEARCH READY ");
  }

  private List<String> createTopics(Duration timeout) throws Exception {
    List<TopicSetup.TopicSpec> topics = TopicSetup.topics(settings.topics(), settings.services());
    try (Admin admin = admin(settings.kafkaBootstrapServers())) {
      List<String> created = TopicSetup.ensure(admin, topics, timeout);
      out.printf(
          "%-16s%d present, %d created now (prefix %s, services %s)%n",
          "Topics",
          topics.size(),
          created.size(),
          settings.topicPrefix(),
          String.join(",", settings.services()));
      return created;
    }
  }

  private List<ElasticsearchSetup.Step> installIndices() throws IOException {
    // One node: no replicas, or every index stays yellow.
    List<ElasticsearchSetup.Step> steps =
        new ElasticsearchSetup(
                URI.create(settings.elasticsearchUrl()),
                DashboardOptions.defaults().withReplicas(0))
            .install();
    for (ElasticsearchSetup.Step step : steps) {
      if (step.resource().kind() == ElasticsearchSetup.Kind.INDEX) {
        out.printf(
            "%-16s%s: %s%n",
            "Index", step.resource().name(), step.outcome().name().toLowerCase().replace('_', ' '));
      }
    }
    return steps;
  }

  public static Admin admin(String bootstrapServers) {
    Properties properties = new Properties();
    properties.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.setProperty(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
    properties.setProperty(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
    return Admin.create(properties);
  }
}
