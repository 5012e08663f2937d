package eu.piu.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.piu.cli.names.CsvRows;
import eu.piu.cli.names.ListedPeople;
import eu.piu.cli.names.NameJson;
import eu.piu.screening.names.ListedPerson;
import eu.piu.screening.names.NameExplanation;
import eu.piu.screening.names.NameMatchingSettings;
import eu.piu.screening.names.NameQuery;
import eu.piu.screening.names.NameScorer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "score-names",
    mixinStandardHelpOptions = true,
    description = {
      "Scores pairs of names with the screening job's name scorer, for analysts checking why two"
          + " names match or not.",
      "Reads CSV rows name1,name2[,dob1,dob2,nationality1,nationality2] (a header row is"
          + " recognised by its first field starting with 'name'). name1 is the person screened,"
          + " name2 the listed name; dates are YYYY-MM-DD or YYYY, several list dates or"
          + " nationalities separated by ';'. Writes each row with its score, decision and"
          + " explanation (aligned tokens, leftovers, adjustments) as CSV or JSON lines.",
      "Needs no running stack."
    })
final class ScoreNamesCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE.csv", description = "The pairs to score.")
  Path file;

  @Option(
      names = "--format",
      defaultValue = "csv",
      paramLabel = "csv|json",
      description = "Output: csv (default) or json (one object per line).")
  String format;

  @Option(
      names = "--threshold",
      paramLabel = "SCORE",
      description = "The score a match needs (default: the engine's default threshold).")
  Double threshold;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (!format.equals("csv") && !format.equals("json")) {
      throw new IllegalArgumentException("--format must be csv or json");
    }
    double limit =
        threshold != null ? threshold : NameMatchingSettings.defaults().defaultThreshold();
    PrintWriter out = spec.commandLine().getOut();
    List<List<String>> rows = CsvRows.read(file);
    if (!rows.isEmpty() && rows.get(0).get(0).toLowerCase(Locale.ROOT).startsWith("name")) {
      rows = rows.subList(1, rows.size());
    }
    if (format.equals("csv")) {
      out.println("name1,name2,dob1,dob2,nationality1,nationality2,score,decision,explanation");
    }
    for (List<String> row : rows) {
      String name1 = field(row, 0);
      String name2 = field(row, 1);
      NameExplanation explanation =
          NameScorer.score(
              new NameQuery(
                  name1, null, ListedPeople.dateOfBirth(field(row, 2)), field(row, 4), null),
              new ListedPerson(
                  List.of(name2),
                  ListedPeople.split(field(row, 3)),
                  ListedPeople.split(field(row, 5)),
                  null));
      String decision = explanation.score() >= limit ? "match" : "no match";
      if (format.equals("csv")) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < 6; i++) {
          line.append(CsvRows.quote(field(row, i))).append(',');
        }
        line.append(String.format(Locale.ROOT, "%.4f", explanation.score()))
            .append(',')
            .append(decision)
            .append(',')
            .append(CsvRows.quote(explanation.describe(limit)));
        out.println(line);
      } else {
        ObjectNode node = NameJson.MAPPER.createObjectNode();
        String[] columns = {"name1", "name2", "dob1", "dob2", "nationality1", "nationality2"};
        for (int i = 0; i < columns.length; i++) {
          node.put(columns[i], field(row, i));
        }
        node.put("score", explanation.score());
        node.put("threshold", limit);
        node.put("decision", decision);
        node.set("explanation", NameJson.explanation(explanation));
        out.println(node);
      }
    }
    out.flush();
    return 0;
  }

  private static String field(List<String> row, int index) {
    return index < row.size() && !row.get(index).isBlank() ? row.get(index) : null;
  }
}
