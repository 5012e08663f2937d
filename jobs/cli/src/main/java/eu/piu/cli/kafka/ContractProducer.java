package eu.piu.cli.kafka;

import eu.piu.connectors.serde.AvroCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Writes contract records as the upstream systems would: Avro single-object encoding (AvroCodec),
 * keyed as the contract says, idempotent. Every send is checked: {@link #flush()} fails if any
 * record was not written, so no input silently goes missing.
 */
public final class ContractProducer implements AutoCloseable {

  private final KafkaProducer<byte[], byte[]> producer;
  private final AtomicReference<Exception> firstFailure = new AtomicReference<>();
  private final AtomicLong acknowledged = new AtomicLong();
  private final Callback check =
      (metadata, exception) -> {
        if (exception != null) {
          firstFailure.compareAndSet(null, exception);
        } else {
          acknowledged.incrementAndGet();
        }
      };

  public ContractProducer(String bootstrapServers) {
    Properties properties = new Properties();
    properties.setProperty(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.setProperty(ProducerConfig.ACKS_CONFIG, "all");
    properties.setProperty(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    properties.setProperty(ProducerConfig.LINGER_MS_CONFIG, "5");
    properties.setProperty(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
    properties.setProperty(ProducerConfig.BUFFER_MEMORY_CONFIG, String.valueOf(64 << 20));
    properties.setProperty(ProducerConfig.CLIENT_ID_CONFIG, "piu-cli");
    this.producer =
        new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
  }

  public <T extends SpecificRecord> void send(
      String topic, String key, AvroCodec<T> codec, T record) throws IOException {
    sendBytes(topic, key, codec.encode(record), null);
  }

  /** Any bytes, e.g. garbage that the job must dead-letter; a timestamp for latency, or null. */
  public void sendBytes(String topic, String key, byte[] value, Long timestamp) throws IOException {
    failIfAnySendFailed();
    producer.send(
        new ProducerRecord<>(topic, null, timestamp, key.getBytes(StandardCharsets.UTF_8), value),
        check);
  }

  /** Waits until every record sent so far is written; fails if any was not. */
  public void flush() throws IOException {
    producer.flush();
    failIfAnySendFailed();
  }

  public long acknowledged() {
    return acknowledged.get();
  }

  private void failIfAnySendFailed() throws IOException {
    Exception failure = firstFailure.get();
    if (failure != null) {
      throw new IOException("a record could not be written to Kafka", failure);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
