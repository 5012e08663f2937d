package eu.piu.screening.names;

import eu.piu.schema.ChangeOp;
import eu.piu.schema.PersonName;
import eu.piu.schema.WatchlistEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Screens people by name against watchlist entries without scanning the list. Each name token of a
 * person finds the list's tokens that are spelled alike (symmetric-delete variants), sound alike
 * (Double Metaphone) or share a consonant skeleton; their entries are ranked by the rarity of the
 * tokens they share (a shared rare surname says more than a shared "mohammed"), and only the best
 * {@link NameMatchingSettings#maxCandidates()} are scored by {@link NameScorer}. Rarity ranks; it
 * never enters the score, so a pair scores the same in a full index and in one holding only
 * just-changed entries.
 *
 * <p>Holds no {@link WatchlistEntry}: names are token ids, dates ints (see {@link ListedEntries}).
 * Not thread-safe; one per Flink task.
 */
public final class NameScreeningIndex {

  /** Postings walked per screening at most, rarest tokens first: bounds the cost of "mohammed". */
  static final int MAX_POSTINGS_VISITED = 4_000;

  /** Keys (tokens and joined pairs) per screening at most: a long name's rest adds little. */
  static final int MAX_KEYS = 12;

  /** Candidates kept, as multiples of maxCandidates, when common tokens only adjust the rank. */
  static final int LEADING_FACTOR = 4;

  private final NameMatchingSettings settings;
  private final TokenVocabulary vocabulary = new TokenVocabulary();
  private final ListedEntries entries = new ListedEntries();
  private final NameScorer scorer = new NameScorer();
  private final SimilarityMemo memo = new SimilarityMemo();

  /** Per token id: the slots of the entries using it. */
  private int[][] postings = new int[1024][];

  private int[] postingCounts = new int[1024];

  // Scratch of one screening, per slot and per token id, reset by stamps rather than cleared.
  /**
   * Per slot, one long so that crediting a posting touches one cache line: the screening's stamp
   * (20 bits), which keys credited it (12 bits), its rank (a float's 32 bits).
   */
  private long[] slotState = new long[0];

  private static final int STAMP_SHIFT = 44;
  private static final int KEY_SHIFT = 32;
  private static final long RANK_BITS = 0xFFFFFFFFL;
  private int[] touched = new int[256];
  private int touchedCount;
  private int screening;
  private int[] tokenStamp = new int[0];
  private float[] tokenContribution = new float[0];
  private String[] listTokens = new String[16];

  public NameScreeningIndex(NameMatchingSettings settings) {
    this.settings = settings;
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
        written.append(full == null || full.isBlank() ? String.join(" ", tokens) : full);
      }
    }
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
    String[] nationalities =
        entry.getNationalities().stream()
            .map(n -> Nationalities.canonical(n.toString()))
            .filter(n -> n != null)
            .distinct()
            .toArray(String[]::new);
    entries.set(
        slot,
        entry.getVersion(),
        nameTokens,
        written.toString(),
        DateOfBirthAdjustment.encodeAll(entry.getDatesOfBirth()),
        nationalities,
        Genders.code(entry.getGender() == null ? null : entry.getGender().toString()));
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
    ensureScratch();
    memo.clear();
    screening = (screening + 1) & 0xFFFFF;
    if (screening == 0) {
      // The stamp wrapped: clear, so that no slot looks touched by this screening.
      Arrays.fill(slotState, 0L);
      screening = 1;
    }
    touchedCount = 0;
    rankCandidates(tokens);
    int[] candidates = topCandidates(settings.maxCandidates());
    List<NameMatch> matches = new ArrayList<>();
    for (int slot : candidates) {
      NameMatch match = score(prepared, slot);
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
        NameMatch match = score(prepared, slot);
        if (match != null) {
          matches.add(match);
        }
      }
    }
    matches.sort(Comparator.comparingDouble(NameMatch::score).reversed());
    return matches;
  }

  private void rankCandidates(String[] tokens) {
    // A key is a passenger token, or two adjacent ones joined ("abdul hai" for "abdulhai").
    int keyCount = Math.min(MAX_KEYS, tokens.length + Math.max(0, tokens.length - 1));
    int[][] keyTokens = new int[keyCount][];
    float[][] keyWeights = new float[keyCount][];
    long[] keyCosts = new long[keyCount];
    for (int k = 0; k < keyCount; k++) {
      boolean joined = k >= tokens.length;
      String token = joined ? tokens[k - tokens.length] + tokens[k - tokens.length + 1] : tokens[k];
      gatherTokens(token, joined ? -1 : k);
      sortGatheredBySimilarity();
      keyTokens[k] = Arrays.copyOf(gathered, gatheredCount);
      keyWeights[k] = Arrays.copyOf(gatheredWeights, gatheredCount);
      long cost = 0;
      for (int i = 0; i < gatheredCount; i++) {
        cost += postingCounts[gathered[i]];
      }
      keyCosts[k] = cost;
    }
    Integer[] order = new Integer[keyCount];
    for (int k = 0; k < keyCount; k++) {
      order[k] = k;
    }
    Arrays.sort(order, Comparator.comparingLong(k -> keyCosts[k]));
    // Each key walks the entries of its tokens within its share of the budget, cheapest keys
    // first, leaving their share to the next. A token too common for the share is deferred: it
    // then only adds to the rank of the best candidates found, by looking at their tokens.
    double entryCount = entries.size();
    long visited = 0;
    boolean deferred = false;
    for (int o = 0; o < keyCount; o++) {
      int k = order[o];
      long share = (MAX_POSTINGS_VISITED - visited) / (keyCount - o);
      long spent = 0;
      for (int i = 0; i < keyTokens[k].length; i++) {
        int tokenId = keyTokens[k][i];
        int count = postingCounts[tokenId];
        if (count == 0) {
          continue;
        }
        if (spent + count > share) {
          deferred = true;
          continue;
        }
        float contribution = contribution(keyWeights[k][i], tokenId, entryCount);
        int[] slots = postings[tokenId];
        for (int p = 0; p < count; p++) {
          credit(slots[p], k, contribution);
        }
        spent += count;
        // Walked: a later look at the leading candidates must not count it again.
        keyTokens[k][i] = -1 - tokenId;
      }
      visited += spent;
    }
    if (deferred) {
      addDeferred(keyTokens, keyWeights, entryCount);
    }
  }

  /** Adds the deferred (common) tokens' contributions to the leading candidates. */
  private void addDeferred(int[][] keyTokens, float[][] keyWeights, double entryCount) {
    int[] leading = topCandidates(settings.maxCandidates() * LEADING_FACTOR);
    for (int k = 0; k < keyTokens.length; k++) {
      int mark = ++gatherStamp;
      boolean any = false;
      for (int i = 0; i < keyTokens[k].length; i++) {
        int tokenId = keyTokens[k][i];
        if (tokenId >= 0) {
          tokenStamp[tokenId] = mark;
          tokenContribution[tokenId] = contribution(keyWeights[k][i], tokenId, entryCount);
          any = true;
        }
      }
      if (!any) {
        continue;
      }
      for (int slot : leading) {
        if ((slotState[slot] & (1L << (KEY_SHIFT + k))) != 0) {
          continue;
        }
        int[] names = entries.names(slot);
        float best = 0;
        for (int at = 0; at < names.length; at += 1 + names[at]) {
          for (int l = 0; l < names[at]; l++) {
            int tokenId = names[at + 1 + l];
            if (tokenStamp[tokenId] == mark) {
              best = Math.max(best, tokenContribution[tokenId]);
            }
          }
        }
        setRank(slot, rank(slot) + best);
      }
    }
    touchedCount = leading.length;
    System.arraycopy(leading, 0, touched, 0, leading.length);
  }

  /** A token's weight in the ranking: how alike it is times how rare (inverse entry frequency). */
  private float contribution(float similarity, int tokenId, double entryCount) {
    return (float) (similarity * Math.log(1.0 + entryCount / vocabulary.entryCount(tokenId)));
  }

  /**
   * Adds a key's contribution to a slot's rank, once per key: keys walk their tokens most alike
   * first, so the first credit is the best match's (up to rarity, which only ranks).
   */
  private void credit(int slot, int keyIndex, float contribution) {
    long state = slotState[slot];
    if ((state >>> STAMP_SHIFT) != screening) {
      state = (long) screening << STAMP_SHIFT;
      if (touchedCount == touched.length) {
        touched = Arrays.copyOf(touched, touchedCount * 2);
      }
      touched[touchedCount++] = slot;
    }
    long key = 1L << (KEY_SHIFT + keyIndex);
    if ((state & key) != 0) {
      return;
    }
    float rank = Float.intBitsToFloat((int) state) + contribution;
    slotState[slot] = (state & ~RANK_BITS) | key | (Float.floatToRawIntBits(rank) & RANK_BITS);
  }

  private float rank(int slot) {
    return Float.intBitsToFloat((int) slotState[slot]);
  }

  private void setRank(int slot, float rank) {
    slotState[slot] = (slotState[slot] & ~RANK_BITS) | (Float.floatToRawIntBits(rank) & RANK_BITS);
  }

  private int[] gathered = new int[64];
  private float[] gatheredWeights = new float[64];
  private int gatheredCount;
  private int gatherStamp;

  /**
   * The list's tokens alike the passenger token, with their similarity (remembered for scoring when
   * {@code position} is a passenger token's).
   */
  private void gatherTokens(String token, int position) {
    gatheredCount = 0;
    gatherStamp++;
    IntMultimap keys = vocabulary.keys();
    boolean withoutVowel = TokenSimilarity.hasNoVowel(token);
    CandidateKeys.Sink lookup =
        key -> {
          int at = keys.find(key);
          if (at >= 0) {
            for (int i = 0, n = keys.count(at); i < n; i++) {
              consider(token, position, keys.value(at, i));
            }
          }
        };
    CandidateKeys.deletes(token, lookup);
    CandidateKeys.phonetic(token, lookup);
    int skeleton = CandidateKeys.skeleton(token);
    int at = skeleton == 0 ? -1 : keys.find(skeleton);
    if (at >= 0) {
      for (int i = 0, n = keys.count(at); i < n; i++) {
        int tokenId = keys.value(at, i);
        // Skeletons bridge a vowel-less transliteration and a spelled-out token, nothing else.
        if (withoutVowel || vocabulary.withoutVowel(tokenId)) {
          consider(token, position, tokenId);
        }
      }
    }
  }

  private void consider(String token, int position, int tokenId) {
    if (tokenStamp[tokenId] == gatherStamp) {
      return;
    }
    tokenStamp[tokenId] = gatherStamp;
    double similarity = TokenSimilarity.of(token, vocabulary.token(tokenId));
    if (position >= 0) {
      memo.put(position, tokenId, similarity);
    }
    if (similarity < TokenAlignment.MIN_PAIR_SIMILARITY) {
      return;
    }
    if (gatheredCount == gathered.length) {
      gathered = Arrays.copyOf(gathered, gatheredCount * 2);
      gatheredWeights = Arrays.copyOf(gatheredWeights, gatheredCount * 2);
    }
    gathered[gatheredCount] = tokenId;
    gatheredWeights[gatheredCount++] = (float) similarity;
  }

  /** Most alike first, so that a key cut short by the budget has walked its best tokens. */
  private void sortGatheredBySimilarity() {
    for (int i = 1; i < gatheredCount; i++) {
      int token = gathered[i];
      float weight = gatheredWeights[i];
      int j = i - 1;
      while (j >= 0 && gatheredWeights[j] < weight) {
        gathered[j + 1] = gathered[j];
        gatheredWeights[j + 1] = gatheredWeights[j];
        j--;
      }
      gathered[j + 1] = token;
      gatheredWeights[j + 1] = weight;
    }
  }

  /** The best-ranked touched slots, at most {@code limit}. */
  private int[] topCandidates(int limit) {
    if (touchedCount <= limit) {
      return Arrays.copyOf(touched, touchedCount);
    }
    // A min-heap of the best so far, by rank.
    int[] heap = new int[limit];
    int heapSize = 0;
    for (int i = 0; i < touchedCount; i++) {
      int slot = touched[i];
      float rank = rank(slot);
      if (heapSize < limit) {
        heap[heapSize] = slot;
        siftUp(heap, heapSize++);
      } else if (rank > rank(heap[0])) {
        heap[0] = slot;
        siftDown(heap, heapSize);
      }
    }
    return heap;
  }

  private void siftUp(int[] heap, int at) {
    while (at > 0) {
      int parent = (at - 1) / 2;
      if (rank(heap[at]) >= rank(heap[parent])) {
        return;
      }
      swap(heap, at, parent);
      at = parent;
    }
  }

  private void siftDown(int[] heap, int size) {
    int at = 0;
    while (true) {
      int left = 2 * at + 1;
      int smallest = at;
      if (left < size && rank(heap[left]) < rank(heap[smallest])) {
        smallest = left;
      }
      if (left + 1 < size && rank(heap[left + 1]) < rank(heap[smallest])) {
        smallest = left + 1;
      }
      if (smallest == at) {
        return;
      }
      swap(heap, at, smallest);
      at = smallest;
    }
  }

  private static void swap(int[] heap, int a, int b) {
    int t = heap[a];
    heap[a] = heap[b];
    heap[b] = t;
  }

  /** The candidate's match, or null below its list's threshold. */
  private NameMatch score(PreparedQuery query, int slot) {
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
      }
      double[] matrix = scorer.matrix(passenger.length * count);
      for (int l = 0; l < count; l++) {
        int tokenId = names[at + 1 + l];
        listTokens[l] = vocabulary.token(tokenId);
        for (int p = 0; p < passenger.length; p++) {
          double similarity = memo.get(p, tokenId);
          if (Double.isNaN(similarity)) {
            similarity = TokenSimilarity.of(passenger[p], listTokens[l]);
            memo.put(p, tokenId, similarity);
          }
          matrix[p * count + l] = similarity;
        }
      }
      double nameScore = scorer.nameScore(matrix, passenger, listTokens, count);
      NameScorer.Joined joined = scorer.joined(passenger, listTokens, count);
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
    String[] name = new String[names[bestStart]];
    for (int l = 0; l < name.length; l++) {
      name[l] = vocabulary.token(names[bestStart + 1 + l]);
    }
    NameExplanation explanation =
        scorer.explain(
            query,
            List.<String[]>of(name),
            entries.datesOfBirth(slot),
            entries.nationalities(slot),
            entries.gender(slot));
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

  private void index(int slot) {
    forEachDistinctToken(
        slot,
        tokenId -> {
          if (tokenId >= postings.length) {
            int capacity = Math.max(tokenId + 1, postings.length * 2);
            postings = Arrays.copyOf(postings, capacity);
            postingCounts = Arrays.copyOf(postingCounts, capacity);
          }
          int[] slots = postings[tokenId];
          int count = postingCounts[tokenId];
          if (slots == null) {
            slots = new int[2];
          } else if (count == slots.length) {
            slots = Arrays.copyOf(slots, count + (count >> 1) + 1);
          }
          slots[count] = slot;
          postings[tokenId] = slots;
          postingCounts[tokenId] = count + 1;
          vocabulary.used(tokenId, 1);
        });
  }

  private void unindex(int slot) {
    forEachDistinctToken(
        slot,
        tokenId -> {
          int[] slots = postings[tokenId];
          int count = postingCounts[tokenId];
          for (int i = 0; i < count; i++) {
            if (slots[i] == slot) {
              slots[i] = slots[count - 1];
              postingCounts[tokenId] = count - 1;
              break;
            }
          }
          vocabulary.used(tokenId, -1);
        });
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

  private void ensureScratch() {
    int slots = entries.capacity();
    if (slotState.length < slots) {
      slotState = Arrays.copyOf(slotState, slots);
    }
    int tokens = vocabulary.size();
    if (tokenStamp.length < tokens) {
      int capacity = Math.max(tokens, tokenStamp.length * 2);
      tokenStamp = Arrays.copyOf(tokenStamp, capacity);
      tokenContribution = Arrays.copyOf(tokenContribution, capacity);
    }
  }
}
