package eu.piu.ingest.it;

import static eu.piu.ingest.CarrierMessages.sensitiveIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.piu.audit.AuditJob;
import eu.piu.audit.AuditOptions;
import eu.piu.connectors.deployment.DeploymentOptions;
import eu.piu.connectors.kafka.TopicNames;
import eu.piu.connectors.testing.KafkaTopics;
import eu.piu.dashboards.DashboardOptions;
import eu.piu.dashboards.ElasticsearchSetup;
import eu.piu.ingest.IngestJob;
import eu.piu.ingest.IngestOptions;
import eu.piu.localstack.Deadline;
import eu.piu.localstack.HttpJson;
import eu.piu.localstack.LocalElasticsearch;
import eu.piu.localstack.LocalKafka;
import eu.piu.localstack.LocalStackExtension;
import eu.piu.schema.AuditEvent;
import eu.piu.schema.AuditEventType;
import eu.piu.schema.CarrierMessage;
import eu.piu.schema.DeadLetter;
import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import eu.piu.schema.TravelDocument;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingestion job on a Flink MiniCluster (parallelism 2, RocksDB) against a real Kafka broker and
 * a real Elasticsearch node: crafted carrier messages (see {@link IngestScenario}) become exactly
 * the expected PNR versions (read_committed), dead letters with reasons, erasure events and
 * push-compliance documents; and nothing R10 forbids is in any topic or index the run wrote.
 */
@ExtendWith(LocalStackExtension.class)
class IngestJobITCase {

  private static final Duration DEADLINE = Duration.ofSeconds(45);

  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(3)
              .setConfiguration(metricsRefreshedEverySecond())
              .build());

  @TempDir Path checkpoints;

  private static Configuration metricsRefreshedEverySecond() {
    Configuration configuration = new Configuration();
    configuration.setString("metrics.fetcher.update-interval", "1000");
    return configuration;
  }

  @Test
  void carrierMessagesBecomeCleanPnrVersionsDeadLettersJournalAndPushCompliance(
      LocalKafka kafka,
      LocalElasticsearch elasticsearch,
      @InjectClusterClient RestClusterClient<?> flink)
      throws Exception {
    String name = "it-ingest";
    TopicNames topics = new TopicNames(name + ".");
    String es = elasticsearch.httpUrl();
    DashboardOptions indices =
        new DashboardOptions(name + "-hits", name + "-audit", name + "-push-compliance", 0);
    new ElasticsearchSetup(URI.create(es), indices).install();
    kafka.createTopics(2, topics.carrierMessages(), topics.pnr(), topics.audit());
    kafka.createTopics(2, topics.deadLetters());

    Configuration options = new Configuration();
    options.set(IngestOptions.KAFKA_BOOTSTRAP_SERVERS, kafka.bootstrapServers());
    options.set(IngestOptions.TOPIC_PREFIX, topics.prefix());
    options.set(IngestOptions.ELASTICSEARCH_URL, es);
    options.set(DeploymentOptions.AUDIT_INDEX, indices.auditIndex());
    options.set(AuditOptions.CONSUMER_GROUP, name + "-audit");
    options.set(AuditOptions.TRANSACTIONAL_ID_PREFIX, name + "-audit");
    options.set(IngestOptions.PUSH_COMPLIANCE_INDEX, indices.pushComplianceIndex());
    options.set(IngestOptions.CONSUMER_GROUP, name);
    options.set(IngestOptions.TRANSACTIONAL_ID_PREFIX, name);
    options.set(IngestOptions.CHECKPOINT_INTERVAL, Duration.ofMillis(500));
    options.set(IngestOptions.API_WAIT_FOR_PNR, Duration.ofSeconds(2));
    options.set(IngestOptions.SOURCE_IDLENESS, Duration.ofSeconds(1));

    try (KafkaTopics io = new KafkaTopics(kafka.bootstrapServers())) {
      JobClient job = start(name, options);
      JobClient auditJob = startAuditJob(name, options);

      IngestScenario.firstPushes().forEach(m -> send(io, topics, m));
      io.send(topics.carrierMessages(), "raw-edifact", IngestScenario.rawEdifact());
      awaitPnrVersions(io, topics, job, IngestScenario.PNR_VERSIONS_AFTER_FIRST_PUSHES);
      // An hour later, the same push again. Keyed by message id, two messages may sit in two
      // partitions and be read in either order: sent after the first is read, it is a re-send.
      send(io, topics, IngestScenario.identicalResend());
      awaitConsumed(io, name, topics, job);

      send(io, topics, IngestScenario.closurePush());
      awaitPnrVersions(io, topics, job, IngestScenario.PNR_VERSIONS_AFTER_CLOSURE_PUSH);

      send(io, topics, IngestScenario.apiList());
      awaitPnrVersions(io, topics, job, IngestScenario.PNR_VERSIONS);

      send(io, topics, IngestScenario.twoDaysLater());
      String pushIndex = indices.pushComplianceIndex();
      Deadline.await(
          "TK1938's missing closure push in Elasticsearch",
          DEADLINE,
          () ->
              stillRunning(job)
                  && HttpJson.documentIds(es, pushIndex).contains("TK1938/2026-03-03/IST")
                  && HttpJson.document(es, pushIndex, "TK1938%2F2026-03-03%2FIST")
                      .path("closure")
                      .asText()
                      .equals("MISSING"));
      String web = flink.getWebInterfaceURL();
      Deadline.await(
          "the metrics of the run",
          DEADLINE,
          () ->
              FlinkMetrics.sum(web, job.getJobID(), "identicalResends")
                      >= IngestScenario.IDENTICAL_RESENDS
                  && FlinkMetrics.sum(web, job.getJobID(), "deadLetters")
                      >= IngestScenario.DEAD_LETTERS);
      assertThat(FlinkMetrics.sum(web, job.getJobID(), "identicalResends"))
          .isEqualTo(IngestScenario.IDENTICAL_RESENDS);
      assertThat(FlinkMetrics.sum(web, job.getJobID(), "deadLetters"))
          .isEqualTo(IngestScenario.DEAD_LETTERS);
      awaitEverythingCommitted(io, name, topics, job, flink);
      job.cancel().get();

      assertPnrVersions(io.readCommitted(topics.pnr(), Pnr.class));
      assertDeadLetters(io.readCommitted(topics.deadLetters(), DeadLetter.class));
      List<AuditEvent> audit = io.readCommitted(topics.audit(), AuditEvent.class);
      assertJournal(audit);
      List<String> eventIds = audit.stream().map(AuditEvent::getEventId).toList();
      Deadline.await(
          "the audit job to index the whole journal",
          DEADLINE,
          () ->
              stillRunning(auditJob)
                  && HttpJson.documentIds(es, indices.auditIndex()).size() >= eventIds.size());
      auditJob.cancel().get();
      assertThat(HttpJson.documentIds(es, indices.auditIndex()))
          .containsExactlyInAnyOrderElementsOf(eventIds);
      assertPushCompliance(HttpJson.allDocuments(es, pushIndex));
      assertNothingSensitiveIn(io, es, topics, indices);
    }
  }

  private JobClient start(String name, Configuration options) throws Exception {
    Configuration flinkConfig = new Configuration();
    flinkConfig.setString("state.backend.type", "rocksdb");
    flinkConfig.setString("state.checkpoints.dir", checkpoints.resolve(name).toUri().toString());
    flinkConfig.setString("restart-strategy.type", "none");
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(flinkConfig);
    env.setParallelism(2);
    new IngestJob(IngestJob.kafkaSources(options), IngestJob.productionSinks(options), options)
        .build(env);
    return env.executeAsync(name);
  }

  /** The journal reaches its index through the audit job, as in production. */
  private JobClient startAuditJob(String name, Configuration options) throws Exception {
    Configuration flinkConfig = new Configuration();
    flinkConfig.setString("restart-strategy.type", "none");
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(flinkConfig);
    env.setParallelism(1);
    new AuditJob(AuditJob.kafkaSource(options), AuditJob.productionSinks(options), options)
        .build(env);
    return env.executeAsync(name + "-audit");
  }

  private static void send(KafkaTopics io, TopicNames topics, CarrierMessage message) {
    io.send(topics.carrierMessages(), message.getMessageId(), message, CarrierMessage.class);
  }

  private void awaitPnrVersions(KafkaTopics io, TopicNames topics, JobClient job, int count) {
    Deadline.await(
        count + " PNR versions committed",
        DEADLINE,
        () -> stillRunning(job) && io.rawCommitted(topics.pnr()).size() >= count);
  }

  private void awaitConsumed(KafkaTopics io, String group, TopicNames topics, JobClient job) {
    Deadline.await(
        "the job to consume all input",
        DEADLINE,
        () -> stillRunning(job) && io.consumedToEnd(group, List.of(topics.carrierMessages())));
  }

  /** Input consumed, then two more checkpoints: every output is committed, nothing more comes. */
  private void awaitEverythingCommitted(
      KafkaTopics io, String group, TopicNames topics, JobClient job, RestClusterClient<?> flink) {
    awaitConsumed(io, group, topics, job);
    String url = flink.getWebInterfaceURL() + "/jobs/" + job.getJobID() + "/checkpoints";
    long done = HttpJson.get(url).path("counts").path("completed").asLong();
    Deadline.await(
        "two more checkpoints",
        DEADLINE,
        () -> HttpJson.get(url).path("counts").path("completed").asLong() >= done + 2);
  }

  /** Fails at once, with the job's own error, when the job stopped. */
  private static boolean stillRunning(JobClient job) {
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

  private static void assertPnrVersions(List<Pnr> pnrs) {
    assertThat(pnrs).hasSize(IngestScenario.PNR_VERSIONS);
    Map<String, List<Pnr>> byId =
        pnrs.stream().collect(Collectors.groupingBy(Pnr::getPnrId, Collectors.toList()));
    Map<String, List<Long>> versions = new HashMap<>();
    byId.forEach((id, list) -> versions.put(id, list.stream().map(Pnr::getVersion).toList()));
    String apiOnly =
        byId.keySet().stream()
            .filter(id -> id.startsWith(IngestScenario.API_ONLY_PREFIX))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no API-only record in " + byId.keySet()));
    assertThat(versions)
        .containsOnly(
            Map.entry(IngestScenario.SEN001, List.of(IngestScenario.FIRST_PUSH)),
            Map.entry(
                IngestScenario.K7QX2M,
                List.of(
                    IngestScenario.FIRST_PUSH,
                    IngestScenario.CLOSURE_PUSH,
                    IngestScenario.API_PUSH)),
            Map.entry(
                IngestScenario.BPA003, List.of(IngestScenario.FIRST_PUSH, IngestScenario.API_PUSH)),
            Map.entry(IngestScenario.TKL001, List.of(IngestScenario.TK_PUSH)),
            Map.entry(apiOnly, List.of(IngestScenario.API_PUSH)));

    Pnr vanderbeek = byId.get(IngestScenario.K7QX2M).get(2);
    assertThat(vanderbeek.getPassengers())
        .extracting(Passenger::getSeat)
        .containsExactly("12A", "12B");
    assertThat(documentsOf(vanderbeek.getPassengers().get(0)))
        .containsExactly("EH123456", "BE0123456789");
    assertThat(vanderbeek.getPassengers().get(1).getDateOfBirth()).hasToString("1983-10-02");
    Pnr janssens = byId.get(IngestScenario.BPA003).get(1);
    assertThat(documentsOf(janssens.getPassengers().get(0)))
        .containsExactly("EM000013", "EH999013");
    Pnr peeters = byId.get(apiOnly).get(0);
    assertThat(peeters.getLegs())
        .singleElement()
        .satisfies(leg -> assertThat(leg.getFlightNumber()).isEqualTo("0123"));
    assertThat(peeters.getPassengers())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.getSurname()).isEqualTo("PEETERS");
              assertThat(documentsOf(p)).containsExactly("EP000777");
            });
    Pnr benali = byId.get(IngestScenario.SEN001).get(0);
    assertThat(benali.getPassengers()).extracting(Passenger::getSurname).containsOnly("BENALI");
    assertThat(benali.getSpecialServices()).isEmpty();
  }

  private static List<String> documentsOf(Passenger passenger) {
    return passenger.getDocuments().stream().map(TravelDocument::getNumber).toList();
  }

  private static void assertDeadLetters(List<DeadLetter> letters) {
    assertThat(letters).hasSize(IngestScenario.DEAD_LETTERS);
    assertThat(letters)
        .extracting(DeadLetter::getReason)
        .filteredOn(r -> r.equals("PNR not read: TIF without surname"))
        .hasSize(2);
    assertThat(letters)
        .filteredOn(d -> d.getPosition() != null)
        .extracting(DeadLetter::getPosition)
        .containsOnly("segment TIF #35 at byte 1166");
    assertThat(letters)
        .extracting(DeadLetter::getReason)
        .anyMatch(r -> r.contains("not Avro single-object encoding"));
    assertThat(letters).allMatch(d -> d.getPayload() != null && d.getPayload().remaining() > 0);
  }

  private static void assertJournal(List<AuditEvent> audit) {
    assertThat(audit).extracting(AuditEvent::getEventId).doesNotHaveDuplicates();
    Map<AuditEventType, Long> byType =
        audit.stream().collect(Collectors.groupingBy(AuditEvent::getType, Collectors.counting()));
    assertThat(byType)
        .containsOnly(
            Map.entry(AuditEventType.COLLECTION, (long) IngestScenario.RECEIPTS),
            Map.entry(AuditEventType.ERASURE, (long) IngestScenario.ERASURES),
            Map.entry(AuditEventType.DEAD_LETTER, (long) IngestScenario.DEAD_LETTERS),
            Map.entry(AuditEventType.OTHER, (long) IngestScenario.IDENTICAL_RESENDS));
    List<String> erasedFromSen001 = new ArrayList<>();
    for (AuditEvent event : audit) {
      if (event.getType() == AuditEventType.ERASURE
          && event.getSubjectId().equals(IngestScenario.SEN001)) {
        erasedFromSen001.add(
            event.getDetails().get("elementType") + "=" + event.getDetails().get("count"));
      }
    }
    // Each of the two pushes journals its own erasures: which PNR, which element type, how many.
    assertThat(erasedFromSen001)
        .hasSize(12)
        .containsOnly(
            "SSR:MEAL=4",
            "SSR:MEDICAL=3",
            "SSR:OTHER=1",
            "FREE_TEXT:OSI=1",
            "FREE_TEXT:REMARK=1",
            "FREE_TEXT:LTS=1");
    assertThat(audit)
        .filteredOn(e -> e.getType() == AuditEventType.COLLECTION)
        .allMatch(e -> e.getSubjectType().equals("MESSAGE"));
    // The journal holds identifiers only: no passenger name leaks into it.
    assertThat(audit.toString()).doesNotContain("BENALI", "VANDERBEEK", "PEETERS", "EH123456");
  }

  private static void assertPushCompliance(JsonNode documents) {
    Map<String, JsonNode> byId = new HashMap<>();
    documents.forEach(hit -> byId.put(hit.path("_id").asText(), hit.path("_source")));
    assertThat(byId)
        .hasSize(IngestScenario.PUSH_DOCUMENTS + IngestScenario.FLIGHT_DOCUMENTS)
        .containsKeys(
            "SN0123/2026-03-03/BRU/2026-03-02T08:15:00Z",
            "SN0123/2026-03-03/BRU/2026-03-02T09:15:00Z",
            "SN0123/2026-03-03/BRU/2026-03-03T09:25:00Z",
            "TK1938/2026-03-03/IST/2026-03-03T06:00:00Z",
            "SN0456/2026-03-06/BRU/2026-03-05T10:00:00Z");
    JsonNode sn0123 = byId.get("SN0123/2026-03-03/BRU");
    assertThat(sn0123.path("pushes").asInt()).isEqualTo(3);
    assertThat(sn0123.path("hoursBeforeDeparture").asDouble()).isEqualTo(26.0);
    assertThat(sn0123.path("closure").asText()).isEqualTo("PUSHED");
    assertThat(sn0123.path("issues")).isEmpty();
    JsonNode tk1938 = byId.get("TK1938/2026-03-03/IST");
    assertThat(tk1938.path("hoursBeforeDeparture").asDouble()).isEqualTo(8.0);
    assertThat(tk1938.path("issues").toString())
        .isEqualTo("[\"LATE_FIRST_PUSH\",\"NO_CLOSURE_PUSH\"]");
    assertThat(byId.get("SN0123/2026-03-03/BRU/2026-03-03T09:25:00Z").path("timing").asText())
        .isEqualTo("AT_CLOSURE");
    JsonNode sn0456 = byId.get("SN0456/2026-03-06/BRU");
    assertThat(sn0456.path("closure").asText()).isEqualTo("PENDING");
    assertThat(byId.get("SN0456/2026-03-06/BRU/2026-03-05T10:00:00Z").path("pnrCount").asInt())
        .isZero();
  }

  /**
   * R10: every record of every topic the job wrote (raw bytes as committed, keys included) and
   * every document of every index it wrote holds none of the sensitive codes or remark words it was
   * fed.
   */
  private static void assertNothingSensitiveIn(
      KafkaTopics io, String es, TopicNames topics, DashboardOptions indices) {
    for (String topic : List.of(topics.pnr(), topics.audit(), topics.deadLetters())) {
      List<ConsumerRecord<byte[], byte[]>> records = io.rawCommitted(topic);
      assertThat(records).as(topic).isNotEmpty();
      for (ConsumerRecord<byte[], byte[]> record : records) {
        assertThat(sensitiveIn(record.value())).as("a record of %s", topic).isEmpty();
        assertThat(sensitiveIn(record.key())).as("a key of %s", topic).isEmpty();
      }
    }
    for (String index : List.of(indices.auditIndex(), indices.pushComplianceIndex())) {
      JsonNode documents = HttpJson.allDocuments(es, index);
      assertThat(documents.size()).as(index).isPositive();
      assertThat(sensitiveIn(documents.toString())).as("the documents of %s", index).isEmpty();
    }
  }
}
