package eu.piu.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import eu.piu.cli.hits.DecisionSender;
import eu.piu.cli.kafka.CommittedReader;
import eu.piu.cli.sample.CraftedCase;
import eu.piu.cli.stack.Deadline;
import eu.piu.cli.stack.ElasticsearchClient;
import eu.piu.connectors.kafka.TopicNames;
import eu.piu.connectors.serde.AvroCodec;
import eu.piu.schema.Decision;
import eu.piu.schema.DecisionKind;
import eu.piu.schema.DecisionResult;
import eu.piu.schema.FollowUp;
import eu.piu.schema.Hit;
import eu.piu.schema.HitStatus;
import eu.piu.schema.OcamTransfer;
import eu.piu.schema.OverdueAlert;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;

/**
 * The second half of the demo: the crafted hits through their lifecycle, by identification code.
 * The common FTF hit is validated by VSSE (follow-up to all its services, and OCAM) and later
 * rejected by POLICE (recorded only); the POLICE document hit is rejected; a POLICE member's
 * decision on the VSSE hit is refused; the POLICE hit of the multiple hit is validated. Last, the
 * CUSTOMS profile hit is validated 25 h after its notification: that decision moves the hits job's
 * event time past every deadline, so every hit still pending raises its overdue alert.
 *
 * <p>Decision times are the hits' own detection times plus a few hours (simulated time), sent one
 * at a time in time order, each awaited: so what becomes overdue is the same on every run.
 */
public final class LifecycleDemo {

  /** What the lifecycle produced; steps by label. */
  public record Outcome(
      Map<String, Hit> hits,
      Map<String, DecisionResult> results,
      List<FollowUp> followUps,
      List<OcamTransfer> ocam,
      List<OverdueAlert> overdue,
      Map<String, String> indexedStatus,
      List<String> problems) {}

  public static final String COMMON_VALIDATED = "common hit validated by VSSE";
  public static final String COMMON_LATER = "common hit rejected later by POLICE";
  public static final String REJECTED = "POLICE document hit rejected";
  public static final String REFUSED = "POLICE member on the VSSE hit";
  public static final String MULTIPLE_VALIDATED = "multiple hit: POLICE part validated";
  public static final String LATE = "CUSTOMS profile hit validated after 25 h";

  private static final Duration DECISION_TIMEOUT = Duration.ofSeconds(60);

  private record Step(String label, Hit hit, String code, DecisionKind kind, Instant at) {}

  private final String bootstrapServers;
  private final TopicNames topics;
  private final List<String> services;
  private final String elasticsearchUrl;
  private final String hitsIndex;
  private final Duration settleTimeout;

  public LifecycleDemo(
      String bootstrapServers,
      TopicNames topics,
      List<String> services,
      String elasticsearchUrl,
      String hitsIndex,
      Duration settleTimeout) {
    this.bootstrapServers = bootstrapServers;
    this.topics = topics;
    this.services = services;
    this.elasticsearchUrl = elasticsearchUrl;
    this.hitsIndex = hitsIndex;
    this.settleTimeout = settleTimeout;
  }

  /** The hits job's output topics, whose offsets before the run bound what it wrote. */
  public static List<String> outputTopics(TopicNames topics, List<String> services) {
    List<String> outputs = new ArrayList<>();
    outputs.add(topics.decisionResults());
    outputs.add(topics.ocam());
    outputs.add(topics.supervision());
    services.forEach(s -> outputs.add(topics.followUp(s)));
    return outputs;
  }

  public Outcome run(
      List<Hit> runHits,
      Map<CraftedCase, String> craftedPnrIds,
      Map<TopicPartition, Long> outputStarts,
      PrintStream out)
      throws Exception {
    Map<CraftedCase, List<Hit>> crafted = new LinkedHashMap<>();
    for (Map.Entry<CraftedCase, String> entry : craftedPnrIds.entrySet()) {
      crafted.put(
          entry.getKey(),
          runHits.stream()
              .filter(h -> h.getPnrId().equals(entry.getValue()))
              .sorted(Comparator.comparing(Hit::getHitId))
              .toList());
    }
    Hit common = only(crafted, CraftedCase.COMMON_LIST);
    Hit document = only(crafted, CraftedCase.DOCUMENT);
    Hit nameAndBirth = only(crafted, CraftedCase.NAME_AND_DATE_OF_BIRTH);
    Hit profile = only(crafted, CraftedCase.PROFILE);
    Hit multiplePolice =
        crafted.get(CraftedCase.TWO_SERVICES_LISTS).stream()
            .filter(h -> h.getServices().contains("POLICE"))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no POLICE part of the multiple hit"));
    Instant latest =
        runHits.stream().map(Hit::getDetectedAt).max(Comparator.naturalOrder()).orElseThrow();

    List<Step> steps =
        new ArrayList<>(
            List.of(
                step(COMMON_VALIDATED, common, "VSSE", DecisionKind.VALIDATE, 1),
                step(COMMON_LATER, common, "POLICE", DecisionKind.REJECT, 2),
                step(REJECTED, document, "POLICE", DecisionKind.REJECT, 1),
                step(REFUSED, nameAndBirth, "POLICE", DecisionKind.VALIDATE, 1),
                step(MULTIPLE_VALIDATED, multiplePolice, "POLICE", DecisionKind.VALIDATE, 1)));
    steps.sort(Comparator.comparing(Step::at));
    steps.add(
        new Step(
            LATE,
            profile,
            DemoCodes.detachedMember("CUSTOMS"),
            DecisionKind.VALIDATE,
            latest.plus(Duration.ofHours(25))));

    DecisionSender sender = new DecisionSender(bootstrapServers, topics);
    Map<String, DecisionResult> results = new LinkedHashMap<>();
    Map<String, Hit> hits = new LinkedHashMap<>();
    for (Step step : steps) {
      Decision decision =
          Decision.newBuilder()
              .setDecisionId("demo-" + UUID.randomUUID())
              .setHitId(step.hit().getHitId())
              .setCode(step.code())
              .setKind(step.kind())
              .setReason("demo: " + step.label())
              .setDecidedAt(step.at())
              .build();
      DecisionResult result =
          sender
              .decide(decision, DECISION_TIMEOUT)
              .orElseThrow(
                  () -> new IllegalStateException("no result for the decision: " + step.label()));
      results.put(step.label(), result);
      hits.put(step.label(), step.hit());
    }

    Map<String, HitStatus> finalStatus = new HashMap<>();
    runHits.forEach(h -> finalStatus.put(h.getHitId(), HitStatus.PENDING_VALIDATION));
    results.values().stream()
        .filter(r -> r.getHitStatus() != HitStatus.UNKNOWN)
        .forEach(r -> finalStatus.put(r.getHitId(), r.getHitStatus()));
    Set<String> pending =
        finalStatus.entrySet().stream()
            .filter(e -> e.getValue() == HitStatus.PENDING_VALIDATION)
            .map(Map.Entry::getKey)
            .collect(Collectors.toCollection(TreeSet::new));

    List<OverdueAlert> overdue = new ArrayList<>();
    Deadline.in(settleTimeout)
        .await(
            "an overdue alert for every hit still pending",
            () -> {
              overdue.clear();
              overdue.addAll(read(outputStarts, topics.supervision(), OverdueAlert.class));
              return overdue.stream()
                  .map(OverdueAlert::getHitId)
                  .collect(Collectors.toSet())
                  .containsAll(pending);
            });
    List<FollowUp> followUps = new ArrayList<>();
    for (String service : services) {
      followUps.addAll(read(outputStarts, topics.followUp(service), FollowUp.class));
    }
    List<OcamTransfer> ocam = read(outputStarts, topics.ocam(), OcamTransfer.class);
    Map<String, String> indexed = indexedStatus(finalStatus, pending);

    Outcome outcome =
        new Outcome(
            hits,
            results,
            distinct(followUps, FollowUp::getFollowUpId),
            distinct(ocam, OcamTransfer::getTransferId),
            distinct(overdue, OverdueAlert::getAlertId),
            indexed,
            List.of());
    List<String> problems = problems(outcome, finalStatus, pending);
    outcome =
        new Outcome(
            hits,
            results,
            outcome.followUps(),
            outcome.ocam(),
            outcome.overdue(),
            indexed,
            problems);
    print(outcome, out);
    return outcome;
  }

  private static Step step(String label, Hit hit, String service, DecisionKind kind, int hours) {
    return new Step(
        label,
        hit,
        DemoCodes.detachedMember(service),
        kind,
        hit.getDetectedAt().plus(Duration.ofHours(hours)));
  }

  private static Hit only(Map<CraftedCase, List<Hit>> crafted, CraftedCase crafting) {
    List<Hit> hits = crafted.getOrDefault(crafting, List.of());
    if (hits.size() != 1) {
      throw new IllegalStateException(crafting + " raised " + hits.size() + " hits, not 1");
    }
    return hits.get(0);
  }

  /** Each hit's status in the index, once every hit shows the status its decisions left. */
  private Map<String, String> indexedStatus(Map<String, HitStatus> expected, Set<String> pending)
      throws Exception {
    ElasticsearchClient elasticsearch = new ElasticsearchClient(elasticsearchUrl);
    Map<String, String> found = new LinkedHashMap<>();
    try {
      Deadline.in(settleTimeout)
          .await(
              "the hits index showing every hit's status",
              () -> {
                elasticsearch.refresh(hitsIndex);
                found.clear();
                for (String hitId : expected.keySet()) {
                  JsonNode source;
                  try {
                    source = elasticsearch.get("/" + hitsIndex + "/_doc/" + hitId).path("_source");
                  } catch (java.io.IOException notYet) {
                    return false;
                  }
                  boolean overdue = source.path("overdue").asBoolean();
                  found.put(hitId, source.path("status").asText() + (overdue ? " (overdue)" : ""));
                  if (!source.path("status").asText().equals(expected.get(hitId).name())
                      || (pending.contains(hitId) && !overdue)) {
                    return false;
                  }
                }
                return true;
              });
    } catch (java.util.concurrent.TimeoutException e) {
      // Reported as a difference by the check, with what was found.
    }
    return found;
  }

  private static List<String> problems(
      Outcome outcome, Map<String, HitStatus> finalStatus, Set<String> pending) {
    List<String> problems = new ArrayList<>();
    expect(problems, COMMON_VALIDATED, outcome, "APPLIED", HitStatus.VALIDATED);
    expect(problems, COMMON_LATER, outcome, "RECORDED", HitStatus.VALIDATED);
    expect(problems, REJECTED, outcome, "APPLIED", HitStatus.REJECTED);
    expect(problems, REFUSED, outcome, "REFUSED", HitStatus.PENDING_VALIDATION);
    expect(problems, MULTIPLE_VALIDATED, outcome, "APPLIED", HitStatus.VALIDATED);
    expect(problems, LATE, outcome, "APPLIED", HitStatus.VALIDATED);
    if (!outcome.results().get(LATE).getLate()) {
      problems.add(LATE + ": not marked late");
    }
    String commonId = outcome.hits().get(COMMON_VALIDATED).getHitId();
    List<String> commonRecipients =
        outcome.followUps().stream()
            .filter(f -> f.getHitId().equals(commonId))
            .map(FollowUp::getRecipientService)
            .sorted()
            .toList();
    if (!commonRecipients.equals(List.of("CUSTOMS", "POLICE", "VSSE"))) {
      problems.add("follow-ups of the common hit: " + commonRecipients);
    }
    String rejectedId = outcome.hits().get(REJECTED).getHitId();
    if (outcome.followUps().stream().anyMatch(f -> f.getHitId().equals(rejectedId))) {
      problems.add("a rejected hit was followed up");
    }
    if (outcome.followUps().size() != 5) {
      problems.add("follow-ups: expected 5, got " + outcome.followUps().size());
    }
    List<String> ocamHits = outcome.ocam().stream().map(OcamTransfer::getHitId).toList();
    if (!ocamHits.equals(List.of(commonId))) {
      problems.add("OCAM transfers: expected the common FTF hit only, got " + ocamHits);
    }
    Set<String> alerted =
        outcome.overdue().stream().map(OverdueAlert::getHitId).collect(Collectors.toSet());
    if (!alerted.containsAll(pending)) {
      problems.add("overdue alerts missing for pending hits");
    }
    for (Map.Entry<String, HitStatus> hit : finalStatus.entrySet()) {
      String indexed = outcome.indexedStatus().getOrDefault(hit.getKey(), "missing");
      if (!indexed.startsWith(hit.getValue().name())) {
        problems.add(
            "hit " + hit.getKey() + " indexed " + indexed + ", expected " + hit.getValue());
      }
    }
    return problems;
  }

  private static void expect(
      List<String> problems, String step, Outcome outcome, String effect, HitStatus status) {
    DecisionResult result = outcome.results().get(step);
    if (!result.getEffect().name().equals(effect) || result.getHitStatus() != status) {
      problems.add(
          step
              + ": expected "
              + effect
              + " with the hit "
              + status
              + ", got "
              + result.getEffect()
              + " with the hit "
              + result.getHitStatus());
    }
  }

  private <T extends org.apache.avro.specific.SpecificRecord> List<T> read(
      Map<TopicPartition, Long> starts, String topic, Class<T> type) throws Exception {
    Map<TopicPartition, Long> selected = new HashMap<>();
    starts.forEach(
        (partition, offset) -> {
          if (partition.topic().equals(topic)) {
            selected.put(partition, offset);
          }
        });
    return CommittedReader.read(
        bootstrapServers, selected, AvroCodec.of(type), Duration.ofSeconds(30));
  }

  private static <T> List<T> distinct(List<T> records, Function<T, String> id) {
    Map<String, T> byId = new LinkedHashMap<>();
    records.forEach(r -> byId.putIfAbsent(id.apply(r), r));
    return List.copyOf(byId.values());
  }

  private static void print(Outcome outcome, PrintStream out) {
    out.println();
    out.println("Hit lifecycle   decisions by identification code (simulated time), one by one:");
    for (Map.Entry<String, DecisionResult> step : outcome.results().entrySet()) {
      DecisionResult r = step.getValue();
      out.printf(
          Locale.ROOT,
          "  %-40s hit %s by %s: %s%s, hit %s%s%n",
          step.getKey(),
          r.getHitId(),
          r.getCode(),
          r.getEffect(),
          r.getRefusal() == null ? "" : " (" + r.getRefusal() + ")",
          r.getHitStatus(),
          r.getLate() ? ", late" : "");
    }
    Map<String, List<String>> followUps = new LinkedHashMap<>();
    for (FollowUp f : outcome.followUps()) {
      followUps.computeIfAbsent(f.getHitId(), k -> new ArrayList<>()).add(f.getRecipientService());
    }
    out.printf(Locale.ROOT, "  %-40s %s%n", "follow-ups (validated hits only)", followUps);
    out.printf(
        Locale.ROOT,
        "  %-40s %s%n",
        "OCAM (validated common FTF hits)",
        outcome.ocam().stream().map(OcamTransfer::getHitId).toList());
    out.printf(
        Locale.ROOT,
        "  %-40s %s%n",
        "overdue alerts (pending after 24 h)",
        outcome.overdue().stream().map(OverdueAlert::getHitId).sorted().toList());
    out.printf(Locale.ROOT, "  %-40s %s%n", "hits index", outcome.indexedStatus());
    out.println(
        outcome.problems().isEmpty()
            ? "  lifecycle OK"
            : "  lifecycle DIFFERS: " + String.join("; ", outcome.problems()));
  }
}
