package eu.piu.cli.names;

import eu.piu.screening.names.ListedPerson;
import eu.piu.screening.names.NameExplanation;
import eu.piu.screening.names.NameMatch;
import eu.piu.screening.names.NameMatchingSettings;
import eu.piu.screening.names.NameQuery;
import eu.piu.screening.names.NameScorer;
import eu.piu.screening.names.NameScreeningIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Runs the name engine over the public corpus (../shared/corpus/names) and measures it: recall of
 * the altered UN names against the untreated list, the alert rate of 100,000 persons who are on no
 * list, per-script recall on transliterated name tokens against random pairs, and the cross-script
 * pairs. Scores are collected once and judged at several thresholds, so the report shows what the
 * threshold trades.
 */
public final class NameQualityReport {

  static final double[] THRESHOLDS = {0.75, 0.80, 0.825, 0.85, 0.875, 0.90, 0.95};
  static final int TRANSLITERATION_SAMPLE = 2000;
  static final String UN = "un-sanctions";
  static final String CONGRESS = "us-congress";

  private final Path corpus;
  private final NameMatchingSettings settings;

  /** Figures the test asserts. */
  public record Figures(
      double unRecallWithFacts,
      double unRecallNameOnly,
      double negativeAlertRateWithDateOfBirth,
      double negativeAlertRateNameOnly) {}

  private Figures figures;

  public NameQualityReport(Path corpus, NameMatchingSettings settings) {
    this.corpus = corpus;
    this.settings = settings;
  }

  public Figures figures() {
    return figures;
  }

  /** The report as markdown. */
  public String run() {
    double threshold = settings.defaultThreshold();
    // Scores are collected below every threshold of the sweep, then judged per threshold.
    NameMatchingSettings collecting =
        new NameMatchingSettings(0.5, Map.of(), settings.maxCandidates());
    StringBuilder md = new StringBuilder();
    md.append("# Name matching quality\n\n")
        .append("Written by `./piu name-quality` (eu.piu.cli.names.NameQualityReport) from ")
        .append("the public corpus `../shared/corpus/names`; do not edit by hand.\n\n")
        .append(
            String.format(
                Locale.ROOT,
                "Engine: eu.piu.screening.names, threshold %.3f (default), %d candidates scored"
                    + " per screening.\n\n",
                threshold,
                settings.maxCandidates()));

    List<CorpusPerson> untreated =
        CorpusPerson.read(corpus.resolve("un-sanctions-altered/positives_un_untreated.csv"));
    List<CorpusPerson> treated =
        CorpusPerson.read(corpus.resolve("un-sanctions-altered/positives_un_treated.csv"));
    List<CorpusPerson> congress =
        CorpusPerson.read(
            corpus.resolve("un-sanctions-altered/positives_us_congress_untreated.csv"));
    NameScreeningIndex index = new NameScreeningIndex(collecting);
    load(index, UN, untreated);
    load(index, CONGRESS, congress);

    double[] withFacts = recallScores(index, treated, untreated.size(), true);
    double[] nameOnly = recallScores(index, treated, untreated.size(), false);
    List<CorpusPerson> negatives = new ArrayList<>();
    negatives.addAll(CorpusPerson.read(corpus.resolve("negatives/negatives_us.csv")));
    negatives.addAll(CorpusPerson.read(corpus.resolve("negatives/negatives_global.csv")));
    double[] negativeWithFacts = bestScores(index, negatives, true);
    double[] negativeNameOnly = bestScores(index, negatives, false);

    figures =
        new Figures(
            rate(withFacts, threshold),
            rate(nameOnly, threshold),
            rate(negativeWithFacts, threshold),
            rate(negativeNameOnly, threshold));

    md.append("## Summary at the default threshold\n\n")
        .append("| measure | value | target |\n|---|---:|---|\n")
        .append(
            row(
                "UN altered names found (date of birth, nationality given)",
                percent(figures.unRecallWithFacts()),
                ">= 99%"))
        .append(row("UN altered names found (name only)", percent(figures.unRecallNameOnly()), ""))
        .append(
            row(
                "negatives alerting (date of birth, nationality, gender given)",
                percent(figures.negativeAlertRateWithDateOfBirth()),
                "<= 1%"))
        .append(
            row("negatives alerting (name only)", percent(figures.negativeAlertRateNameOnly()), ""))
        .append('\n');

    md.append("## UN altered names and negatives by threshold\n\n")
        .append(
            String.format(
                Locale.ROOT,
                "Watchlist: the %d untreated UN entries (`positives_un_untreated.csv`) and the %d"
                    + " US Congress members (common names, hard negatives) in one index. Queries:"
                    + " the %d altered UN rows (`positives_un_treated.csv`, row-aligned: found"
                    + " means the same row's entry is among the hits) and the %d negatives"
                    + " (`negatives_us.csv`, `negatives_global.csv`; alerting means any hit).\n\n",
                untreated.size(),
                congress.size(),
                treated.size(),
                negatives.size()))
        .append(
            "| threshold | UN recall, with DOB | UN recall, name only |"
                + " negatives alerting, with DOB | negatives alerting, name only |\n")
        .append("|---:|---:|---:|---:|---:|\n");
    for (double t : THRESHOLDS) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %.3f%s | %s | %s | %s | %s |\n",
              t,
              t == threshold ? " (default)" : "",
              percent(rate(withFacts, t)),
              percent(rate(nameOnly, t)),
              percent(rate(negativeWithFacts, t)),
              percent(rate(negativeNameOnly, t))));
    }
    md.append('\n')
        .append(missed(withFacts, threshold, "UN rows not found with date of birth (row numbers)"));

    md.append(transliteration(threshold));
    md.append(crossScript(threshold));
    return md.toString();
  }

  private static void load(NameScreeningIndex index, String listId, List<CorpusPerson> people) {
    for (int i = 0; i < people.size(); i++) {
      CorpusPerson person = people.get(i);
      index.upsert(
          ListedPeople.entry(
              listId,
              String.valueOf(i),
              List.of(person.name()),
              ListedPeople.split(person.dateOfBirth()),
              ListedPeople.split(person.nationality()),
              person.gender()));
    }
  }

  /** Per query row: the score of the same row's UN entry, 0 when not among the hits. */
  private static double[] recallScores(
      NameScreeningIndex index, List<CorpusPerson> queries, int listed, boolean withFacts) {
    double[] scores = new double[queries.size()];
    for (int i = 0; i < queries.size() && i < listed; i++) {
      String expected = String.valueOf(i);
      for (NameMatch match : index.screen(queries.get(i).query(withFacts))) {
        if (match.listId().equals(UN) && match.entryId().equals(expected)) {
          scores[i] = match.score();
          break;
        }
      }
    }
    return scores;
  }

  /** Per query: the best hit's score, 0 when none. */
  private static double[] bestScores(
      NameScreeningIndex index, List<CorpusPerson> queries, boolean withFacts) {
    double[] scores = new double[queries.size()];
    for (int i = 0; i < queries.size(); i++) {
      List<NameMatch> matches = index.screen(queries.get(i).query(withFacts));
      scores[i] = matches.isEmpty() ? 0 : matches.get(0).score();
    }
    return scores;
  }

  private String transliteration(double threshold) {
    StringBuilder md = new StringBuilder();
    md.append("## Transliterated name tokens by script\n\n")
        .append(
            String.format(
                Locale.ROOT,
                "Pairs of one name token in English and in another script (Wikidata;"
                    + " Arabic-English pairs of google/transliteration), scored with"
                    + " `NameScorer.score` (the native form as the passenger, the English as the"
                    + " list). Up to %d pairs per file, drawn with a fixed seed; negatives are"
                    + " the same native tokens against the English token of another random"
                    + " pair.\n\n",
                TRANSLITERATION_SAMPLE))
        .append(
            "| file | pairs | recall at threshold | random pairs matching |"
                + " median score, pairs | median score, random |\n")
        .append("|---|---:|---:|---:|---:|---:|\n");
    String[] files = {
      "wd_russian_20.tsv",
      "wd_arabic_20.tsv",
      "ar2en-test.tsv",
      "wd_hebrew_20.tsv",
      "wd_chinese_20.tsv",
      "wd_korean_20.tsv",
      "wd_katakana_20.tsv"
    };
    for (String file : files) {
      List<String[]> pairs = transliterationPairs(corpus.resolve("transliteration").resolve(file));
      Random random = new Random(4);
      List<String[]> sample = new ArrayList<>();
      for (int i = 0; i < TRANSLITERATION_SAMPLE && !pairs.isEmpty(); i++) {
        sample.add(pairs.get(random.nextInt(pairs.size())));
      }
      double[] positive = new double[sample.size()];
      double[] negative = new double[sample.size()];
      for (int i = 0; i < sample.size(); i++) {
        String[] pair = sample.get(i);
        positive[i] = pairScore(pair[1], pair[0]);
        String[] other = pairs.get(random.nextInt(pairs.size()));
        negative[i] = other[0].equalsIgnoreCase(pair[0]) ? 0 : pairScore(pair[1], other[0]);
      }
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %s | %s | %.3f | %.3f |\n",
              file,
              sample.size(),
              percent(rate(positive, threshold)),
              percent(rate(negative, threshold)),
              median(positive),
              median(negative)));
    }
    return md.append('\n').toString();
  }

  /**
   * Pairs {english, native}: Wikidata files hold english, spaced native, count; ar2en native,
   * english.
   */
  private static List<String[]> transliterationPairs(Path file) {
    List<String[]> pairs = new ArrayList<>();
    for (String line : lines(file)) {
      String[] fields = line.split("\t");
      if (fields.length < 2) {
        continue;
      }
      if (file.getFileName().toString().startsWith("ar2en")) {
        pairs.add(new String[] {fields[1], fields[0]});
      } else {
        pairs.add(new String[] {fields[0], fields[1].replace(" ", "")});
      }
    }
    return pairs;
  }

  private String crossScript(double threshold) {
    StringBuilder md = new StringBuilder();
    md.append("## Cross-script pairs\n\n")
        .append(
            "`cross-script/cross_script_pairs.csv` (moov-io/watchman): the minimum scores there"
                + " are an embedding model's and are shown for reference only.\n\n")
        .append("| query | list name | their minimum | score | match | alignment |\n")
        .append("|---|---|---:|---:|---|---|\n");
    int matched = 0;
    int total = 0;
    for (List<String> row : CsvRows.read(corpus.resolve("cross-script/cross_script_pairs.csv"))) {
      if (row.size() < 3) {
        continue;
      }
      NameExplanation explanation =
          NameScorer.score(NameQuery.ofName(row.get(0)), ListedPerson.named(row.get(1)));
      boolean match = explanation.score() >= threshold;
      matched += match ? 1 : 0;
      total++;
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %.3f | %s | %s |\n",
              row.get(0),
              row.get(1),
              row.get(2),
              explanation.score(),
              match ? "yes" : "no",
              explanation.describe(threshold).replace("|", "/")));
    }
    md.append(
        String.format(
            Locale.ROOT, "\n%d of %d pairs match at the default threshold.\n", matched, total));
    return md.toString();
  }

  private static double pairScore(String passenger, String listed) {
    return NameScorer.score(NameQuery.ofName(passenger), ListedPerson.named(listed)).score();
  }

  private static String missed(double[] scores, double threshold, String title) {
    StringBuilder rows = new StringBuilder();
    int count = 0;
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] < threshold) {
        rows.append(count++ == 0 ? "" : ", ").append(i + 2);
      }
    }
    return count == 0
        ? ""
        : title + " (line numbers in the CSV, header = line 1): " + rows + "\n\n";
  }

  static double rate(double[] scores, double threshold) {
    int count = 0;
    for (double score : scores) {
      if (score >= threshold) {
        count++;
      }
    }
    return scores.length == 0 ? 0 : (double) count / scores.length;
  }

  private static double median(double[] scores) {
    double[] sorted = scores.clone();
    java.util.Arrays.sort(sorted);
    return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
  }

  private static String percent(double rate) {
    return String.format(Locale.ROOT, "%.2f%%", rate * 100);
  }

  private static String row(String measure, String value, String target) {
    return "| " + measure + " | " + value + " | " + target + " |\n";
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
