package eu.piu.screening.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.piu.connectors.deployment.DeploymentOptions;
import eu.piu.connectors.kafka.TopicNames;
import eu.piu.connectors.testing.KafkaTopics;
import eu.piu.dashboards.DashboardOptions;
import eu.piu.dashboards.ElasticsearchSetup;
import eu.piu.localstack.Deadline;
import eu.piu.localstack.HttpJson;
import eu.piu.localstack.LocalElasticsearch;
import eu.piu.localstack.LocalKafka;
import eu.piu.localstack.LocalStackExtension;
import eu.piu.schema.AuditEvent;
import eu.piu.schema.AuditEventType;
import eu.piu.schema.DeadLetter;
import eu.piu.schema.Hit;
import eu.piu.schema.Pnr;
import eu.piu.schema.Profile;
import eu.piu.schema.ServiceNotification;
import eu.piu.schema.WatchlistEntry;
import eu.piu.screening.ScreeningJob;
import eu.piu.screening.ScreeningOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.flink.client.program.rest.RestClusterClient;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.InjectClusterClient;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The screening job on a Flink MiniCluster (parallelism 2, RocksDB) against a real Kafka broker and
 * a real Elasticsearch node: a feed with known hits yields exactly those, in Kafka (read_committed)
 * also across a crash and a restore from a checkpoint.
 */
@ExtendWith(LocalStackExtension.class)
class ScreeningJobITCase {

  private static final List<String> SERVICES = List.of("POLICE", "VSSE", "ADIV", "CUSTOMS");
  private static final Duration DEADLINE = Duration.ofSeconds(90);

  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  @TempDir Path checkpoints;

  @Test
  void aKnownFeedYieldsExactlyTheExpectedHitsNotificationsAndJournal(
      LocalKafka kafka,
      LocalElasticsearch elasticsearch,
      @InjectClusterClient RestClusterClient<?> flink)
      throws Exception {
    Run run = new Run("it-straight", kafka, elasticsearch, flink);
    try (KafkaTopics topics = new KafkaTopics(kafka.bootstrapServers())) {
      run.loadReferenceData(topics);
      run.feed(topics, ScreeningScenario.firstHalf());
      run.feed(topics, ScreeningScenario.secondHalf());
      run.feedBadRecords(topics);

      JobClient job = run.start(null);
      run.awaitEverythingProcessed(topics, job);
      run.listLate(topics, job);
      job.cancel().get();

      run.assertOutputs(topics);
    }
  }

  @Test
  void aRunCrashedMidwayAndRestoredFromItsCheckpointLosesNoneAndDuplicatesNone(
      LocalKafka kafka,
      LocalElasticsearch elasticsearch,
      @InjectClusterClient RestClusterClient<?> flink)
      throws Exception {
    Run run = new Run("it-restore", kafka, elasticsearch, flink);
    try (KafkaTopics topics = new KafkaTopics(kafka.bootstrapServers())) {
      run.loadReferenceData(topics);
      run.feed(topics, ScreeningScenario.firstHalf());

      JobClient first = run.start(null);
      run.awaitEverythingProcessed(topics, first);
      // Work after the last checkpoint is in flight when the job dies: its output is in open
      // transactions that read_committed consumers never see, and it is redone after restore.
      run.feed(topics, ScreeningScenario.secondHalf().subList(0, 2));
      first.cancel().get();
      // Read after the cancellation: before it, a newer checkpoint could still replace this one.
      String checkpoint = run.latestCheckpoint(first);
      assertThat(checkpoint).as("a retained checkpoint").isNotBlank();

      run.feed(topics, ScreeningScenario.secondHalf().subList(2, 8));
      run.feedBadRecords(topics);
      JobClient second = run.start(checkpoint);
      run.awaitEverythingProcessed(topics, second);
      assertThat(run.restoredFrom(second)).endsWith(checkpoint);
      run.listLate(topics, second);
      second.cancel().get();

      run.assertOutputs(topics);
    }
  }

  /** One job run with its own topics, indices and consumer group. */
  private final class Run {
    final String name;
    final TopicNames topics;
    final LocalKafka kafka;
    final String elasticsearch;
    final RestClusterClient<?> flink;
    final Configuration options = new Configuration();

    Run(String name, LocalKafka kafka, LocalElasticsearch es, RestClusterClient<?> flink) {
      this.name = name;
      this.topics = new TopicNames(name + ".");
      this.kafka = kafka;
      this.elasticsearch = es.httpUrl();
      this.flink = flink;
      options.set(ScreeningOptions.KAFKA_BOOTSTRAP_SERVERS, kafka.bootstrapServers());
      options.set(ScreeningOptions.TOPIC_PREFIX, topics.prefix());
      options.set(ScreeningOptions.SERVICES, SERVICES);
      options.set(DeploymentOptions.ELASTICSEARCH_URL, elasticsearch);
      options.set(DeploymentOptions.HITS_INDEX, name + "-hits");
      options.set(ScreeningOptions.CONSUMER_GROUP, name);
      options.set(ScreeningOptions.TRANSACTIONAL_ID_PREFIX, name);
      options.set(ScreeningOptions.CHECKPOINT_INTERVAL, Duration.ofMillis(500));
      installIndices();
      kafka.createTopics(
          2, Map.of("cleanup.policy", "compact"), topics.watchlistEntries(), topics.profiles());
      kafka.createTopics(
          2,
          topics.pnr(),
          topics.hits(),
          topics.audit(),
          topics.deadLetters(),
          topics.notifications("POLICE"),
          topics.notifications("VSSE"),
          topics.notifications("ADIV"),
          topics.notifications("CUSTOMS"));
    }

    /** The production index templates, as `./piu up` installs them. */
    private void installIndices() {
      try {
        new ElasticsearchSetup(
                URI.create(elasticsearch), new DashboardOptions(name + "-hits", name + "-audit", 0))
            .install();
      } catch (java.io.IOException e) {
        throw new IllegalStateException("could not install the index templates", e);
      }
    }

    void loadReferenceData(KafkaTopics out) {
      for (WatchlistEntry entry :
          List.of(
              ScreeningScenario.POLICE_WANTED,
              ScreeningScenario.POLICE_WANTED_TOO,
              ScreeningScenario.VSSE_WATCH,
              ScreeningScenario.COMMON_FTF,
              ScreeningScenario.UNKNOWN_SERVICE)) {
        out.send(
            topics.watchlistEntries(),
            entry.getListId() + "/" + entry.getEntryId(),
            entry,
            WatchlistEntry.class);
      }
      Profile profile = ScreeningScenario.ADIV_DXB;
      out.send(topics.profiles(), profile.getProfileId(), profile, Profile.class);
    }

    /**
     * Lists an entry whose passenger has long been waiting: the name re-screening must find them
     * within seconds, with no new PNR to trigger it.
     */
    void listLate(KafkaTopics topics, JobClient job) {
      WatchlistEntry late = ScreeningScenario.LISTED_LATE;
      topics.send(
          this.topics.watchlistEntries(),
          late.getListId() + "/" + late.getEntryId(),
          late,
          WatchlistEntry.class);
      Deadline.await(
          "the late-listed name's hit on the waiting passenger",
          DEADLINE,
          () ->
              stillRunning(job)
                  && topics.readCommitted(this.topics.hits(), Hit.class).stream()
                      .anyMatch(h -> "cw-1".equals(h.getEntryId())));
      awaitEverythingProcessed(topics, job);
    }

    void feed(KafkaTopics out, List<Pnr> pnrs) {
      pnrs.forEach(pnr -> out.send(topics.pnr(), pnr.getPnrId(), pnr, Pnr.class));
    }

    void feedBadRecords(KafkaTopics out) {
      out.send(topics.pnr(), "garbage", "UNA:+.? 'UNB+IATA:1".getBytes());
      Pnr noLegs = ScreeningScenario.withoutLegs();
      out.send(topics.pnr(), noLegs.getPnrId(), noLegs, Pnr.class);
    }

    JobClient start(String restoreFrom) throws Exception {
      Configuration flinkConfig = new Configuration();
      flinkConfig.setString("state.backend.type", "rocksdb");
      flinkConfig.setString("state.checkpoints.dir", checkpoints.resolve(name).toUri().toString());
      flinkConfig.setString(
          "execution.checkpointing.externalized-checkpoint-retention", "RETAIN_ON_CANCELLATION");
      flinkConfig.setString("execution.checkpointing.num-retained", "3");
      flinkConfig.setString("restart-strategy.type", "none");
      if (restoreFrom != null) {
        flinkConfig.setString("execution.savepoint.path", restoreFrom);
      }
      StreamExecutionEnvironment env =
          StreamExecutionEnvironment.getExecutionEnvironment(flinkConfig);
      env.setParallelism(2);
      new ScreeningJob(
              ScreeningJob.kafkaSources(options), ScreeningJob.productionSinks(options), options)
          .build(env);
      return env.executeAsync(name);
    }

    /**
     * Every input record consumed and a checkpoint completed after it, twice over: then all output
     * is committed and nothing more can come.
     */
    void awaitEverythingProcessed(KafkaTopics in, JobClient job) {
      List<String> inputs = List.of(topics.pnr(), topics.watchlistEntries(), topics.profiles());
      Deadline.await(
          "the job to consume all input",
          DEADLINE,
          () -> stillRunning(job) && in.consumedToEnd(name, inputs));
      long done = completedCheckpoints(job);
      Deadline.await("two more checkpoints", DEADLINE, () -> completedCheckpoints(job) >= done + 2);
    }

    /** Fails at once, with the job's own error, when the job stopped. */
    boolean stillRunning(JobClient job) {
      try {
        if (job.getJobStatus().get().isGloballyTerminalState()) {
          job.getJobExecutionResult().get();
          throw new AssertionError("the job ended before its input was processed");
        }
        return true;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new AssertionError("the job failed", e.getCause());
      }
    }

    long completedCheckpoints(JobClient job) {
      return checkpointStats(job).path("counts").path("completed").asLong();
    }

    /**
     * The newest checkpoint the cancelled job retained, from its checkpoint folder: the REST
     * statistics are cached for a few seconds and can name one a newer checkpoint replaced.
     */
    String latestCheckpoint(JobClient job) throws java.io.IOException {
      Path folder = checkpoints.resolve(name).resolve(job.getJobID().toString());
      try (var checkpointFolders = java.nio.file.Files.list(folder)) {
        return checkpointFolders
            .filter(p -> p.getFileName().toString().startsWith("chk-"))
            .filter(p -> java.nio.file.Files.exists(p.resolve("_metadata")))
            .max(
                java.util.Comparator.comparingLong(
                    p -> Long.parseLong(p.getFileName().toString().substring(4))))
            .map(Path::toString)
            .orElse("");
      }
    }

    String restoredFrom(JobClient job) {
      return checkpointStats(job).path("latest").path("restored").path("external_path").asText();
    }

    private JsonNode checkpointStats(JobClient job) {
      return HttpJson.get(flink.getWebInterfaceURL() + "/jobs/" + job.getJobID() + "/checkpoints");
    }

    void assertOutputs(KafkaTopics in) {
      List<Hit> hits = in.readCommitted(topics.hits(), Hit.class);
      assertThat(hits).extracting(Hit::getHitId).doesNotHaveDuplicates();
      assertThat(hits).hasSize(ScreeningScenario.HITS);
      assertThat(servicesOf(hits, "AAAAA1")).containsExactly(List.of("POLICE"));
      assertThat(servicesOf(hits, "BBBBB2")).containsExactly(List.of("VSSE"));
      assertThat(servicesOf(hits, "CCCCC3"))
          .containsExactlyInAnyOrder(List.of("POLICE"), List.of("VSSE"));
      assertThat(servicesOf(hits, "DDDDD4")).containsExactly(List.of("ADIV"), List.of("ADIV"));
      assertThat(servicesOf(hits, "EEEEE5")).containsExactly(List.of("CUSTOMS", "POLICE", "VSSE"));
      assertThat(servicesOf(hits, "HHHHH8")).containsExactly(List.of("CUSTOMS"));
      assertThat(hits)
          .filteredOn(h -> h.getRecordLocator().equals("DDDDD4"))
          .allMatch(h -> h.getFlight().getDestination().equals("DXB"));

      List<ServiceNotification> notifications =
          SERVICES.stream()
              .flatMap(
                  s ->
                      in.readCommitted(topics.notifications(s), ServiceNotification.class).stream())
              .toList();
      assertThat(notifications).hasSize(ScreeningScenario.NOTIFICATIONS);
      assertThat(notifications)
          .extracting(ServiceNotification::getNotificationId)
          .doesNotHaveDuplicates();
      assertThat(in.readCommitted(topics.notifications("ADIV"), ServiceNotification.class))
          .hasSize(2);
      assertThat(in.readCommitted(topics.notifications("CUSTOMS"), ServiceNotification.class))
          .extracting(ServiceNotification::getCommon, ServiceNotification::getOtherServices)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(true, List.of("POLICE", "VSSE")),
              org.assertj.core.groups.Tuple.tuple(false, List.of()));
      String multipleGroup =
          hits.stream()
              .filter(h -> h.getRecordLocator().equals("CCCCC3"))
              .findFirst()
              .orElseThrow()
              .getPersonKey();
      Map<String, List<ServiceNotification>> aboutMultiple =
          notifications.stream()
              .filter(n -> n.getGroupKey().startsWith(multipleGroup + "@"))
              .collect(Collectors.groupingBy(ServiceNotification::getRecipientService));
      assertThat(aboutMultiple.get("POLICE"))
          .anyMatch(n -> n.getOtherServices().equals(List.of("VSSE")));
      assertThat(aboutMultiple.get("VSSE"))
          .anyMatch(n -> n.getOtherServices().equals(List.of("POLICE")));

      List<DeadLetter> deadLetters = in.readCommitted(topics.deadLetters(), DeadLetter.class);
      assertThat(deadLetters).hasSize(ScreeningScenario.DEAD_LETTERS);
      assertThat(deadLetters)
          .extracting(DeadLetter::getReason)
          .anyMatch(r -> r.contains("not Avro single-object encoding"))
          .anyMatch(r -> r.contains("legs: empty"))
          .anyMatch(r -> r.contains("unknown services [MI6]"));
      assertThat(deadLetters)
          .allMatch(d -> d.getPayload() != null && d.getPayload().remaining() > 0);

      List<AuditEvent> audit = in.readCommitted(topics.audit(), AuditEvent.class);
      assertThat(audit).extracting(AuditEvent::getEventId).doesNotHaveDuplicates();
      assertThat(audit).hasSize(ScreeningScenario.AUDIT_EVENTS);
      Map<AuditEventType, Long> byType =
          audit.stream().collect(Collectors.groupingBy(AuditEvent::getType, Collectors.counting()));
      assertThat(byType)
          .containsEntry(AuditEventType.COLLECTION, (long) ScreeningScenario.PNR_VERSIONS)
          .containsEntry(AuditEventType.HIT, (long) ScreeningScenario.HITS)
          .containsEntry(AuditEventType.NOTIFICATION, (long) ScreeningScenario.NOTIFICATIONS)
          .containsEntry(AuditEventType.DEAD_LETTER, (long) ScreeningScenario.DEAD_LETTERS);
      // The journal holds identifiers only: no passenger name leaks into it.
      assertThat(audit.toString()).doesNotContain("BENALI", "MARTENS", "P-ALPHA-1");
    }

    private Collection<List<String>> servicesOf(List<Hit> hits, String locator) {
      return hits.stream()
          .filter(h -> h.getRecordLocator().equals(locator))
          .map(Hit::getServices)
          .toList();
    }
  }
}
