package eu.piu.screening.names;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Finds the candidates of a screening without scanning the list: each passenger token (and each
 * pair of adjacent tokens joined) gathers the list's tokens that are spelled alike
 * (symmetric-delete variants), sound alike (Double Metaphone) or share a consonant skeleton, and
 * the entries using them are ranked by similarity times rarity. Rarity ranks only; it never enters
 * a score. The similarities computed here are remembered for scoring.
 *
 * <p>Not thread-safe: scratch arrays per entry slot and per token id are reused, reset by stamps.
 */
final class CandidateRanking {

  /** Postings walked per screening at most, rarest tokens first: bounds the cost of "mohammed". */
  static final int MAX_POSTINGS_VISITED = 1_000;

  /** Keys (tokens and joined pairs) per screening at most: a long name's rest adds little. */
  static final int MAX_KEYS = 12;

  /** Candidates kept, as multiples of maxCandidates, when common tokens only adjust the rank. */
  static final int LEADING_FACTOR = 4;

  private static final int STAMP_SHIFT = 44;
  private static final int KEY_SHIFT = 32;
  private static final long RANK_BITS = 0xFFFFFFFFL;

  private final TokenVocabulary vocabulary;
  private final ListedEntries entries;
  private final Postings postings;
  private final SimilarityMemo memo;
  private final int maxCandidates;

  /**
   * Per slot, one long so that crediting a posting touches one cache line: the screening's stamp
   * (20 bits), which keys credited it (12 bits), its rank (a float's 32 bits).
   */
  private long[] slotState = new long[0];

  private int[] touched = new int[256];
  private int touchedCount;
  private int screening;
  private int[] tokenStamp = new int[0];
  private float[] tokenContribution = new float[0];

  CandidateRanking(
      TokenVocabulary vocabulary,
      ListedEntries entries,
      Postings postings,
      SimilarityMemo memo,
      int maxCandidates) {
    this.vocabulary = vocabulary;
    this.entries = entries;
    this.postings = postings;
    this.memo = memo;
    this.maxCandidates = maxCandidates;
  }

  /** The slots of the best-ranked entries for the passenger tokens, at most maxCandidates. */
  int[] candidates(String[] tokens) {
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
    return topCandidates(maxCandidates);
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
      Alike alike = alike(token, joined ? -1 : k);
      // Copies: the walk below marks the tokens it has walked.
      keyTokens[k] = alike.tokens().clone();
      keyWeights[k] = alike.weights().clone();
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
        float contribution = contribution(keyWeights[k][i], tokenId, entryCount);
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
    if (deferred) {
      addDeferred(keyTokens, keyWeights, entryCount);
    }
  }

  /** Adds the deferred (common) tokens' contributions to the leading candidates. */
  private void addDeferred(int[][] keyTokens, float[][] keyWeights, double entryCount) {
    int[] leading = topCandidates(maxCandidates * LEADING_FACTOR);
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

  /** The list's tokens alike one token, most alike first, with their similarities. */
  private record Alike(int[] tokens, float[] weights, double[] similarities) {}

  /** Tokens gathered lately: travellers' names repeat, and gathering is most of a screening. */
  private static final int ALIKE_CACHED = 20_000;

  private final Map<String, Alike> alikeByToken =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Alike> eldest) {
          return size() > ALIKE_CACHED;
        }
      };

  /** The vocabulary size the cached tokens were gathered from: it only grows. */
  private int alikeVocabularySize = -1;

  /**
   * The list's tokens alike {@code token}, from the cache while the vocabulary is unchanged (which
   * tokens are alike depends on the vocabulary only, never on which entries use them); their
   * similarities are remembered for scoring when {@code position} is a passenger token's.
   */
  private Alike alike(String token, int position) {
    if (vocabulary.size() != alikeVocabularySize) {
      alikeByToken.clear();
      alikeVocabularySize = vocabulary.size();
    }
    Alike alike = alikeByToken.get(token);
    if (alike == null) {
      gatherTokens(token, position);
      sortGatheredBySimilarity();
      alike =
          new Alike(
              Arrays.copyOf(gathered, gatheredCount),
              Arrays.copyOf(gatheredWeights, gatheredCount),
              Arrays.copyOf(gatheredSimilarities, gatheredCount));
      alikeByToken.put(token, alike);
    } else if (position >= 0) {
      for (int i = 0; i < alike.tokens().length; i++) {
        memo.put(position, alike.tokens()[i], alike.similarities()[i]);
      }
    }
    return alike;
  }

  private int[] gathered = new int[64];
  private float[] gatheredWeights = new float[64];
  private double[] gatheredSimilarities = new double[64];
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
      gatheredSimilarities = Arrays.copyOf(gatheredSimilarities, gatheredCount * 2);
    }
    gathered[gatheredCount] = tokenId;
    gatheredSimilarities[gatheredCount] = similarity;
    gatheredWeights[gatheredCount++] = (float) similarity;
  }

  /** Most alike first, so that a key cut short by the budget has walked its best tokens. */
  private void sortGatheredBySimilarity() {
    for (int i = 1; i < gatheredCount; i++) {
      int token = gathered[i];
      float weight = gatheredWeights[i];
      double similarity = gatheredSimilarities[i];
      int j = i - 1;
      while (j >= 0 && gatheredWeights[j] < weight) {
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
