package eu.piu.cli.demo;

import eu.piu.cli.flink.LocalFlink;
import eu.piu.cli.flink.ScreeningDeployment;
import eu.piu.cli.kafka.CommittedReader;
import eu.piu.cli.kafka.ContractProducer;
import eu.piu.cli.kafka.TopicOffsets;
import eu.piu.cli.sample.CraftedCase;
import eu.piu.cli.sample.SampleFeed;
import eu.piu.cli.sample.SampleProfiles;
import eu.piu.cli.sample.SampleWatchlists;
import eu.piu.cli.stack.Deadline;
import eu.piu.cli.stack.ElasticsearchClient;
import eu.piu.cli.stack.LocalStack;
import eu.piu.connectors.kafka.TopicNames;
import eu.piu.connectors.serde.AvroCodec;
import eu.piu.schema.AuditEvent;
import eu.piu.schema.DeadLetter;
import eu.piu.schema.Hit;
import eu.piu.schema.IdentificationCode;
import eu.piu.schema.Pnr;
import eu.piu.schema.Profile;
import eu.piu.schema.ServiceNotification;
import eu.piu.schema.WatchlistEntry;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.flink.api.common.JobID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * The demo: the screening job on a local Flink cluster against the stack's topics and indices,
 * sample watchlists and profiles loaded, a generated PNR feed replayed; then, once the job has
 * screened everything and committed its outputs, what it wrote, read back and summed up.
 *
 * <p>Runs are isolated without deleting anything: the job gets a consumer group of its own whose
 * PNR offsets are set to the end of the topic before the replay, and outputs are read from the
 * offsets they had before the job started.
 */
public final class DemoScenario {

  /**
   * @param anchor the feed's "now": departures are 1 to 3 days later
   */
  public record Settings(
      ScreeningDeployment deployment,
      long seed,
      Instant anchor,
      int pnrCount,
      int decoysPerList,
      Duration settleTimeout) {}

  /** The running job and what the run produced. */
  public record Outcome(
      JobID job, DemoSummary summary, LifecycleDemo.Outcome lifecycle, List<String> problems) {}

  public static final String JOB_NAME = "piu-screening (demo)";

  private final Settings settings;
  private final PrintStream out;

  public DemoScenario(Settings settings, PrintStream out) {
    this.settings = settings;
    this.out = out;
  }

  public Outcome run(LocalFlink flink) throws Exception {
    ScreeningDeployment deployment = settings.deployment();
    TopicNames topics = new TopicNames(deployment.topicPrefix());
    SampleWatchlists lists =
        SampleWatchlists.demo(
            settings.seed(), settings.anchor().minus(Duration.ofDays(1)), settings.decoysPerList());
    List<Profile> profiles = SampleProfiles.demo(settings.anchor().minus(Duration.ofDays(1)));
    SampleFeed feed =
        SampleFeed.demo(settings.seed(), settings.anchor(), settings.pnrCount(), lists);
    out.printf(
        Locale.ROOT,
        "Sample data     seed %d, now = %s: %d watchlists (%,d entries), %d profiles, %s,"
            + " %d malformed records%n",
        settings.seed(),
        settings.anchor(),
        lists.listIds().size(),
        lists.entries().size(),
        profiles.size(),
        feed,
        feed.malformed().size());

    List<String> outputTopics = outputTopics(topics, deployment.services());
    try (Admin admin = LocalStack.admin(deployment.bootstrapServers())) {
      TopicOffsets offsets = new TopicOffsets(admin);
      Map<TopicPartition, Long> outputStarts =
          offsets.ends(outputTopics, IsolationLevel.READ_UNCOMMITTED);
      Map<TopicPartition, Long> lifecycleStarts =
          offsets.ends(
              LifecycleDemo.outputTopics(topics, deployment.services()),
              IsolationLevel.READ_UNCOMMITTED);
      // The job's own group starts where the PNR topic ends now: earlier runs' PNRs are not ours.
      offsets.commit(
          deployment.consumerGroup(),
          offsets.ends(List.of(topics.pnr()), IsolationLevel.READ_UNCOMMITTED));
      // Likewise the hits job: this run's hits and decisions only.
      offsets.commit(
          deployment.hitsConsumerGroup(),
          offsets.ends(
              List.of(topics.hits(), topics.decisions()), IsolationLevel.READ_UNCOMMITTED));
      produceCodes(topics, deployment.services());

      JobID job = deployment.submit(flink, JOB_NAME);
      flink.awaitRunning(job, Deadline.in(Duration.ofSeconds(60)));
      out.printf(
          "Screening job   running on the local Flink cluster (%s), parallelism %d, group %s%n",
          flink.webUi(), flink.environment().getParallelism(), deployment.consumerGroup());

      produce(topics, lists, profiles, feed);
      Map<TopicPartition, Long> inputEnds =
          offsets.ends(
              List.of(topics.pnr(), topics.watchlistEntries(), topics.profiles()),
              IsolationLevel.READ_UNCOMMITTED);

      out.print("Waiting         until the job has screened everything and committed its outputs ");
      out.flush();
      long started = System.nanoTime();
      Deadline.in(settings.settleTimeout())
          .await(
              "the job's outputs settling",
              () -> {
                flink.checkRunning(job);
                return offsets.reached(deployment.consumerGroup(), inputEnds)
                    && noOpenTransaction(offsets, outputTopics);
              },
              out);
      out.printf(Locale.ROOT, " done in %.1f s%n", (System.nanoTime() - started) / 1e9);

      DemoOutputs outputs = readOutputs(topics, outputStarts);
      DemoSummary summary = DemoSummary.of(outputs, deployment.services());
      List<String> problems = DemoCheck.problems(feed, outputs, summary);
      Map<String, CraftedCase> craftedByPnr = new LinkedHashMap<>();
      feed.craftedPnrIds().forEach((crafted, pnrId) -> craftedByPnr.put(pnrId, crafted));
      DemoReport.print(
          summary,
          craftedByPnr,
          problems,
          new DemoReport.Where(
              flink.webUi().toString(),
              JOB_NAME,
              deployment.elasticsearchUrl(),
              deployment.hitsIndex(),
              deployment.auditIndex(),
              topics,
              deployment.services()),
          out);
      LifecycleDemo.Outcome lifecycle =
          new LifecycleDemo(
                  deployment.bootstrapServers(),
                  topics,
                  deployment.services(),
                  deployment.elasticsearchUrl(),
                  deployment.hitsIndex(),
                  settings.settleTimeout())
              .run(outputs.hits(), feed.craftedPnrIds(), lifecycleStarts, out);
      List<String> allProblems = new ArrayList<>(problems);
      allProblems.addAll(lifecycle.problems());
      return new Outcome(job, summary, lifecycle, allProblems);
    }
  }

  /** The identification codes, before the hits job reads them whole from their compacted topic. */
  private void produceCodes(TopicNames topics, List<String> services) throws Exception {
    AvroCodec<IdentificationCode> codec = AvroCodec.of(IdentificationCode.class);
    List<IdentificationCode> codes = DemoCodes.all(services, settings.anchor());
    try (ContractProducer producer =
        new ContractProducer(settings.deployment().bootstrapServers())) {
      for (IdentificationCode code : codes) {
        producer.send(topics.identificationCodes(), code.getCode(), codec, code);
      }
      producer.flush();
    }
    out.printf(
        Locale.ROOT,
        "Loaded          %d identification codes -> %s%n",
        codes.size(),
        topics.identificationCodes());
  }

  private void produce(
      TopicNames topics, SampleWatchlists lists, List<Profile> profiles, SampleFeed feed)
      throws Exception {
    AvroCodec<WatchlistEntry> entries = AvroCodec.of(WatchlistEntry.class);
    AvroCodec<Profile> profileCodec = AvroCodec.of(Profile.class);
    AvroCodec<Pnr> pnrs = AvroCodec.of(Pnr.class);
    try (ContractProducer producer =
        new ContractProducer(settings.deployment().bootstrapServers())) {
      // Reference data first, though the job would re-screen waiting PNRs either way.
      for (WatchlistEntry entry : lists.entries()) {
        producer.send(topics.watchlistEntries(), SampleWatchlists.keyOf(entry), entries, entry);
      }
      for (Profile profile : profiles) {
        producer.send(topics.profiles(), profile.getProfileId(), profileCodec, profile);
      }
      producer.flush();
      out.printf(
          Locale.ROOT,
          "Loaded          %,d watchlist entries -> %s, %d profiles -> %s%n",
          lists.entries().size(),
          topics.watchlistEntries(),
          profiles.size(),
          topics.profiles());
      for (Pnr pnr : feed.firstPushes()) {
        producer.send(topics.pnr(), pnr.getPnrId(), pnrs, pnr);
      }
      for (SampleFeed.Malformed malformed : feed.malformed()) {
        producer.sendBytes(topics.pnr(), malformed.key(), malformed.value(), null);
      }
      for (Pnr pnr : feed.secondPushes()) {
        producer.send(topics.pnr(), pnr.getPnrId(), pnrs, pnr);
      }
      producer.flush();
      out.printf(
          Locale.ROOT,
          "Replayed        %,d PNR versions (%,d first pushes, %,d second) and %d malformed"
              + " records -> %s%n",
          feed.pnrVersions(),
          feed.firstPushes().size(),
          feed.secondPushes().size(),
          feed.malformed().size(),
          topics.pnr());
    }
  }

  private DemoOutputs readOutputs(TopicNames topics, Map<TopicPartition, Long> starts)
      throws Exception {
    String kafka = settings.deployment().bootstrapServers();
    Duration timeout = Duration.ofSeconds(60);
    List<Hit> hits =
        CommittedReader.read(kafka, only(starts, topics.hits()), AvroCodec.of(Hit.class), timeout);
    List<ServiceNotification> notifications = new ArrayList<>();
    for (String service : settings.deployment().services()) {
      notifications.addAll(
          CommittedReader.read(
              kafka,
              only(starts, topics.notifications(service)),
              AvroCodec.of(ServiceNotification.class),
              timeout));
    }
    List<AuditEvent> audit =
        CommittedReader.read(
            kafka, only(starts, topics.audit()), AvroCodec.of(AuditEvent.class), timeout);
    List<DeadLetter> deadLetters =
        CommittedReader.read(
            kafka, only(starts, topics.deadLetters()), AvroCodec.of(DeadLetter.class), timeout);
    DemoOutputs kafkaOnly = DemoOutputs.distinct(hits, notifications, audit, deadLetters, 0, 0);
    return withIndexCounts(kafkaOnly);
  }

  /**
   * Counts this run's hits and audit events in Elasticsearch. The sink flushed them before the
   * checkpoint that committed Kafka completed; they are searchable after a refresh.
   */
  private DemoOutputs withIndexCounts(DemoOutputs outputs) throws Exception {
    ScreeningDeployment deployment = settings.deployment();
    ElasticsearchClient elasticsearch = new ElasticsearchClient(deployment.elasticsearchUrl());
    List<String> hitIds = outputs.hits().stream().map(Hit::getHitId).toList();
    List<String> eventIds = outputs.audit().stream().map(AuditEvent::getEventId).toList();
    long[] counts = new long[2];
    try {
      Deadline.in(Duration.ofSeconds(30))
          .await(
              "Elasticsearch holding this run's hits and audit events",
              () -> {
                elasticsearch.refresh(deployment.hitsIndex());
                elasticsearch.refresh(deployment.auditIndex());
                counts[0] = elasticsearch.countWhereIn(deployment.hitsIndex(), "hitId", hitIds);
                counts[1] =
                    elasticsearch.countWhereIn(deployment.auditIndex(), "eventId", eventIds);
                return counts[0] == hitIds.size() && counts[1] == eventIds.size();
              });
    } catch (java.util.concurrent.TimeoutException e) {
      // Reported as a difference by the check, with the counts found.
    }
    return new DemoOutputs(
        outputs.hits(),
        outputs.notifications(),
        outputs.audit(),
        outputs.deadLetters(),
        counts[0],
        counts[1]);
  }

  static List<String> outputTopics(TopicNames topics, List<String> services) {
    List<String> outputs = new ArrayList<>();
    outputs.add(topics.hits());
    outputs.add(topics.audit());
    outputs.add(topics.deadLetters());
    services.forEach(s -> outputs.add(topics.notifications(s)));
    return outputs;
  }

  /**
   * No transaction of the job is open on the outputs: each partition's last stable offset is its
   * high watermark, so what a read_committed consumer sees is all there is.
   */
  static boolean noOpenTransaction(TopicOffsets offsets, List<String> topics) throws Exception {
    return offsets
        .ends(topics, IsolationLevel.READ_COMMITTED)
        .equals(offsets.ends(topics, IsolationLevel.READ_UNCOMMITTED));
  }

  private static Map<TopicPartition, Long> only(Map<TopicPartition, Long> offsets, String topic) {
    Map<TopicPartition, Long> selected = new HashMap<>();
    offsets.forEach(
        (partition, offset) -> {
          if (partition.topic().equals(topic)) {
            selected.put(partition, offset);
          }
        });
    return selected;
  }
}
