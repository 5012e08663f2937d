package eu.piu.cli;

import eu.piu.cli.names.NameJson;
import eu.piu.cli.names.ScreeningFiles;
import eu.piu.cli.names.ScreeningFiles.ScreenedPerson;
import eu.piu.schema.WatchlistEntry;
import eu.piu.screening.names.NameMatch;
import eu.piu.screening.names.NameMatchingSettings;
import eu.piu.screening.names.NameScreeningIndex;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    description = {
      "Screens a file of persons against a watchlist file by name, with the screening job's name"
          + " index (NameScreeningIndex): fuzzy and cross-script names, date of birth,"
          + " nationality and gender as score adjustments.",
      "Files are CSV with a header row or JSON lines. Watchlist: listId, entryId, names (aliases"
          + " separated by '|' in CSV, an array in JSON), datesOfBirth and nationalities (';' in"
          + " CSV, arrays in JSON), gender. Persons: personId, surname (or name: the whole name),"
          + " givenNames, dateOfBirth (YYYY-MM-DD or YYYY), nationality, gender.",
      "Writes one JSON line per hit on standard output (personId, listId, entryId, version,"
          + " matchedName, score, threshold, reason, evidence, explanation) and counts on standard"
          + " error. Needs no running stack."
    })
final class ScreenCommand implements Callable<Integer> {

  @Option(names = "--watchlist", required = true, paramLabel = "FILE", description = "Entries.")
  Path watchlist;

  @Option(names = "--persons", required = true, paramLabel = "FILE", description = "Persons.")
  Path persons;

  @Option(
      names = "--threshold",
      paramLabel = "SCORE",
      description = "Default threshold of the lists (default: the engine's).")
  Double threshold;

  @Option(
      names = "--list-threshold",
      paramLabel = "LIST=SCORE",
      description = "A list's own threshold; repeatable.")
  Map<String, Double> listThresholds = Map.of();

  @Option(
      names = "--max-candidates",
      paramLabel = "N",
      description = "Candidates scored per person (default: the engine's).")
  Integer maxCandidates;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    NameMatchingSettings defaults = NameMatchingSettings.defaults();
    NameScreeningIndex index =
        new NameScreeningIndex(
            new NameMatchingSettings(
                threshold != null ? threshold : defaults.defaultThreshold(),
                listThresholds,
                maxCandidates != null ? maxCandidates : defaults.maxCandidates()));
    for (WatchlistEntry entry : ScreeningFiles.watchlist(watchlist)) {
      index.upsert(entry);
    }
    PrintWriter out = spec.commandLine().getOut();
    int screened = 0;
    int hits = 0;
    for (ScreenedPerson person : ScreeningFiles.persons(persons)) {
      screened++;
      for (NameMatch match : index.screen(person.query())) {
        out.println(NameJson.hit(person.personId(), match));
        hits++;
      }
    }
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    err.println("entries " + index.size() + ", persons screened " + screened + ", hits " + hits);
    err.flush();
    return 0;
  }
}
