package eu.piu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.piu.connectors.deployment.DeploymentOptions;
import eu.piu.connectors.kafka.TopicNames;
import eu.piu.connectors.serde.AvroCodec;
import eu.piu.dashboards.DashboardOptions;
import eu.piu.dashboards.ElasticsearchSetup;
import eu.piu.localstack.LocalElasticsearch;
import eu.piu.localstack.LocalKafka;
import eu.piu.localstack.LocalStackExtension;
import eu.piu.schema.AuditEvent;
import eu.piu.schema.AuditEventType;
import eu.piu.schema.DeadLetter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The audit job on a MiniCluster (parallelism 2) against real Kafka and Elasticsearch: every
 * journal entry becomes one document, a replayed entry overwrites its document, and a record that
 * is not an audit event is dead-lettered while the job goes on.
 */
@ExtendWith(LocalStackExtension.class)
class AuditJobITCase {

  private static final Duration DEADLINE = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  @Test
  void indexesEveryJournalEntryOnceAndDeadLettersTheRest(
      LocalKafka kafka, LocalElasticsearch elasticsearch) throws Exception {
    TopicNames topics = new TopicNames("it-audit.");
    kafka.createTopics(2, topics.audit(), topics.deadLetters());
    String index = "it-audit-journal";
    new ElasticsearchSetup(
            URI.create(elasticsearch.httpUrl()), new DashboardOptions("it-audit-hits", index, 0))
        .install();

    List<AuditEvent> journal = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      journal.add(event(i));
    }
    Properties props = new Properties();
    props.put("bootstrap.servers", kafka.bootstrapServers());
    props.put("acks", "all");
    try (var producer =
        new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
      AvroCodec<AuditEvent> codec = AvroCodec.of(AuditEvent.class);
      for (AuditEvent event : journal) {
        send(producer, topics.audit(), event.getEventId(), codec.encode(event));
      }
      // A replay after an upstream restart writes the same entries again.
      for (AuditEvent event : journal.subList(0, 5)) {
        send(producer, topics.audit(), event.getEventId(), codec.encode(event));
      }
      send(producer, topics.audit(), "junk", "not an audit event".getBytes(StandardCharsets.UTF_8));
    }

    Configuration options = new Configuration();
    options.set(DeploymentOptions.KAFKA_BOOTSTRAP_SERVERS, kafka.bootstrapServers());
    options.set(DeploymentOptions.TOPIC_PREFIX, topics.prefix());
    options.set(DeploymentOptions.ELASTICSEARCH_URL, elasticsearch.httpUrl());
    options.set(DeploymentOptions.AUDIT_INDEX, index);
    options.set(AuditOptions.CONSUMER_GROUP, "it-audit");
    options.set(AuditOptions.TRANSACTIONAL_ID_PREFIX, "it-audit");
    options.set(AuditOptions.CHECKPOINT_INTERVAL, Duration.ofMillis(500));
    Configuration flink = new Configuration();
    flink.setString("restart-strategy.type", "none");
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(flink);
    env.setParallelism(2);
    new AuditJob(AuditJob.kafkaSource(options), AuditJob.productionSinks(options), options)
        .build(env);
    JobClient job = env.executeAsync("it-audit");
    try {
      await("the dead letter", () -> deadLetters(kafka, topics.deadLetters()).size() == 1);
      await("every entry indexed", () -> documentIds(elasticsearch, index).size() >= 20);
    } finally {
      job.cancel().get();
    }

    assertThat(documentIds(elasticsearch, index))
        .containsExactlyInAnyOrderElementsOf(journal.stream().map(AuditEvent::getEventId).toList());
    JsonNode first = document(elasticsearch, index, journal.get(0).getEventId());
    assertThat(first.path("type").asText()).isEqualTo("HIT");
    assertThat(first.path("occurredAt").asText()).isEqualTo("2026-11-22T08:00:00Z");
    assertThat(first.path("details").path("pnrVersion").asText()).isEqualTo("1");
    DeadLetter letter = deadLetters(kafka, topics.deadLetters()).get(0);
    assertThat(letter.getJob()).isEqualTo(AuditJob.JOB);
    assertThat(letter.getReason()).contains("not Avro single-object encoding");
  }

  private static AuditEvent event(int i) {
    return AuditEvent.newBuilder()
        .setEventId("a-" + i)
        .setType(i % 2 == 0 ? AuditEventType.HIT : AuditEventType.COLLECTION)
        .setOccurredAt(Instant.parse("2026-11-22T08:00:00Z").plusSeconds(i))
        .setJob("screening")
        .setActor("system:screening")
        .setSubjectType("HIT")
        .setSubjectId("h-" + i)
        .setDetails(Map.of("pnrVersion", "1"))
        .build();
  }

  private static void send(
      KafkaProducer<byte[], byte[]> producer, String topic, String key, byte[] value)
      throws Exception {
    producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value)).get();
  }

  private static List<DeadLetter> deadLetters(LocalKafka kafka, String topic) {
    Properties props = new Properties();
    props.put("bootstrap.servers", kafka.bootstrapServers());
    props.put("isolation.level", "read_committed");
    try (var consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      var end = consumer.endOffsets(partitions);
      List<DeadLetter> letters = new ArrayList<>();
      AvroCodec<DeadLetter> codec = AvroCodec.of(DeadLetter.class);
      long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
          && System.nanoTime() < until) {
        for (var record : consumer.poll(Duration.ofMillis(200))) {
          try {
            letters.add(codec.decode(record.value()));
          } catch (Exception e) {
            throw new AssertionError("undecodable dead letter", e);
          }
        }
      }
      return letters;
    }
  }

  private static List<String> documentIds(LocalElasticsearch es, String index) {
    call(es.httpUrl() + "/" + index + "/_refresh", "");
    JsonNode hits =
        call(
                es.httpUrl() + "/" + index + "/_search",
                "{\"size\":1000,\"_source\":false,\"query\":{\"match_all\":{}}}")
            .path("hits")
            .path("hits");
    List<String> ids = new ArrayList<>();
    hits.forEach(hit -> ids.add(hit.path("_id").asText()));
    return ids;
  }

  private static JsonNode document(LocalElasticsearch es, String index, String id) {
    return call(es.httpUrl() + "/" + index + "/_doc/" + id, null).path("_source");
  }

  private static JsonNode call(String url, String body) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
      if (body != null) {
        request
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
      }
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return JSON.readTree(response.body());
    } catch (Exception e) {
      throw new IllegalStateException(url + " failed", e);
    }
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + DEADLINE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(200);
    }
  }
}
