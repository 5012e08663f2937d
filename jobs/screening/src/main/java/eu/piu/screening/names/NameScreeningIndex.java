package eu.piu.screening.names;

import eu.piu.schema.ChangeOp;
import eu.piu.schema.PersonName;
import eu.piu.schema.WatchlistEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Screens people by name against watchlist entries without scanning the list. Each name token of a
 * person finds the list's tokens that are spelled alike (symmetric-delete variants), sound alike
 * (Double Metaphone) or share a consonant skeleton; their entries are ranked by the rarity of the
 * tokens they share (a shared rare surname says more than a shared "mohammed") in {@link
 * CandidateRanking}, and only the best {@link NameMatchingSettings#maxCandidates()} are scored by
 * {@link NameScorer}. Rarity ranks; it never enters the score, so a pair scores the same in a full
 * index and in one holding only just-changed entries.
 *
 * <p>Holds no {@link WatchlistEntry}: names are token ids, dates ints (see {@link ListedEntries}).
 * Not thread-safe; one per Flink task.
 */
public final class NameScreeningIndex {

  private final NameMatchingSettings settings;
  private final TokenVocabulary vocabulary = new TokenVocabulary();
  private final ListedEntries entries = new ListedEntries();
  private final NameScorer scorer = new NameScorer();
  private final SimilarityMemo memo = new SimilarityMemo();
  private final Postings postings = new Postings();
  private final CandidateRanking ranking;

  private String[] listTokens = new String[16];
  private int[] listLengths = new int[16];
  private long[] listShapes = new long[16];

  public NameScreeningIndex(NameMatchingSettings settings) {
    this.settings = settings;
    this.ranking = new CandidateRanking(vocabulary, entries, postings, settings.maxCandidates());
  }

  public NameMatchingSettings settings() {
    return settings;
  }

  /**
   * Adds the entry or replaces the one with the same listId and entryId. A DELETE, or an entry
   * without a usable name, removes it.
   */
  public void upsert(WatchlistEntry entry) {
    String listId = entry.getListId();
    String entryId = entry.getEntryId();
    if (entry.getOp() == ChangeOp.DELETE) {
      remove(listId, entryId);
      return;
    }
    List<String[]> names = new ArrayList<>();
    StringBuilder written = new StringBuilder();
    for (PersonName name : entry.getNames()) {
      String full = name.getFullName();
      String[] tokens =
          (full == null || full.isBlank()
                  ? NameNormalizer.tokens(name.getSurname(), name.getGivenNames())
                  : NameNormalizer.tokens(full))
              .toArray(String[]::new);
      if (tokens.length > 0) {
        names.add(tokens);
        if (written.length() > 0) {
          written.append('\n');
        }
        // One line per name: ListedEntries splits the written names on line breaks.
        written.append(
            full == null || full.isBlank()
                ? String.join(" ", tokens)
                : full.replace('\n', ' ').replace('\r', ' '));
      }
    }
    String[] nationalities =
        entry.getNationalities().stream()
            .map(n -> Nationalities.canonical(n.toString()))
            .filter(n -> n != null)
            .distinct()
            .toArray(String[]::new);
    put(
        listId,
        entryId,
        entry.getVersion(),
        names,
        written.toString(),
        DateOfBirthAdjustment.encodeAll(entry.getDatesOfBirth()),
        nationalities,
        Genders.code(entry.getGender() == null ? null : entry.getGender().toString()));
  }

  /**
   * Adds or replaces a person known by one name, as a passenger is (surname and given names), under
   * listId and entryId: an index of people other than watchlist entries (the passengers waiting for
   * their flights) without building an entry for each.
   */
  public void upsertPerson(
      String listId,
      String entryId,
      long version,
      String surname,
      String givenNames,
      LocalDate dateOfBirth,
      boolean yearOnly,
      String nationality,
      String gender) {
    String[] tokens = NameNormalizer.tokens(surname, givenNames).toArray(String[]::new);
    if (tokens.length == 0) {
      remove(listId, entryId);
      return;
    }
    String canonical = Nationalities.canonical(nationality);
    put(
        listId,
        entryId,
        version,
        List.<String[]>of(tokens),
        // One line: ListedEntries splits the written names on line breaks.
        (givenNames == null ? surname : givenNames + " " + surname).replace('\n', ' '),
        dateOfBirth == null
            ? null
            : new int[] {DateOfBirthAdjustment.encode(dateOfBirth, yearOnly)},
        canonical == null ? new String[0] : new String[] {canonical},
        Genders.code(gender));
  }

  private void put(
      String listId,
      String entryId,
      long version,
      List<String[]> names,
      String written,
      int[] datesOfBirth,
      String[] nationalities,
      byte gender) {
    if (names.isEmpty()) {
      remove(listId, entryId);
      return;
    }
    int slot = entries.slot(listId, entryId);
    if (slot >= 0) {
      unindex(slot);
    } else {
      slot = entries.add(listId, entryId);
    }
    int length = 0;
    for (String[] tokens : names) {
      length += 1 + tokens.length;
    }
    int[] nameTokens = new int[length];
    int at = 0;
    for (String[] tokens : names) {
      nameTokens[at++] = tokens.length;
      for (String token : tokens) {
        nameTokens[at++] = vocabulary.add(token);
      }
    }
    entries.set(slot, version, nameTokens, written, datesOfBirth, nationalities, gender);
    index(slot);
  }

  public void remove(String listId, String entryId) {
    int slot = entries.slot(listId, entryId);
    if (slot >= 0) {
      unindex(slot);
      entries.remove(slot);
    }
  }

  public int size() {
    return entries.size();
  }

  /** The entries matching the person at or above their list's threshold, best first. */
  public List<NameMatch> screen(NameQuery query) {
    PreparedQuery prepared = query.prepare();
    String[] tokens = prepared.tokens();
    if (tokens.length == 0 || entries.size() == 0) {
      return List.of();
    }
    int[] candidates = ranking.candidates(tokens);
    memo.clear();
    readAhead(candidates);
    List<NameMatch> matches = new ArrayList<>();
    for (int slot : candidates) {
      NameMatch match = score(prepared, slot, true);
      if (match != null) {
        matches.add(match);
      }
    }
    matches.sort(Comparator.comparingDouble(NameMatch::score).reversed());
    return matches;
  }

  /**
   * Scores every entry, without the candidate index: the linear scan of batch screening systems,
   * with the same scorer. For benchmarks and checks only: its cost grows with the list.
   */
  public List<NameMatch> screenByScan(NameQuery query) {
    PreparedQuery prepared = query.prepare();
    if (prepared.tokens().length == 0) {
      return List.of();
    }
    List<NameMatch> matches = new ArrayList<>();
    for (int slot = 0; slot < entries.capacity(); slot++) {
      if (entries.names(slot) != null) {
        // A fresh memo per entry: a scan computes every pair, as batch systems do.
        memo.clear();
        NameMatch match = score(prepared, slot, false);
        if (match != null) {
          matches.add(match);
        }
      }
    }
    matches.sort(Comparator.comparingDouble(NameMatch::score).reversed());
    return matches;
  }

  /**
   * The candidate's match, or null below its list's threshold. With {@code gathered}, pairs the
   * candidate ranking found alike are taken from it rather than computed again.
   */
  private NameMatch score(PreparedQuery query, int slot, boolean gathered) {
    String[] passenger = query.tokens();
    int[] names = entries.names(slot);
    double best = -1;
    int bestStart = -1;
    int bestIndex = -1;
    int index = 0;
    for (int at = 0; at < names.length; at += 1 + names[at], index++) {
      int count = names[at];
      if (listTokens.length < count) {
        listTokens = new String[count * 2];
        listLengths = new int[count * 2];
        listShapes = new long[count * 2];
      }
      double[] matrix = scorer.matrix(passenger.length * count);
      for (int l = 0; l < count; l++) {
        int tokenId = names[at + 1 + l];
        // The token's reference only: its characters are read when its shape allows a match.
        listTokens[l] = vocabulary.token(tokenId);
        listLengths[l] = vocabulary.length(tokenId);
        long shape = vocabulary.shape(tokenId);
        listShapes[l] = shape;
        for (int p = 0; p < passenger.length; p++) {
          double similarity =
              TokenSimilarity.ruledOut(passenger[p], query.withoutVowel(p), shape)
                  ? 0.0
                  : gathered ? ranking.knownSimilarity(p, tokenId) : Double.NaN;
          if (Double.isNaN(similarity)) {
            similarity = memo.get(p, tokenId);
            if (Double.isNaN(similarity)) {
              similarity = TokenSimilarity.of(passenger[p], listTokens[l]);
              memo.put(p, tokenId, similarity);
            }
          }
          matrix[p * count + l] = similarity;
        }
      }
      double nameScore = scorer.nameScore(matrix, passenger, listLengths, count);
      NameScorer.Joined joined =
          scorer.joined(passenger, listTokens, listLengths, listShapes, count);
      if (joined != null) {
        nameScore = Math.max(nameScore, joined.score());
      }
      if (nameScore > best) {
        best = nameScore;
        bestStart = at;
        bestIndex = index;
      }
    }
    String listId = entries.listId(slot);
    double threshold = settings.thresholdFor(listId);
    if (best + NameScorer.MAX_BONUS < threshold) {
      return null;
    }
    // The adjustments alone tell whether the explanation (which scores the names again and
    // writes them out) could reach the threshold.
    List<ScoreAdjustment> adjustments =
        NameScorer.adjustments(
            query, entries.datesOfBirth(slot), entries.nationalities(slot), entries.gender(slot));
    double adjusted = best;
    for (ScoreAdjustment adjustment : adjustments) {
      adjusted += adjustment.delta();
    }
    // A hair below, not at: the explanation's own sum must decide the borderline cases.
    if (Math.max(0.0, Math.min(1.0, adjusted)) + 1e-9 < threshold) {
      return null;
    }
    String[] name = new String[names[bestStart]];
    for (int l = 0; l < name.length; l++) {
      name[l] = vocabulary.token(names[bestStart + 1 + l]);
    }
    NameExplanation explanation = scorer.explain(query, List.<String[]>of(name), adjustments);
    if (explanation.score() < threshold) {
      return null;
    }
    return new NameMatch(
        listId,
        entries.entryId(slot),
        entries.version(slot),
        entries.writtenName(slot, bestIndex),
        explanation.score(),
        threshold,
        explanation);
  }

  /** A sum of token lengths, kept only so that the reads making it cannot be left out. */
  private int lengthsRead;

  /**
   * Reads the candidates' names and tokens in one pass before scoring them: a candidate's tokens
   * are cache misses in a large list, and read together their misses overlap; read as scoring
   * reaches them, each would wait in turn.
   */
  private void readAhead(int[] candidates) {
    int lengths = 0;
    for (int slot : candidates) {
      int[] names = entries.names(slot);
      for (int at = 0; at < names.length; at += 1 + names[at]) {
        for (int l = 0; l < names[at]; l++) {
          lengths += vocabulary.token(names[at + 1 + l]).length();
        }
      }
    }
    lengthsRead += lengths;
  }

  private void index(int slot) {
    forEachDistinctToken(slot, tokenId -> postings.add(tokenId, slot));
  }

  private void unindex(int slot) {
    forEachDistinctToken(slot, tokenId -> postings.remove(tokenId, slot));
  }

  private interface TokenAction {
    void apply(int tokenId);
  }

  /** Each token id of the slot's names once, though aliases repeat tokens. */
  private void forEachDistinctToken(int slot, TokenAction action) {
    int[] names = entries.names(slot);
    int[] distinct = new int[names.length];
    int count = 0;
    for (int at = 0; at < names.length; at += 1 + names[at]) {
      for (int l = 0; l < names[at]; l++) {
        int tokenId = names[at + 1 + l];
        boolean seen = false;
        for (int i = 0; i < count && !seen; i++) {
          seen = distinct[i] == tokenId;
        }
        if (!seen) {
          distinct[count++] = tokenId;
          action.apply(tokenId);
        }
      }
    }
  }
}
