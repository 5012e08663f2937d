package eu.piu.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalStackExtension.class)
class LocalStackITCase {

  @Test
  void committedTransactionReachesReadCommittedConsumer(LocalKafka kafka) throws Exception {
    assertThat(kafka).isSameAs(LocalStackExtension.kafka());
    kafka.createTopics(2, Map.of("cleanup.policy", "compact"), "itcase-passengers");

    Properties producerSettings = kafka.clientProperties();
    producerSettings.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "itcase-producer");
    producerSettings.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, "60000");
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(producerSettings, new StringSerializer(), new StringSerializer())) {
      producer.initTransactions();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>("itcase-passengers", "pnr-1", "DOE/JOHN")).get();
      producer.commitTransaction();
    }

    Properties consumerSettings = kafka.clientProperties();
    consumerSettings.put(ConsumerConfig.GROUP_ID_CONFIG, "itcase-consumer");
    consumerSettings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    consumerSettings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    List<ConsumerRecord<String, String>> received = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(consumerSettings, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of("itcase-passengers"));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (received.isEmpty() && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(received::add);
      }
    }
    assertThat(received)
        .singleElement()
        .satisfies(
            record -> {
              assertThat(record.key()).isEqualTo("pnr-1");
              assertThat(record.value()).isEqualTo("DOE/JOHN");
            });
  }

  @Test
  void indexedDocumentReadsBack(LocalElasticsearch elasticsearch) throws Exception {
    assertThat(elasticsearch).isSameAs(LocalStackExtension.elasticsearch());
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> indexed =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(elasticsearch.httpUrl() + "/itcase-hits/_doc/hit-1?refresh=true"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"passenger\":\"DOE/JOHN\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(indexed.statusCode()).as(indexed.body()).isEqualTo(201);

    HttpResponse<String> read =
        http.send(
            HttpRequest.newBuilder(URI.create(elasticsearch.httpUrl() + "/itcase-hits/_doc/hit-1"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).contains("\"found\":true", "\"passenger\":\"DOE/JOHN\"");
  }
}
