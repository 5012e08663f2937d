package eu.piu.cli.demo;

import eu.piu.cli.sample.CraftedCase;
import eu.piu.cli.sample.SampleFeed;
import eu.piu.schema.Hit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares what the job wrote with what the sample data was crafted to produce: every crafted hit,
 * no other, every PNR version screened, every malformed record dead-lettered, Elasticsearch in line
 * with Kafka. The demo's exit status is this check, so CI can run it.
 */
public final class DemoCheck {

  private DemoCheck() {}

  /** What differs; empty when the run is as expected. */
  public static List<String> problems(SampleFeed feed, DemoOutputs outputs, DemoSummary summary) {
    List<String> problems = new ArrayList<>();
    expect(problems, "PNR versions screened", feed.pnrVersions(), summary.pnrVersionsScreened());
    expect(
        problems, "passenger legs screened", feed.passengerLegs(), summary.passengerLegsScreened());
    expect(problems, "dead letters", feed.malformed().size(), summary.deadLetters());

    Map<String, List<String>> servicesByPnr = new HashMap<>();
    for (Hit hit : outputs.hits()) {
      servicesByPnr
          .computeIfAbsent(hit.getPnrId(), k -> new ArrayList<>())
          .add(String.join("+", new TreeSet<>(hit.getServices())));
    }
    Set<String> crafted = new HashSet<>();
    for (Map.Entry<CraftedCase, String> entry : feed.craftedPnrIds().entrySet()) {
      crafted.add(entry.getValue());
      List<String> expected = new ArrayList<>();
      entry.getKey().hits().forEach(s -> expected.add(String.join("+", new TreeSet<>(s))));
      List<String> actual =
          new ArrayList<>(servicesByPnr.getOrDefault(entry.getValue(), List.of()));
      expected.sort(null);
      actual.sort(null);
      if (!expected.equals(actual)) {
        problems.add(
            "crafted case " + entry.getKey() + ": expected hits " + expected + ", got " + actual);
      }
    }
    servicesByPnr.keySet().stream()
        .filter(pnrId -> !crafted.contains(pnrId))
        .sorted()
        .forEach(pnrId -> problems.add("unexpected hit on PNR " + pnrId));

    long multiple =
        feed.craftedPnrIds().keySet().stream().filter(c -> c.services().size() > 1).count();
    expect(
        problems, "multiple hits (person+flight groups)", multiple, summary.multipleHits().size());
    long common = feed.craftedPnrIds().keySet().stream().filter(CraftedCase::common).count();
    expect(problems, "common hits", common, summary.commonHits());
    expect(problems, "hits in Elasticsearch", summary.hits(), summary.hitsIndexed());
    expect(
        problems, "audit events in Elasticsearch", summary.auditEvents(), summary.auditIndexed());
    return problems;
  }

  private static void expect(List<String> problems, String what, long expected, long actual) {
    if (expected != actual) {
      problems.add(what + ": expected " + expected + ", got " + actual);
    }
  }
}
