package eu.piu.screening.names;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * The keys under which a name token is found again despite spelling: symmetric-delete variants (the
 * token with up to 0, 1 or 2 letters deleted for tokens of up to 2, 3 to 5 and 6 or more letters:
 * two tokens within that edit distance share a variant), Double Metaphone codes (sounds alike:
 * "ph"/"f", "c"/"k") and the consonant skeleton (abjad transliterations without vowels). Keys are
 * int hashes, salted by kind; a collision only adds a candidate.
 */
final class CandidateKeys {

  private static final int DELETE_SALT = 0x1b873593;
  private static final int PHONETIC_SALT = 0x5bd1e995;
  private static final int SKELETON_SALT = 0x27d4eb2f;

  private static final DoubleMetaphone DOUBLE_METAPHONE = new DoubleMetaphone();

  /** Receives one key of a token. */
  interface Sink {
    void key(int key);
  }

  private CandidateKeys() {}

  static int editBudget(int length) {
    return length <= 2 ? 0 : length <= 5 ? 1 : 2;
  }

  /** Every symmetric-delete variant of the token, the token itself included. */
  static void deletes(String token, Sink sink) {
    deletes(token, 2, sink);
  }

  /**
   * The symmetric-delete variants with at most {@code maxDeletes} letters deleted (within the
   * token's own budget). Against list tokens keyed with their full budget, one deletion on this
   * side still finds every list token one edit away.
   */
  static void deletes(String token, int maxDeletes, Sink sink) {
    int length = token.length();
    sink.key(hashSkipping(token, -1, -1) ^ DELETE_SALT);
    int budget = Math.min(maxDeletes, editBudget(length));
    if (budget >= 1) {
      for (int i = 0; i < length; i++) {
        sink.key(hashSkipping(token, i, -1) ^ DELETE_SALT);
      }
    }
    if (budget >= 2) {
      for (int i = 0; i < length; i++) {
        for (int j = i + 1; j < length; j++) {
          sink.key(hashSkipping(token, i, j) ^ DELETE_SALT);
        }
      }
    }
  }

  /** The Double Metaphone primary and alternate codes (one key when they agree). */
  static void phonetic(String token, Sink sink) {
    String primary = DOUBLE_METAPHONE.doubleMetaphone(token, false);
    if (primary == null || primary.isEmpty()) {
      return;
    }
    sink.key(primary.hashCode() ^ PHONETIC_SALT);
    String alternate = DOUBLE_METAPHONE.doubleMetaphone(token, true);
    if (alternate != null && !alternate.isEmpty() && !alternate.equals(primary)) {
      sink.key(alternate.hashCode() ^ PHONETIC_SALT);
    }
  }

  /** The consonant skeleton's key, or 0 when the token has no consonant. */
  static int skeleton(String token) {
    String skeleton = TokenSimilarity.skeleton(token);
    return skeleton.isEmpty() ? 0 : skeleton.hashCode() ^ SKELETON_SALT;
  }

  /** String.hashCode of the token without the letters at i and j (-1: none). */
  private static int hashSkipping(String token, int i, int j) {
    int hash = 0;
    for (int k = 0; k < token.length(); k++) {
      if (k != i && k != j) {
        hash = 31 * hash + token.charAt(k);
      }
    }
    return hash;
  }
}
