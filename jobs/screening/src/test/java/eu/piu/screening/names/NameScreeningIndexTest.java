package eu.piu.screening.names;

import static eu.piu.screening.names.WatchlistEntries.decoy;
import static eu.piu.screening.names.WatchlistEntries.deletion;
import static eu.piu.screening.names.WatchlistEntries.entry;
import static eu.piu.screening.names.WatchlistEntries.withFacts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameScreeningIndexTest {

  /** Few candidates scored: the index itself must rank the right entry first. */
  static final NameMatchingSettings FEW_CANDIDATES = new NameMatchingSettings(0.85, Map.of(), 5);

  private NameScreeningIndex index;

  @BeforeEach
  void loadLookAlikes() {
    index = lookAlikes();
  }

  /** 3,000 decoys and three listed people. */
  private static NameScreeningIndex lookAlikes() {
    NameScreeningIndex lookAlikes = new NameScreeningIndex(FEW_CANDIDATES);
    for (int i = 0; i < 3000; i++) {
      lookAlikes.upsert(entry("decoys", "D" + i, 1, decoy(i)));
    }
    lookAlikes.upsert(entry("un", "E1", 1, "Vladimir Vladimirovich Putin"));
    lookAlikes.upsert(entry("un", "E2", 1, "Abdulhai Salek"));
    lookAlikes.upsert(entry("un", "E3", 1, "Mohamed Ali Hassan"));
    return lookAlikes;
  }

  private List<String> found(String name) {
    return index.screen(NameQuery.ofName(name)).stream().map(NameMatch::entryId).toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Vladimir Putin", // missing middle name
        "Vladimir Vladimirovich Puttin", // doubled letter
        "Vladimr Vladimirovich Putin", // dropped letter
        "Vladimir Vladimirovich Ptuin", // adjacent swap
        "PUTIN, Vladimir Vladimirovich", // comma order
        "Putin Vladimir Vladimirovich", // swapped tokens
        "PUTIN<<VLADIMIR<VLADIMIROVICH", // MRZ
        "Владимир Владимирович Путин" // Cyrillic
      })
  void variantsOfAListedNameFindIt(String name) {
    assertThat(found(name)).first().isEqualTo("E1");
  }

  @Test
  void noisyAndOtherScriptNamesFindTheirEntry() {
    assertThat(found("SALEK, ABDULHAI")).first().isEqualTo("E2");
    assertThat(found("Abdulhai Sal?k")).first().isEqualTo("E2");
    assertThat(found("Abdul Hai Salek")).first().isEqualTo("E2");
    assertThat(found("محمد علي حسن")).first().isEqualTo("E3");
  }

  @Test
  void anUnlistedNameFindsNothing() {
    assertThat(found("Hendrik Vanderbilt")).isEmpty();
  }

  @Test
  void aMatchCarriesItsEntryVersionNameAndExplanation() {
    NameMatch match = index.screen(NameQuery.ofName("Abdulhai Salk")).get(0);
    assertThat(match.listId()).isEqualTo("un");
    assertThat(match.version()).isEqualTo(1);
    assertThat(match.matchedName()).isEqualTo("Abdulhai Salek");
    assertThat(match.threshold()).isEqualTo(0.85);
    assertThat(match.explanation().aligned()).hasSize(2);
    assertThat(match.evidence().get(0).getField()).isEqualTo("name");
    assertThat(match.reason()).contains("salk~salek", "threshold 0.85");
  }

  @Test
  void upsertReplacesAndRemoveOrDeleteForgets() {
    int size = index.size();
    index.upsert(entry("un", "E2", 2, "Karim Benali"));
    assertThat(index.size()).isEqualTo(size);
    assertThat(found("Abdulhai Salek")).doesNotContain("E2");
    assertThat(index.screen(NameQuery.ofName("Karim Benali")))
        .singleElement()
        .satisfies(m -> assertThat(m.version()).isEqualTo(2));

    index.remove("un", "E2");
    assertThat(found("Karim Benali")).isEmpty();
    index.upsert(deletion("un", "E1"));
    assertThat(found("Vladimir Putin")).isEmpty();
    assertThat(index.size()).isEqualTo(size - 2);
  }

  @Test
  void theMatchedNameIsTheAliasThatMatchedEvenAfterALineBreakInAnother() {
    index.upsert(entry("un", "E7", 1, "Ilyas\nKashmiri Qadir", "Abu Omar Qadir"));
    assertThat(index.screen(NameQuery.ofName("Abu Omar Qadir")))
        .singleElement()
        .satisfies(m -> assertThat(m.matchedName()).isEqualTo("Abu Omar Qadir"));
  }

  @Test
  void anEntryWithoutNamesIsNotKept() {
    int size = index.size();
    index.upsert(entry("un", "E3", 2));
    assertThat(index.size()).isEqualTo(size - 1);
    assertThat(found("Mohamed Ali Hassan")).isEmpty();
  }

  @Test
  void eachListHasItsOwnThreshold() {
    NameScreeningIndex strict =
        new NameScreeningIndex(new NameMatchingSettings(0.80, Map.of("strict", 0.99), 50));
    strict.upsert(entry("strict", "S1", 1, "Jonathan Smith"));
    strict.upsert(entry("lenient", "L1", 1, "Jonathan Smith"));
    List<NameMatch> matches = strict.screen(NameQuery.ofName("Jonathan Smyth"));
    assertThat(matches).extracting(NameMatch::listId).containsExactly("lenient");
    assertThat(matches.get(0).threshold()).isEqualTo(0.80);
    assertThat(strict.screen(NameQuery.ofName("Jonathan Smith")))
        .extracting(NameMatch::listId)
        .containsExactlyInAnyOrder("strict", "lenient");
  }

  @Test
  void aPairScoresTheSameInAFullIndexAloneAndByThePureScorer() {
    var listed =
        withFacts(entry("un", "E9", 1, "Ahmad Shah Massoud"), List.of("1953"), List.of("AF"), "M");
    index.upsert(listed);
    NameScreeningIndex alone = new NameScreeningIndex(FEW_CANDIDATES);
    alone.upsert(listed);
    NameQuery query = new NameQuery("Masoud", "Ahmed Shah", LocalDate.of(1953, 9, 2), "AFG", "M");

    double inFull = scoreOf(index.screen(query), "E9");
    double inSmall = scoreOf(alone.screen(query), "E9");
    double pure =
        NameScorer.score(
                query,
                new ListedPerson(
                    List.of("Ahmad Shah Massoud"), List.of("1953"), List.of("AF"), "M"))
            .score();
    assertThat(inFull).isEqualTo(inSmall).isEqualTo(pure).isGreaterThan(0.85);
  }

  @Test
  void theLinearScanFindsWhatTheIndexFinds() {
    NameQuery query = NameQuery.ofName("Vladimir Putin");
    assertThat(index.screenByScan(query)).isEqualTo(index.screen(query));
  }

  /**
   * A token on more entries than a screening walks is deferred to the leading candidates; the
   * scratch state of one screening must not leak into the next, however many run.
   */
  @Test
  @Timeout(60)
  void screeningsWithATooCommonTokenGiveTheSameAnswerEveryTime() {
    for (int i = 0; i < CandidateRanking.MAX_POSTINGS_VISITED + 500; i++) {
      index.upsert(entry("common", "M" + i, 1, "Mohamed " + decoy(i)));
    }
    index.upsert(entry("un", "Z1", 1, "Mohamed Zarqawi"));
    List<NameQuery> queries =
        List.of(
            NameQuery.ofName("Mohamed Zarkawi"),
            NameQuery.ofName("Mohamed Ali Hasan"),
            NameQuery.ofName("Vladimir Putin"),
            NameQuery.ofName("Mohamed"));
    List<List<NameMatch>> first = queries.stream().map(index::screen).toList();
    assertThat(first.get(0)).extracting(NameMatch::entryId).contains("Z1");
    assertThat(first.get(1)).extracting(NameMatch::entryId).contains("E3");
    for (int round = 0; round < 2_000; round++) {
      int q = round % queries.size();
      assertThat(index.screen(queries.get(q))).as("round %d", round).isEqualTo(first.get(q));
    }
  }

  /**
   * A gathering of alike tokens cached before the list grew catches up with the tokens added since:
   * screenings then find what an index built with the whole list at once finds.
   */
  @Test
  void aListGrowingBetweenScreeningsScreensAsTheWholeListBuiltAtOnce() {
    List<NameQuery> queries =
        List.of(
            NameQuery.ofName("Vladimir Putin"),
            NameQuery.ofName("Mohamed Ali Hasan"),
            NameQuery.ofName("Abdul Hai Salek"),
            NameQuery.ofName("Muhammad Alli"));
    queries.forEach(index::screen);
    List<String> added =
        List.of("Wladimir Poutine", "Mohammed Aly Hasaan", "Muhamad Alli", "Abdoul Hay Saleck");
    for (int i = 0; i < added.size(); i++) {
      index.upsert(entry("late", "L" + i, 1, added.get(i)));
      // Built afresh, screened cold: nothing cached.
      NameScreeningIndex whole = lookAlikes();
      for (int l = 0; l <= i; l++) {
        whole.upsert(entry("late", "L" + l, 1, added.get(l)));
      }
      for (NameQuery query : queries) {
        assertThat(index.screen(query))
            .as("%s after %d added", query, i + 1)
            .isEqualTo(whole.screen(query));
      }
    }
    assertThat(index.screen(queries.get(3))).extracting(NameMatch::entryId).contains("L2");
  }

  private static double scoreOf(List<NameMatch> matches, String entryId) {
    return matches.stream()
        .filter(m -> m.entryId().equals(entryId))
        .findFirst()
        .orElseThrow()
        .score();
  }
}
