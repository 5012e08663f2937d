package eu.piu.cli.bench;

import eu.piu.cli.flink.IngestDeployment;
import eu.piu.cli.flink.LocalFlink;
import eu.piu.cli.kafka.CommittedReader;
import eu.piu.cli.kafka.ContractProducer;
import eu.piu.cli.kafka.TopicOffsets;
import eu.piu.cli.stack.Deadline;
import eu.piu.connectors.serde.AvroCodec;
import eu.piu.formats.CarrierMessageParser;
import eu.piu.formats.ParsedMessage;
import eu.piu.formats.ParsedPnr;
import eu.piu.formats.bench.SyntheticPnrgov;
import eu.piu.schema.CarrierMessage;
import eu.piu.schema.MessageFormat;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.common.JobID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * (e) Ingestion: realistic PNRGOV interchanges (several PNRs each, folded lines, sensitive SSRs to
 * erase) produced as carrier messages as fast as possible while the ingestion job turns them into
 * PNR versions; the end is the moment a version of every PNR is visible to a read_committed
 * consumer of the pnr topic, as (a) waits for hits: the job commits them in the checkpoint that
 * commits its consumption of the messages. Compared with (a), it tells whether ingestion could hold
 * the pipeline back.
 *
 * <p>Not the consumer group's committed offsets: the Kafka source commits them from its fetcher,
 * between polls of up to 10 s once its input has run dry, which added up to 10 s to the phase.
 */
final class IngestPhase {

  /** What the phase measured; {@code legs} are passenger legs of the PNRs in the messages. */
  record Figures(long messages, long bytes, long pnrs, long legs, double seconds) {

    double legsPerSecond() {
      return legs / seconds;
    }

    double megabytesPerSecond() {
      return bytes / 1e6 / seconds;
    }
  }

  private final E2eBenchmark.Settings settings;
  private final PrintStream out;

  IngestPhase(E2eBenchmark.Settings settings, PrintStream out) {
    this.settings = settings;
    this.out = out;
  }

  Figures run(LocalFlink flink, Admin admin, ContractProducer producer) throws Exception {
    out.printf(
        Locale.ROOT, "(e) ingestion   generating >= %,d passenger legs ", settings.ingestLegs());
    List<byte[]> corpus = new ArrayList<>();
    long[] counts = corpus(corpus);
    out.printf(
        Locale.ROOT,
        "(%,d interchanges, %.0f MB, %,d PNRs); ingesting ",
        corpus.size(),
        counts[0] / 1e6,
        counts[1]);
    String topic = settings.topics().carrierMessages();
    String group = settings.runId() + "-ingest";
    IngestDeployment deployment =
        new IngestDeployment(
            settings.bootstrapServers(),
            settings.elasticsearchUrl(),
            settings.topics().prefix(),
            settings.pushComplianceIndex(),
            group,
            settings.runId() + "-ingest");
    JobID job = deployment.submit(flink, E2eBenchmark.JOB_NAME + " (ingest)");
    flink.awaitRunning(job, Deadline.in(Duration.ofSeconds(60)));

    TopicOffsets offsets = new TopicOffsets(admin);
    String pnrTopic = settings.topics().pnr();
    Map<TopicPartition, Long> versionsFrom =
        offsets.ends(List.of(pnrTopic), IsolationLevel.READ_UNCOMMITTED);
    AvroCodec<CarrierMessage> codec = AvroCodec.of(CarrierMessage.class);
    long started = System.nanoTime();
    for (int i = 0; i < corpus.size(); i++) {
      String messageId = settings.runId() + "-msg-" + i;
      CarrierMessage message =
          CarrierMessage.newBuilder()
              .setMessageId(messageId)
              .setSender("BENCH")
              .setFormat(MessageFormat.PNRGOV)
              .setReceivedAt(Instant.now())
              .setPayload(ByteBuffer.wrap(corpus.get(i)))
              .build();
      producer.send(topic, messageId, codec, message);
    }
    producer.flush();
    try (KafkaConsumer<byte[], byte[]> versions =
        CommittedReader.consumer(settings.bootstrapServers())) {
      versions.assign(versionsFrom.keySet());
      versionsFrom.forEach(versions::seek);
      long[] visible = {0};
      Deadline.in(settings.phaseTimeout())
          .await(
              "a version of each of the " + counts[3] + " PNRs visible (read_committed)",
              () -> {
                flink.checkRunning(job);
                visible[0] += versions.poll(Duration.ofMillis(100)).count();
                return visible[0] >= counts[3];
              },
              out);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    flink.cancel(job, Duration.ofSeconds(60));
    Figures figures = new Figures(corpus.size(), counts[0], counts[1], counts[2], seconds);
    out.printf(Locale.ROOT, " %,.0f passenger legs/s%n", figures.legsPerSecond());
    return figures;
  }

  /**
   * Fills {@code corpus}; returns bytes, PNRs, passenger legs and distinct PNRs (each has a version
   * at least), counted by the parser.
   */
  private long[] corpus(List<byte[]> corpus) {
    LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    SyntheticPnrgov generator = new SyntheticPnrgov(settings.seed(), tomorrow);
    CarrierMessageParser parser = new CarrierMessageParser();
    long bytes = 0;
    long pnrs = 0;
    long legs = 0;
    Set<String> pnrIds = new HashSet<>();
    Instant now = Instant.now();
    while (legs < settings.ingestLegs()) {
      byte[] interchange = generator.interchange(generator.randomShape());
      ParsedMessage parsed = parser.parse(interchange, "BENCH", now, "count");
      for (ParsedPnr pnr : parsed.pnrs()) {
        legs += (long) pnr.pnr().getPassengers().size() * pnr.pnr().getLegs().size();
        pnrIds.add(pnr.pnr().getPnrId());
      }
      pnrs += parsed.pnrs().size();
      bytes += interchange.length;
      corpus.add(interchange);
    }
    return new long[] {bytes, pnrs, legs, pnrIds.size()};
  }
}
