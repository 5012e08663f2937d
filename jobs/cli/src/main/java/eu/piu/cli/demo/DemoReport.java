package eu.piu.cli.demo;

import eu.piu.cli.report.TextTable;
import eu.piu.cli.sample.CraftedCase;
import eu.piu.connectors.kafka.TopicNames;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints a demo run for a person: the numbers, the hits by identifier, and where to look. */
public final class DemoReport {

  /** Where the run's outputs can be seen. */
  public record Where(
      String flinkUi,
      String jobName,
      String elasticsearchUrl,
      String hitsIndex,
      String auditIndex,
      TopicNames topics,
      List<String> services) {}

  private DemoReport() {}

  public static void print(
      DemoSummary summary,
      Map<String, CraftedCase> craftedByPnr,
      List<String> problems,
      Where where,
      PrintStream out) {
    out.println();
    out.println("What the screening job did (read back: Kafka read_committed, Elasticsearch REST)");
    line(
        out,
        "PNR versions screened",
        summary.pnrVersionsScreened(),
        String.format(
            Locale.ROOT,
            "%,d PNRs, %,d of them pushed twice",
            summary.pnrsScreened(),
            summary.pnrVersionsScreened() - summary.pnrsScreened()));
    line(out, "passenger legs screened", summary.passengerLegsScreened(), "");
    line(out, "hits", summary.hits(), counts(summary.hitsByKind()));
    line(out, "  by service", -1, counts(summary.hitsByService()));
    line(
        out,
        "multiple hits",
        summary.multipleHits().size(),
        "person+flight groups hit for 2 or more services");
    for (DemoSummary.MultipleHit group : summary.multipleHits()) {
      out.printf(
          Locale.ROOT,
          "      PNR %s %s on %s: %s (%s)%n",
          group.pnrId(),
          group.passengerId(),
          group.flightKey(),
          String.join(" + ", group.services()),
          group.commonListOnly() ? "one hit on a common list" : group.hitIds().size() + " hits");
    }
    line(out, "common hits", summary.commonHits(), "one hit received by every concerned service");
    line(
        out,
        "notifications",
        summary.notificationsByService().values().stream().mapToInt(Integer::intValue).sum(),
        counts(summary.notificationsByService()));
    line(out, "dead letters", summary.deadLetters(), counts(summary.deadLettersByError()));
    line(out, "audit events", summary.auditEvents(), counts(summary.auditByType()));
    out.printf(
        Locale.ROOT,
        "  %-25s %s: %,d of %,d hits; %s: %,d of %,d audit events%n",
        "Elasticsearch",
        where.hitsIndex(),
        summary.hitsIndexed(),
        summary.hits(),
        where.auditIndex(),
        summary.auditIndexed(),
        summary.auditEvents());

    out.println();
    out.println("Hits (identifiers only)");
    TextTable hits =
        new TextTable(
            "hit id (start)", "kind", "services", "source", "matched", "PNR", "pax", "flight");
    for (DemoSummary.HitRow hit : summary.hitRows()) {
      hits.row(
          hit.hitId().substring(0, Math.min(12, hit.hitId().length())),
          hit.kind(),
          String.join(",", hit.services()) + (hit.common() ? " (common)" : ""),
          hit.source(),
          hit.matchedFields(),
          hit.pnrId(),
          hit.passengerId(),
          hit.flightKey());
    }
    hits.print(out, "  ");
    out.println("  crafted in the sample feed:");
    craftedByPnr.forEach(
        (pnrId, crafted) ->
            out.printf(Locale.ROOT, "    %-29s %s%n", pnrId, crafted.description()));

    out.println();
    if (problems.isEmpty()) {
      out.println(
          "Check: every crafted hit found and no other, every PNR version screened, every"
              + " malformed record dead-lettered, Elasticsearch in line with Kafka. OK");
    } else {
      out.println("Check FAILED:");
      problems.forEach(p -> out.println("  - " + p));
    }

    TopicNames topics = where.topics();
    out.println();
    out.println("Where to look");
    out.printf(
        "  %-15s %s  (job %s, while the demo runs)%n",
        "Flink UI", where.flinkUi(), where.jobName());
    out.printf(
        "  %-15s %s/%s/_search?pretty  %s/%s/_search?pretty%n",
        "Elasticsearch",
        where.elasticsearchUrl(),
        where.hitsIndex(),
        where.elasticsearchUrl(),
        where.auditIndex());
    out.printf(
        "  %-15s in: %s, %s, %s%n",
        "Topics", topics.pnr(), topics.watchlistEntries(), topics.profiles());
    out.printf(
        "  %-15s out: %s, %s, %s, %s%n",
        "",
        topics.hits(),
        topics.audit(),
        topics.deadLetters(),
        where.services().stream().map(topics::notifications).collect(Collectors.joining(", ")));
    out.printf("  %-15s ./piu status   ./piu down (--purge also deletes .piu/)%n", "Then");
  }

  private static void line(PrintStream out, String label, long value, String detail) {
    String number = value < 0 ? "" : String.format(Locale.ROOT, "%,d", value);
    out.printf(
        Locale.ROOT, "  %-25s %7s%s%n", label, number, detail.isEmpty() ? "" : "   " + detail);
  }

  private static String counts(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%,d", e.getValue()))
        .collect(Collectors.joining(", "));
  }
}
