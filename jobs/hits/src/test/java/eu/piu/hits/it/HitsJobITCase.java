package eu.piu.hits.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.piu.connectors.kafka.TopicNames;
import eu.piu.connectors.testing.KafkaTopics;
import eu.piu.dashboards.DashboardOptions;
import eu.piu.dashboards.ElasticsearchSetup;
import eu.piu.hits.HitsJob;
import eu.piu.hits.HitsOptions;
import eu.piu.localstack.Deadline;
import eu.piu.localstack.HttpJson;
import eu.piu.localstack.LocalElasticsearch;
import eu.piu.localstack.LocalKafka;
import eu.piu.localstack.LocalStackExtension;
import eu.piu.schema.AuditEvent;
import eu.piu.schema.AuditEventType;
import eu.piu.schema.DeadLetter;
import eu.piu.schema.Decision;
import eu.piu.schema.DecisionEffect;
import eu.piu.schema.DecisionResult;
import eu.piu.schema.FollowUp;
import eu.piu.schema.Hit;
import eu.piu.schema.IdentificationCode;
import eu.piu.schema.OcamTransfer;
import eu.piu.schema.OverdueAlert;
import eu.piu.schema.Refusal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
 * The hits job on a Flink MiniCluster (parallelism 2, RocksDB) against a real Kafka broker and a
 * real Elasticsearch node: the two-service scenario of {@link HitsScenario} yields exactly the
 * expected results, follow-ups, OCAM transfer, overdue alert, journal and index, also across a
 * crash and a restore from a retained checkpoint.
 */
@ExtendWith(LocalStackExtension.class)
class HitsJobITCase {

  private static final List<String> SERVICES = List.of("POLICE", "VSSE");
  private static final Duration DEADLINE = Duration.ofSeconds(120);

  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  @TempDir Path checkpoints;

  @Test
  void aTwoServiceScenarioYieldsExactlyTheExpectedOutcomes(
      LocalKafka kafka,
      LocalElasticsearch elasticsearch,
      @InjectClusterClient RestClusterClient<?> flink)
      throws Exception {
    Run run = new Run("hits-straight", kafka, elasticsearch, flink);
    try (KafkaTopics topics = new KafkaTopics(kafka.bootstrapServers())) {
      JobClient job = run.startWithCodes(topics);
      run.feed(topics, HitsScenario.FIRST);
      run.awaitEverythingProcessed(topics, job);
      run.feed(topics, HitsScenario.SECOND);
      run.awaitEverythingProcessed(topics, job);
      run.feedLateDecision(topics, job);
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
    Run run = new Run("hits-restore", kafka, elasticsearch, flink);
    try (KafkaTopics topics = new KafkaTopics(kafka.bootstrapServers())) {
      JobClient first = run.startWithCodes(topics);
      run.feed(topics, HitsScenario.FIRST);
      run.awaitEverythingProcessed(topics, first);
      // In flight when the job dies: its output is in open transactions, redone after restore.
      run.feed(topics, HitsScenario.SECOND.subList(0, 1));
      first.cancel().get();
      String checkpoint = run.latestCheckpoint(first);
      assertThat(checkpoint).as("a retained checkpoint").isNotBlank();

      run.feed(topics, HitsScenario.SECOND.subList(1, 2));
      JobClient second = run.start(checkpoint);
      run.awaitEverythingProcessed(topics, second);
      assertThat(run.restoredFrom(second)).endsWith(checkpoint);
      run.feedLateDecision(topics, second);
      second.cancel().get();

      run.assertOutputs(topics);
    }
  }

  /** One job run with its own topics, index and consumer group. */
  private final class Run {
    final String name;
    final TopicNames topics;
    final String elasticsearch;
    final String hitIndex;
    final RestClusterClient<?> flink;
    final Configuration options = new Configuration();

    Run(String name, LocalKafka kafka, LocalElasticsearch es, RestClusterClient<?> flink) {
      this.name = name;
      this.topics = new TopicNames(name + ".");
      this.elasticsearch = es.httpUrl();
      this.hitIndex = name + "-hits";
      this.flink = flink;
      options.set(HitsOptions.KAFKA_BOOTSTRAP_SERVERS, kafka.bootstrapServers());
      options.set(HitsOptions.TOPIC_PREFIX, topics.prefix());
      options.set(HitsOptions.SERVICES, SERVICES);
      options.set(HitsOptions.ELASTICSEARCH_URL, elasticsearch);
      options.set(HitsOptions.HITS_INDEX, hitIndex);
      options.set(HitsOptions.CONSUMER_GROUP, name);
      options.set(HitsOptions.TRANSACTIONAL_ID_PREFIX, name);
      options.set(HitsOptions.CHECKPOINT_INTERVAL, Duration.ofMillis(500));
      // Idle partitions must stop holding back event time within the test's patience.
      options.set(HitsOptions.SOURCE_IDLENESS, Duration.ofSeconds(1));
      options.set(HitsOptions.MAX_OUT_OF_ORDERNESS, Duration.ofMinutes(1));
      try {
        new ElasticsearchSetup(
                URI.create(elasticsearch), new DashboardOptions(hitIndex, name + "-audit", 0))
            .install();
      } catch (java.io.IOException e) {
        throw new IllegalStateException("could not install the index templates", e);
      }
      kafka.createTopics(2, Map.of("cleanup.policy", "compact"), topics.identificationCodes());
      kafka.createTopics(
          2,
          topics.hits(),
          topics.decisions(),
          topics.decisionResults(),
          topics.followUp("POLICE"),
          topics.followUp("VSSE"),
          topics.ocam(),
          topics.supervision(),
          topics.audit(),
          topics.deadLetters());
    }

    /**
     * The code list first, journaled, then the hits: a decision read before its code would be
     * refused as UNKNOWN_CODE (the registry is event-driven, not a lookup that waits).
     */
    JobClient startWithCodes(KafkaTopics out) throws Exception {
      for (IdentificationCode code : HitsScenario.CODES) {
        out.send(topics.identificationCodes(), code.getCode(), code, IdentificationCode.class);
      }
      JobClient job = start(null);
      Deadline.await(
          "the code list journaled",
          DEADLINE,
          () ->
              stillRunning(job)
                  && out.readCommitted(topics.audit(), AuditEvent.class).stream()
                          .filter(e -> e.getType() == AuditEventType.IDENTIFICATION_CODE)
                          .count()
                      == HitsScenario.CODE_CHANGES);
      for (Hit hit : HitsScenario.HITS) {
        out.send(topics.hits(), hit.getHitId(), hit, Hit.class);
      }
      out.send(topics.decisions(), "garbage", "not a decision".getBytes());
      return job;
    }

    void feed(KafkaTopics out, List<Decision> decisions) {
      decisions.forEach(d -> out.send(topics.decisions(), d.getHitId(), d, Decision.class));
    }

    /** The last decision moves event time past every deadline: then the alerts come. */
    void feedLateDecision(KafkaTopics out, JobClient job) {
      feed(out, List.of(HitsScenario.LATE));
      Deadline.await(
          "the overdue alert and every decision result",
          DEADLINE,
          () ->
              stillRunning(job)
                  && out.readCommitted(topics.supervision(), OverdueAlert.class).size() >= 1
                  && out.readCommitted(topics.decisionResults(), DecisionResult.class).size()
                      >= HitsScenario.DECISION_RESULTS);
      awaitEverythingProcessed(out, job);
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
      new HitsJob(HitsJob.kafkaSources(options), HitsJob.productionSinks(options), options)
          .build(env);
      return env.executeAsync(name);
    }

    /** Every input consumed and two checkpoints completed after it: all output is committed. */
    void awaitEverythingProcessed(KafkaTopics in, JobClient job) {
      List<String> inputs =
          List.of(topics.hits(), topics.decisions(), topics.identificationCodes());
      Deadline.await(
          "the job to consume all input",
          DEADLINE,
          () -> stillRunning(job) && in.consumedToEnd(name, inputs));
      long done = completedCheckpoints(job);
      Deadline.await("two more checkpoints", DEADLINE, () -> completedCheckpoints(job) >= done + 2);
    }

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

    /** The newest checkpoint the cancelled job retained, from its checkpoint folder. */
    String latestCheckpoint(JobClient job) throws java.io.IOException {
      Path folder = checkpoints.resolve(name).resolve(job.getJobID().toString());
      try (var checkpointFolders = Files.list(folder)) {
        return checkpointFolders
            .filter(p -> p.getFileName().toString().startsWith("chk-"))
            .filter(p -> Files.exists(p.resolve("_metadata")))
            .max(
                Comparator.comparingLong(
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
      List<DecisionResult> results =
          in.readCommitted(topics.decisionResults(), DecisionResult.class);
      assertThat(results).extracting(DecisionResult::getDecisionId).doesNotHaveDuplicates();
      assertThat(results).hasSize(HitsScenario.DECISION_RESULTS);
      Map<String, DecisionResult> byId =
          results.stream()
              .collect(Collectors.toMap(DecisionResult::getDecisionId, Function.identity()));
      assertThat(byId.get("d-h1").getEffect()).isEqualTo(DecisionEffect.APPLIED);
      assertThat(byId.get("d-h2").getEffect()).isEqualTo(DecisionEffect.APPLIED);
      assertThat(byId.get("d-h3-vsse").getEffect()).isEqualTo(DecisionEffect.APPLIED);
      assertThat(byId.get("d-h3-police").getEffect()).isEqualTo(DecisionEffect.RECORDED);
      assertThat(byId.get("d-h5-vsse").getRefusal()).isEqualTo(Refusal.OTHER_SERVICE);
      assertThat(byId.get("d-h5-old").getRefusal()).isEqualTo(Refusal.EXPIRED_CODE);
      assertThat(byId.get("d-h5-head").getRefusal()).isEqualTo(Refusal.WRONG_ROLE);
      assertThat(byId.get("d-h5-unknown").getRefusal()).isEqualTo(Refusal.UNKNOWN_CODE);
      assertThat(byId.get("d-h9").getRefusal()).isEqualTo(Refusal.UNKNOWN_HIT);
      assertThat(byId.get("d-h5").getLate()).isTrue();
      assertThat(byId.get("d-h5").getEffect()).isEqualTo(DecisionEffect.APPLIED);

      List<FollowUp> police = in.readCommitted(topics.followUp("POLICE"), FollowUp.class);
      List<FollowUp> vsse = in.readCommitted(topics.followUp("VSSE"), FollowUp.class);
      assertThat(police).extracting(FollowUp::getHitId).containsExactlyInAnyOrder("H1", "H3", "H5");
      assertThat(vsse).extracting(FollowUp::getHitId).containsExactly("H3");
      assertThat(vsse.get(0).getValidatedBy()).isEqualTo("V-001");

      assertThat(in.readCommitted(topics.ocam(), OcamTransfer.class))
          .singleElement()
          .satisfies(
              t -> {
                assertThat(t.getHitId()).isEqualTo("H3");
                assertThat(t.getValidatedBy()).isEqualTo("V-001");
              });
      assertThat(in.readCommitted(topics.supervision(), OverdueAlert.class))
          .singleElement()
          .satisfies(a -> assertThat(a.getHitId()).isEqualTo("H4"));

      List<DeadLetter> deadLetters = in.readCommitted(topics.deadLetters(), DeadLetter.class);
      assertThat(deadLetters).hasSize(HitsScenario.DEAD_LETTERS);
      assertThat(deadLetters.get(0).getSourceTopic()).isEqualTo(topics.decisions());

      List<AuditEvent> audit = in.readCommitted(topics.audit(), AuditEvent.class);
      assertThat(audit).extracting(AuditEvent::getEventId).doesNotHaveDuplicates();
      Map<AuditEventType, Long> byType =
          audit.stream().collect(Collectors.groupingBy(AuditEvent::getType, Collectors.counting()));
      assertThat(byType)
          .containsEntry(AuditEventType.IDENTIFICATION_CODE, (long) HitsScenario.CODE_CHANGES)
          .containsEntry(AuditEventType.DECISION, (long) HitsScenario.DECISION_RESULTS)
          .containsEntry(AuditEventType.DISCLOSURE, (long) HitsScenario.DISCLOSURES)
          .containsEntry(AuditEventType.OVERDUE, 1L)
          .containsEntry(AuditEventType.DEAD_LETTER, (long) HitsScenario.DEAD_LETTERS);
      assertThat(audit).hasSize(HitsScenario.AUDIT_EVENTS);
      assertThat(audit)
          .filteredOn(e -> e.getType() == AuditEventType.DISCLOSURE)
          .flatExtracting(AuditEvent::getRecipients)
          .containsExactlyInAnyOrder("POLICE", "POLICE", "POLICE", "VSSE", "OCAM");
      // The journal holds codes and identifiers only: no name, no decision reason.
      assertThat(audit.toString()).doesNotContain("MARTENS", eu.piu.hits.HitsFixtures.REASON);

      Deadline.await(
          "every hit indexed in its final state",
          DEADLINE,
          () -> {
            try {
              JsonNode h5 = HttpJson.document(elasticsearch, hitIndex, "H5");
              JsonNode h3 = HttpJson.document(elasticsearch, hitIndex, "H3");
              return h5.path("status").asText().equals("VALIDATED")
                  && h3.path("decisions").size() == 2
                  && HttpJson.document(elasticsearch, hitIndex, "H4").path("overdue").asBoolean();
            } catch (IllegalStateException notYetIndexed) {
              return false;
            }
          });
      assertThat(HttpJson.documentIds(elasticsearch, hitIndex))
          .containsExactlyInAnyOrder("H1", "H2", "H3", "H4", "H5");
      JsonNode h1 = HttpJson.document(elasticsearch, hitIndex, "H1");
      assertThat(h1.path("status").asText()).isEqualTo("VALIDATED");
      assertThat(h1.path("decidedBy").asText()).isEqualTo("P-001");
      assertThat(h1.path("multiple").asBoolean()).isTrue();
      assertThat(h1.path("relatedHitIds").get(0).asText()).isEqualTo("H2");
      assertThat(HttpJson.document(elasticsearch, hitIndex, "H2").path("status").asText())
          .isEqualTo("REJECTED");
      JsonNode h3 = HttpJson.document(elasticsearch, hitIndex, "H3");
      assertThat(h3.path("status").asText()).isEqualTo("VALIDATED");
      assertThat(h3.path("decidedBy").asText()).isEqualTo("V-001");
      assertThat(h3.path("common").asBoolean()).isTrue();
      JsonNode h4 = HttpJson.document(elasticsearch, hitIndex, "H4");
      assertThat(h4.path("status").asText()).isEqualTo("PENDING_VALIDATION");
      assertThat(h4.path("deadlineAt").asText()).isEqualTo("2026-11-23T08:00:00Z");

      // Every field the job writes is mapped by the shipped template, not guessed dynamically.
      JsonNode properties =
          HttpJson.get(elasticsearch + "/" + hitIndex + "/_mapping")
              .elements()
              .next()
              .at("/mappings/properties");
      assertThat(properties.at("/deadlineAt/type").asText()).isEqualTo("date");
      assertThat(properties.at("/overdue/type").asText()).isEqualTo("boolean");
      assertThat(properties.at("/sequence/type").asText()).isEqualTo("long");
      assertThat(properties.at("/decisions/properties/reason/type").asText()).isEqualTo("text");
      assertThat(properties.at("/decisions/properties/code/type").asText()).isEqualTo("keyword");
    }
  }
}
