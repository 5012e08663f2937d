package eu.piu.screening.names;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How alike two name tokens are, from 0 to 1: Jaro-Winkler similarity, an initial against a full
 * token, and for tokens written without vowels (Arabic and Hebrew transliterations leave short
 * vowels out: "mhmd" for Mohamed) a comparison of consonant skeletons.
 */
final class TokenSimilarity {

  /** Similarity of an initial to a token that starts with it ("l" and "lee"). */
  static final double INITIAL = 0.85;

  /** A skeleton match is weaker evidence than a spelled-out one. */
  private static final double SKELETON_FACTOR = 0.95;

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  private TokenSimilarity() {}

  static double of(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    if (a.length() == 1 || b.length() == 1) {
      return a.charAt(0) == b.charAt(0) ? INITIAL : 0.0;
    }
    double similarity = JARO_WINKLER.apply(a, b);
    if (hasNoVowel(a) != hasNoVowel(b)) {
      String skeletonA = skeleton(a);
      String skeletonB = skeleton(b);
      if (!skeletonA.isEmpty() && !skeletonB.isEmpty()) {
        double bySkeleton =
            skeletonA.equals(skeletonB) ? 1.0 : JARO_WINKLER.apply(skeletonA, skeletonB);
        similarity = Math.max(similarity, SKELETON_FACTOR * bySkeleton);
      }
    }
    return similarity;
  }

  /** True for a token of two letters or more without a, e, i, o, u. */
  static boolean hasNoVowel(String token) {
    if (token.length() < 2) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (isVowel(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The consonants of a token without the semivowels w and y (which abjads use for long vowels) and
   * without doubled letters: "mohammed" and "mhmd" both give "mhmd".
   */
  static String skeleton(String token) {
    StringBuilder skeleton = new StringBuilder(token.length());
    char previous = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (isVowel(c) || c == 'w' || c == 'y') {
        continue;
      }
      if (c != previous) {
        skeleton.append(c);
      }
      previous = c;
    }
    return skeleton.toString();
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
