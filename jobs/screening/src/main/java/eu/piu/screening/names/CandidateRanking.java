package eu.piu.screening.names;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the candidates of a screening without scanning the list: each passenger token (and each
 * pair of adjacent tokens joined) gathers the list's tokens that are spelled alike
 * (symmetric-delete variants), sound alike (Double Metaphone) or share a consonant skeleton, and
 * the entries using them are ranked by similarity times rarity. Rarity ranks only; it never enters
 * a score. The similarities of the alike tokens are kept for scoring ({@link #knownSimilarity}).
 *
 * <p>Not thread-safe: scratch arrays are reused, per token id reset by stamps.
 */
final class CandidateRanking {

  /** Postings walked per screening at most, rarest tokens first: bounds the cost of "mohammed". */
  static final int MAX_POSTINGS_VISITED = 1_000;

  /** Keys (tokens and joined pairs) per screening at most: a long name's rest adds little. */
  static final int MAX_KEYS = 12;

  /** Candidates kept, as multiples of maxCandidates, when common tokens only adjust the rank. */
  static final int LEADING_FACTOR = 4;

  /**
   * The entries credited in one screening, in a small open-addressing table rather than arrays over
   * every slot: a screening touches at most {@link #MAX_POSTINGS_VISITED} entries, and a table that
   * size stays in the core's cache where per-slot arrays of a 10^6-entry list miss on every
   * posting. Per position: the entry slot plus one (0: empty), which keys credited it (bits), its
   * rank.
   */
  private static final int TABLE_SIZE = Integer.highestOneBit(MAX_POSTINGS_VISITED * 4 - 1) << 1;

  private final int[] tableSlots = new int[TABLE_SIZE];
  private final int[] tableKeys = new int[TABLE_SIZE];
  private final float[] tableRanks = new float[TABLE_SIZE];

  /** Table positions in use, in the order first credited. */
  private int[] touched = new int[256];

  private int touchedCount;
  private int[] tokenStamp = new int[0];
  private int[] tokenFirstPair = new int[0];

  /** Deferred (key, contribution) pairs of one token, chained from tokenFirstPair. */
  private int[] pairKey = new int[64];

  private float[] pairContribution = new float[64];
  private int[] pairNext = new int[64];

  private final TokenVocabulary vocabulary;
  private final ListedEntries entries;
  private final Postings postings;
  private final int maxCandidates;

  /** Per passenger token position, the alike tokens gathered for it (their similarities). */
  private Alike[] positionAlike = new Alike[8];

  CandidateRanking(
      TokenVocabulary vocabulary, ListedEntries entries, Postings postings, int maxCandidates) {
    this.vocabulary = vocabulary;
    this.entries = entries;
    this.postings = postings;
    this.maxCandidates = maxCandidates;
  }

  /** The slots of the best-ranked entries for the passenger tokens, at most maxCandidates. */
  int[] candidates(String[] tokens) {
    ensureScratch();
    for (int i = 0; i < touchedCount; i++) {
      tableSlots[touched[i]] = 0;
    }
    touchedCount = 0;
    if (positionAlike.length < tokens.length) {
      positionAlike = new Alike[tokens.length * 2];
    }
    Arrays.fill(positionAlike, null);
    int[] leading = rankCandidates(tokens);
    int[] top = leading == null ? topCandidates(maxCandidates) : top(leading, maxCandidates);
    for (int i = 0; i < top.length; i++) {
      top[i] = tableSlots[top[i]] - 1;
    }
    return top;
  }

  /**
   * The similarity of the passenger token at {@code position} of the last screening and a list
   * token, when gathering found the list token alike; NaN otherwise (not computed, or below {@link
   * TokenAlignment#MIN_PAIR_SIMILARITY}).
   */
  double knownSimilarity(int position, int tokenId) {
    Alike alike = position < positionAlike.length ? positionAlike[position] : null;
    return alike == null ? Double.NaN : alike.similarity(tokenId);
  }

  /** Ranks the touched entries; returns the leading ones when common tokens were deferred. */
  private int[] rankCandidates(String[] tokens) {
    // A key is a passenger token, or two adjacent ones joined ("abdul hai" for "abdulhai").
    int keyCount = Math.min(MAX_KEYS, tokens.length + Math.max(0, tokens.length - 1));
    int[][] keyTokens = new int[keyCount][];
    float[][] keyWeights = new float[keyCount][];
    long[] keyCosts = new long[keyCount];
    for (int k = 0; k < keyCount; k++) {
      boolean joined = k >= tokens.length;
      String token = joined ? tokens[k - tokens.length] + tokens[k - tokens.length + 1] : tokens[k];
      Alike alike = alike(token, joined);
      if (!joined) {
        positionAlike[k] = alike;
      }
      // A copy: the walk below marks the tokens it has walked.
      keyTokens[k] = alike.tokens.clone();
      keyWeights[k] = alike.weights;
      long cost = 0;
      for (int tokenId : keyTokens[k]) {
        cost += postings.count(tokenId);
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
        int count = postings.count(tokenId);
        if (count == 0) {
          continue;
        }
        if (spent + count > share) {
          deferred = true;
          continue;
        }
        float contribution = contribution(keyWeights[k][i], count, entryCount);
        int[] slots = postings.slots(tokenId);
        for (int p = 0; p < count; p++) {
          credit(slots[p], k, contribution);
        }
        spent += count;
        // Walked: a later look at the leading candidates must not count it again.
        keyTokens[k][i] = -1 - tokenId;
      }
      visited += spent;
    }
    return deferred ? addDeferred(keyTokens, keyWeights, entryCount) : null;
  }

  /**
   * Adds the deferred (common) tokens' contributions to the leading candidates: per key not yet
   * credited to a candidate, the best contribution among the candidate's tokens the key deferred.
   * One pass over each candidate's names for all keys.
   */
  private int[] addDeferred(int[][] keyTokens, float[][] keyWeights, double entryCount) {
    int mark = ++gatherStamp;
    int pairs = 0;
    int deferredKeys = 0;
    for (int k = 0; k < keyTokens.length; k++) {
      for (int i = 0; i < keyTokens[k].length; i++) {
        int tokenId = keyTokens[k][i];
        if (tokenId < 0) {
          continue;
        }
        if (pairs == pairKey.length) {
          pairKey = Arrays.copyOf(pairKey, pairs * 2);
          pairContribution = Arrays.copyOf(pairContribution, pairs * 2);
          pairNext = Arrays.copyOf(pairNext, pairs * 2);
        }
        pairKey[pairs] = k;
        pairContribution[pairs] =
            contribution(keyWeights[k][i], postings.count(tokenId), entryCount);
        pairNext[pairs] = tokenStamp[tokenId] == mark ? tokenFirstPair[tokenId] : -1;
        tokenStamp[tokenId] = mark;
        tokenFirstPair[tokenId] = pairs++;
        deferredKeys |= 1 << k;
      }
    }
    int[] leading = topCandidates(maxCandidates * LEADING_FACTOR);
    // The candidates' names, read in one pass first: their misses overlap instead of queueing.
    int lengths = 0;
    for (int position : leading) {
      lengths += entries.names(tableSlots[position] - 1).length;
    }
    namesRead += lengths;
    float[] best = new float[keyTokens.length];
    for (int position : leading) {
      int credited = tableKeys[position];
      if ((deferredKeys & ~credited) == 0) {
        continue;
      }
      Arrays.fill(best, 0f);
      int[] names = entries.names(tableSlots[position] - 1);

      for (int at = 0; at < names.length; at += 1 + names[at]) {
        for (int l = 0; l < names[at]; l++) {
          int tokenId = names[at + 1 + l];
          if (tokenStamp[tokenId] != mark) {
            continue;
          }
          for (int pair = tokenFirstPair[tokenId]; pair >= 0; pair = pairNext[pair]) {
            int k = pairKey[pair];
            if ((credited & (1 << k)) == 0) {
              best[k] = Math.max(best[k], pairContribution[pair]);
            }
          }
        }
      }
      // Key by key, in order, as the ranks of the walked keys were summed.
      float rank = tableRanks[position];
      for (int k = 0; k < best.length; k++) {
        if ((deferredKeys & (1 << k)) != 0 && (credited & (1 << k)) == 0) {
          rank += best[k];
        }
      }
      tableRanks[position] = rank;
    }
    return leading;
  }

  /**
   * A token's weight in the ranking: how alike it is times how rare (inverse entry frequency). The
   * entries using a token are its postings, already at hand where this is called.
   */
  private static float contribution(float similarity, int entriesUsingToken, double entryCount) {
    return (float) (similarity * Math.log(1.0 + entryCount / entriesUsingToken));
  }

  /**
   * Adds a key's contribution to a slot's rank, once per key: keys walk their tokens most alike
   * first, so the first credit is the best match's (up to rarity, which only ranks).
   */
  private void credit(int slot, int keyIndex, float contribution) {
    int stored = slot + 1;
    int position = IntMultimap.mix(stored) & (TABLE_SIZE - 1);
    while (tableSlots[position] != stored) {
      if (tableSlots[position] == 0) {
        tableSlots[position] = stored;
        tableKeys[position] = 0;
        tableRanks[position] = 0f;
        if (touchedCount == touched.length) {
          touched = Arrays.copyOf(touched, touchedCount * 2);
        }
        touched[touchedCount++] = position;
        break;
      }
      position = (position + 1) & (TABLE_SIZE - 1);
    }
    int key = 1 << keyIndex;
    if ((tableKeys[position] & key) == 0) {
      tableKeys[position] |= key;
      tableRanks[position] += contribution;
    }
  }

  /**
   * The list's tokens alike one token, most alike first, with their similarities, and those
   * similarities by token id for scoring.
   */
  private static final class Alike {
    final int[] tokens;
    final float[] weights;
    final double[] similarities;

    /** The vocabulary's size when gathered: the tokens added since are not in it yet. */
    final int vocabularySize;

    /** The token's delete and phonetic keys, sorted; its skeleton key; whether it has vowels. */
    final int[] keys;

    final int skeleton;
    final boolean withoutVowel;

    private final int[] lookupTokens;
    private final double[] lookupSimilarities;

    Alike(
        int[] tokens,
        float[] weights,
        double[] similarities,
        int vocabularySize,
        int[] keys,
        int skeleton,
        boolean withoutVowel) {
      this.tokens = tokens;
      this.weights = weights;
      this.similarities = similarities;
      this.vocabularySize = vocabularySize;
      this.keys = keys;
      this.skeleton = skeleton;
      this.withoutVowel = withoutVowel;
      int size = Integer.highestOneBit(Math.max(4, tokens.length * 2 - 1)) << 1;
      lookupTokens = new int[size];
      Arrays.fill(lookupTokens, -1);
      lookupSimilarities = new double[size];
      for (int i = 0; i < tokens.length; i++) {
        int at = IntMultimap.mix(tokens[i]) & (size - 1);
        while (lookupTokens[at] != -1) {
          at = (at + 1) & (size - 1);
        }
        lookupTokens[at] = tokens[i];
        lookupSimilarities[at] = similarities[i];
      }
    }

    double similarity(int tokenId) {
      int mask = lookupTokens.length - 1;
      for (int at = IntMultimap.mix(tokenId) & mask; lookupTokens[at] != -1; at = (at + 1) & mask) {
        if (lookupTokens[at] == tokenId) {
          return lookupSimilarities[at];
        }
      }
      return Double.NaN;
    }
  }

  /**
   * Gatherings of tokens that are not the list's own (a typo, a name no entry has, two tokens
   * joined), kept a while: travellers' names repeat. A plain map emptied when full: cheaper per
   * lookup than keeping the least recently used, and the names that repeat are back after a few
   * screenings.
   */
  private static final int ALIKE_CACHED = 20_000;

  private final Map<String, Alike> alikeByToken = new HashMap<>(2 * ALIKE_CACHED);

  /**
   * Gatherings of the list's own tokens, by token id, kept for good: most passenger tokens are
   * tokens some entry has too ("mohamed", "ivanov"), there are far fewer of them than entries (a
   * 10^6-entry list has about a tenth as many), and gathered once each they cost about 80 bytes per
   * entry at 10^6 entries. Gathered when a screening first meets the token, not when the list is
   * loaded: a restore or a bulk load stays as fast as before.
   */
  private Alike[] alikeById = new Alike[0];

  /**
   * The list's tokens alike {@code token}, from the cache when gathered before: which tokens are
   * alike depends on the vocabulary only, never on which entries use them, and the vocabulary only
   * grows, so a cached gathering only needs the tokens added since (found through their keys, as a
   * gathering would find them).
   */
  private Alike alike(String token, boolean joined) {
    int id = joined ? -1 : vocabulary.id(token);
    if (id >= 0) {
      if (alikeById.length <= id) {
        alikeById = Arrays.copyOf(alikeById, Math.max(id + 1, vocabulary.size() * 5 / 4));
      }
      alikeById[id] = current(alikeById[id], token, false);
      return alikeById[id];
    }
    // A joined key is cached apart from the same letters as one token: it gathers fewer.
    String cacheKey = joined ? " " + token : token;
    Alike cached = alikeByToken.get(cacheKey);
    Alike alike = current(cached, token, joined);
    if (alike != cached) {
      if (cached == null && alikeByToken.size() >= ALIKE_CACHED) {
        alikeByToken.clear();
      }
      alikeByToken.put(cacheKey, alike);
    }
    return alike;
  }

  /**
   * The cached gathering caught up with the tokens added since, or a new gathering when there is
   * none or too many tokens were added since to catch up.
   */
  private Alike current(Alike cached, String token, boolean joined) {
    Alike alike = cached;
    if (alike != null && alike.vocabularySize != vocabulary.size()) {
      alike =
          vocabulary.size() - alike.vocabularySize <= TokenVocabulary.RECENT_KEPT
              ? caughtUp(alike, token)
              : null;
    }
    if (alike == null) {
      gatherTokens(token, joined);
      alike = gatheredAlike(token, null);
    }
    return alike;
  }

  /** The cached gathering with the alike tokens among those added to the vocabulary since. */
  private Alike caughtUp(Alike cached, String token) {
    gatheredCount = 0;
    gatherStamp++;
    for (int tokenId = cached.vocabularySize; tokenId < vocabulary.size(); tokenId++) {
      int[] keys = vocabulary.recentKeys(tokenId);
      boolean found = false;
      for (int i = 0; i < keys.length && !found; i++) {
        found =
            Arrays.binarySearch(cached.keys, keys[i]) >= 0
                || (cached.skeleton != 0
                    && keys[i] == cached.skeleton
                    && (cached.withoutVowel || vocabulary.withoutVowel(tokenId)));
      }
      if (found) {
        consider(token, tokenId);
      }
    }
    return gatheredAlike(token, cached);
  }

  /** The gathered tokens (added to {@code earlier}'s, if any) as a cache entry. */
  private Alike gatheredAlike(String token, Alike earlier) {
    if (earlier != null) {
      for (int i = 0; i < earlier.tokens.length; i++) {
        addGathered(earlier.tokens[i], earlier.similarities[i]);
      }
    }
    sortGatheredBySimilarity();
    int[] keys = earlier != null ? earlier.keys : Arrays.copyOf(queryKeys, queryKeyCount);
    if (earlier == null) {
      Arrays.sort(keys);
    }
    return new Alike(
        Arrays.copyOf(gathered, gatheredCount),
        Arrays.copyOf(gatheredWeights, gatheredCount),
        Arrays.copyOf(gatheredSimilarities, gatheredCount),
        vocabulary.size(),
        keys,
        earlier != null ? earlier.skeleton : querySkeleton,
        TokenSimilarity.hasNoVowel(token));
  }

  private int[] gathered = new int[64];
  private float[] gatheredWeights = new float[64];
  private double[] gatheredSimilarities = new double[64];
  private int gatheredCount;
  private int gatherStamp;

  /** The keys the last gathering looked up (a skeleton apart): kept to catch up later. */
  private int[] queryKeys = new int[64];

  private int queryKeyCount;
  private int querySkeleton;

  /** The keys probed together: the last gathering's keys and its skeleton key. */
  private int[] probeKeys = new int[64];

  private int[] probedCells = new int[64];

  /** Tokens found under the keys, each once, before their shapes and similarities are read. */
  private int[] found = new int[64];

  private long[] foundShapes = new long[64];
  private String[] foundTokens = new String[64];
  private int foundCount;

  /** A sum of token lengths, kept only so that the reads making it cannot be left out. */
  private int lengthsRead;

  /** A sum of name lengths, kept only so that the reads making it cannot be left out. */
  private int namesRead;

  /**
   * The list's tokens alike the passenger token, with their similarity. Done in passes over all
   * keys, then over all tokens found, rather than key by key and token by token: the key table and
   * the tokens of a 10^6-entry list are far larger than the cache, and a pass of independent reads
   * overlaps their cache misses where a read at a time would wait for each.
   */
  private void gatherTokens(String token, boolean joined) {
    gatheredCount = 0;
    gatherStamp++;
    queryKeyCount = 0;
    querySkeleton = 0;
    foundCount = 0;
    CandidateKeys.Sink collect =
        key -> {
          if (queryKeyCount == queryKeys.length) {
            queryKeys = Arrays.copyOf(queryKeys, queryKeyCount * 2);
          }
          queryKeys[queryKeyCount++] = key;
        };
    if (joined) {
      // Two passenger tokens written as one list token count only when nearly identical
      // (NameScorer.JOINED_MIN): one edit's deletions find those, and sounds or skeletons of a
      // long joined string would gather many tokens for nothing.
      CandidateKeys.deletes(token, 1, collect);
    } else {
      CandidateKeys.deletes(token, collect);
      CandidateKeys.phonetic(token, collect);
      querySkeleton = CandidateKeys.skeleton(token);
    }
    int probes = queryKeyCount + (querySkeleton != 0 ? 1 : 0);
    if (probeKeys.length < probes) {
      probeKeys = new int[probes * 2];
      probedCells = new int[probes * 2];
    }
    System.arraycopy(queryKeys, 0, probeKeys, 0, queryKeyCount);
    if (querySkeleton != 0) {
      probeKeys[queryKeyCount] = querySkeleton;
    }
    IntMultimap keys = vocabulary.keys();
    keys.findAll(probeKeys, probes, probedCells);
    for (int k = 0; k < queryKeyCount; k++) {
      int at = probedCells[k];
      if (at >= 0) {
        for (int i = 0, n = keys.count(at); i < n; i++) {
          addFound(keys.value(at, i));
        }
      }
    }
    if (querySkeleton != 0 && probedCells[queryKeyCount] >= 0) {
      int at = probedCells[queryKeyCount];
      boolean withoutVowel = TokenSimilarity.hasNoVowel(token);
      for (int i = 0, n = keys.count(at); i < n; i++) {
        int tokenId = keys.value(at, i);
        // Skeletons bridge a vowel-less transliteration and a spelled-out token, nothing else.
        if (withoutVowel || vocabulary.withoutVowel(tokenId)) {
          addFound(tokenId);
        }
      }
    }
    considerFound(token);
  }

  private void addFound(int tokenId) {
    if (tokenStamp[tokenId] == gatherStamp) {
      return;
    }
    tokenStamp[tokenId] = gatherStamp;
    if (foundCount == found.length) {
      found = Arrays.copyOf(found, foundCount * 2);
      foundShapes = new long[foundCount * 2];
      foundTokens = new String[foundCount * 2];
    }
    found[foundCount++] = tokenId;
  }

  /** Keeps the found tokens alike the passenger token: shapes first, then the tokens they allow. */
  private void considerFound(String token) {
    for (int i = 0; i < foundCount; i++) {
      foundShapes[i] = vocabulary.shape(found[i]);
    }
    int kept = 0;
    boolean withoutVowel = TokenSimilarity.hasNoVowel(token);
    for (int i = 0; i < foundCount; i++) {
      if (!TokenSimilarity.ruledOut(token, withoutVowel, foundShapes[i])) {
        found[kept++] = found[i];
      }
    }
    int lengths = 0;
    for (int i = 0; i < kept; i++) {
      foundTokens[i] = vocabulary.token(found[i]);
      lengths += foundTokens[i].length();
    }
    lengthsRead += lengths;
    for (int i = 0; i < kept; i++) {
      double similarity = TokenSimilarity.of(token, foundTokens[i]);
      if (similarity >= TokenAlignment.MIN_PAIR_SIMILARITY) {
        addGathered(found[i], similarity);
      }
    }
  }

  private void consider(String token, int tokenId) {
    if (tokenStamp[tokenId] == gatherStamp) {
      return;
    }
    tokenStamp[tokenId] = gatherStamp;
    if (TokenSimilarity.ruledOut(token, vocabulary.shape(tokenId))) {
      return;
    }
    double similarity = TokenSimilarity.of(token, vocabulary.token(tokenId));

    if (similarity >= TokenAlignment.MIN_PAIR_SIMILARITY) {
      addGathered(tokenId, similarity);
    }
  }

  private void addGathered(int tokenId, double similarity) {
    if (gatheredCount == gathered.length) {
      gathered = Arrays.copyOf(gathered, gatheredCount * 2);
      gatheredWeights = Arrays.copyOf(gatheredWeights, gatheredCount * 2);
      gatheredSimilarities = Arrays.copyOf(gatheredSimilarities, gatheredCount * 2);
    }
    gathered[gatheredCount] = tokenId;
    gatheredSimilarities[gatheredCount] = similarity;
    gatheredWeights[gatheredCount++] = (float) similarity;
  }

  /**
   * Most alike first, so that a key cut short by the budget has walked its best tokens; equally
   * alike ones by token id, so that a gathering caught up and a fresh one give the same order.
   */
  private void sortGatheredBySimilarity() {
    for (int i = 1; i < gatheredCount; i++) {
      int token = gathered[i];
      float weight = gatheredWeights[i];
      double similarity = gatheredSimilarities[i];
      int j = i - 1;
      while (j >= 0
          && (gatheredWeights[j] < weight
              || (gatheredWeights[j] == weight && gathered[j] > token))) {
        gathered[j + 1] = gathered[j];
        gatheredWeights[j + 1] = gatheredWeights[j];
        gatheredSimilarities[j + 1] = gatheredSimilarities[j];
        j--;
      }
      gathered[j + 1] = token;
      gatheredWeights[j + 1] = weight;
      gatheredSimilarities[j + 1] = similarity;
    }
  }

  /** The table positions of the best-ranked touched entries, at most {@code limit}. */
  private int[] topCandidates(int limit) {
    return top(Arrays.copyOf(touched, touchedCount), limit);
  }

  /** The best-ranked of the table positions, at most {@code limit}. */
  private int[] top(int[] positions, int limit) {
    if (positions.length <= limit) {
      return positions;
    }
    // A min-heap of the best so far, by rank.
    int[] heap = new int[limit];
    int heapSize = 0;
    for (int position : positions) {
      float rank = tableRanks[position];
      if (heapSize < limit) {
        heap[heapSize] = position;
        siftUp(heap, heapSize++);
      } else if (rank > tableRanks[heap[0]]) {
        heap[0] = position;
        siftDown(heap, heapSize);
      }
    }
    return heap;
  }

  private void siftUp(int[] heap, int at) {
    while (at > 0) {
      int parent = (at - 1) / 2;
      if (tableRanks[heap[at]] >= tableRanks[heap[parent]]) {
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
      if (left < size && tableRanks[heap[left]] < tableRanks[heap[smallest]]) {
        smallest = left;
      }
      if (left + 1 < size && tableRanks[heap[left + 1]] < tableRanks[heap[smallest]]) {
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

  private void ensureScratch() {
    int tokens = vocabulary.size();
    if (tokenStamp.length < tokens) {
      int capacity = Math.max(tokens, tokenStamp.length * 2);
      tokenStamp = Arrays.copyOf(tokenStamp, capacity);
      tokenFirstPair = Arrays.copyOf(tokenFirstPair, capacity);
    }
  }
}
