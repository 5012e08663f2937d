package eu.piu.cli;

import eu.piu.cli.hits.HitQuery;
import eu.piu.cli.report.TextTable;
import eu.piu.cli.stack.ElasticsearchClient;
import eu.piu.cli.stack.PiuHome;
import eu.piu.cli.stack.StackSettings;
import eu.piu.dashboards.DashboardOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the hits that concern a service, oldest first, from Elasticsearch (index piu-hits):"
          + " id, status, age against the 24 h validation deadline, deciders' code, and the other"
          + " services with hits on the same person and flight.",
      "Identifiers and codes only; the hit's content is in Kibana."
    })
final class HitsListCommand implements Callable<Integer> {

  @Option(
      names = "--service",
      required = true,
      paramLabel = "SERVICE",
      description = "The service whose hits to list, e.g. POLICE.")
  String service;

  @Option(
      names = "--status",
      split = ",",
      paramLabel = "STATUS",
      description = "Only these statuses: PENDING_VALIDATION, VALIDATED, REJECTED (default all).")
  List<String> statuses = List.of();

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "100",
      description = "At most this many hits (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--index",
      paramLabel = "INDEX",
      defaultValue = DashboardOptions.HITS_INDEX,
      description = "The hits index or alias (default ${DEFAULT-VALUE}).")
  String index;

  @Override
  public Integer call() throws Exception {
    PiuHome home = PiuHome.fromSystemProperties();
    StackSettings settings = StackSettings.load(home.stackSettings());
    ElasticsearchClient elasticsearch = new ElasticsearchClient(settings.elasticsearchUrl());
    List<String> wanted = statuses.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
    List<HitQuery.Row> rows =
        HitQuery.rows(
            elasticsearch.search(
                index, HitQuery.body(service.toUpperCase(Locale.ROOT), wanted, limit)));
    print(rows, Instant.now());
    return 0;
  }

  private void print(List<HitQuery.Row> rows, Instant now) {
    if (rows.isEmpty()) {
      System.out.println("no hits for " + service);
      return;
    }
    TextTable table =
        new TextTable("hit", "status", "kind", "common", "age", "deadline", "decided by", "group");
    for (HitQuery.Row row : rows) {
      table.row(
          row.hitId(),
          row.status() + (row.overdue() ? " (overdue)" : ""),
          row.kind(),
          row.common() ? "common" : "",
          hours(row.age(now)),
          row.deadline().toString(),
          row.decidedBy(),
          String.join(",", row.groupServices()));
    }
    table.print(System.out, "");
  }

  private static String hours(Duration age) {
    return age.toHours() + " h";
  }
}
