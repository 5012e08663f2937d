package eu.piu.screening.names;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The distinct name tokens of a watchlist, each with an int id, its {@link TokenSimilarity#shape}
 * and its candidate keys (the entries using a token, which give its rarity, are its {@link
 * Postings}). Keys are built per distinct token, not per entry: a list of 10^6 entries has far
 * fewer distinct tokens than token occurrences. Ids are never reused; a token no entry uses any
 * more keeps its id with no postings (a rebuild of the index drops it).
 */
final class TokenVocabulary {

  private final Map<String, Integer> ids = new HashMap<>();

  /** By id, in a plain array: scoring reads a candidate's tokens by id, one indirection less. */
  private String[] tokens = new String[1024];

  private int size;

  /** By id, each token's {@link TokenSimilarity#shape}. */
  private long[] shapes = new long[1024];

  private final IntMultimap keys = new IntMultimap(1 << 12);

  /**
   * The candidate keys of the tokens added last, by id modulo its size: a cached gathering of alike
   * tokens catches up with the tokens added since, instead of being thrown away (a list that
   * changes all day would otherwise leave the cache always cold).
   */
  static final int RECENT_KEPT = 8_192;

  private final int[][] recentKeys = new int[RECENT_KEPT][];

  /** The token's id, or -1 when no entry has ever used it. */
  int id(String token) {
    Integer id = ids.get(token);
    return id == null ? -1 : id;
  }

  /** The token's id, added with its candidate keys when new. */
  int add(String token) {
    Integer known = ids.get(token);
    if (known != null) {
      return known;
    }
    int id = size++;
    if (id == tokens.length) {
      tokens = Arrays.copyOf(tokens, id * 2);
    }
    tokens[id] = token;
    ids.put(token, id);
    if (id == shapes.length) {
      shapes = Arrays.copyOf(shapes, id * 2);
    }
    shapes[id] = TokenSimilarity.shape(token);
    int[][] tokenKeys = {new int[64]};
    int[] count = {0};
    CandidateKeys.Sink sink =
        key -> {
          keys.put(key, id);
          if (count[0] == tokenKeys[0].length) {
            tokenKeys[0] = Arrays.copyOf(tokenKeys[0], count[0] * 2);
          }
          tokenKeys[0][count[0]++] = key;
        };
    CandidateKeys.deletes(token, sink);
    CandidateKeys.phonetic(token, sink);
    int skeleton = CandidateKeys.skeleton(token);
    if (skeleton != 0) {
      sink.key(skeleton);
    }
    recentKeys[id % RECENT_KEPT] = Arrays.copyOf(tokenKeys[0], count[0]);
    return id;
  }

  /** The candidate keys of a token added among the last {@link #RECENT_KEPT}, else null. */
  int[] recentKeys(int id) {
    return id < size - RECENT_KEPT ? null : recentKeys[id % RECENT_KEPT];
  }

  String token(int id) {
    return tokens[id];
  }

  int size() {
    return size;
  }

  boolean withoutVowel(int id) {
    return TokenSimilarity.hasNoVowel(shapes[id]);
  }

  long shape(int id) {
    return shapes[id];
  }

  /** The token's length, from its shape: without reading the token. */
  int length(int id) {
    int length = TokenSimilarity.length(shapes[id]);
    return length < 255 ? length : tokens[id].length();
  }

  /** The candidate-key map: key hash to token ids. */
  IntMultimap keys() {
    return keys;
  }
}
