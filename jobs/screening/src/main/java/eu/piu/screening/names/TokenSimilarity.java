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
    if (similarity < 0.8) {
      similarity = Math.max(similarity, withinEditBudget(a, b));
    }
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

  /**
   * For short tokens Jaro-Winkler misses a swap or a doubled letter ("sok"/"sko", "yu"/"yyu"): its
   * matching window is then 0. Within the token's edit budget (1 edit for up to 5 letters, 2 from
   * 6) the optimal-string-alignment distance d gives 1 - d / (longest + 1).
   */
  static double withinEditBudget(String a, String b) {
    int longest = Math.max(a.length(), b.length());
    int budget = CandidateKeys.editBudget(longest);
    if (budget == 0 || Math.abs(a.length() - b.length()) > budget) {
      return 0.0;
    }
    int distance = restrictedEditDistance(a, b);
    return distance > budget ? 0.0 : 1.0 - (double) distance / (longest + 1);
  }

  /** Levenshtein distance with adjacent transpositions (optimal string alignment). */
  static int restrictedEditDistance(String a, String b) {
    int n = a.length();
    int m = b.length();
    int[] before = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          value = Math.min(value, before[j - 2] + 1);
        }
        current[j] = value;
      }
      int[] recycled = before;
      before = previous;
      previous = current;
      current = recycled;
    }
    return previous[m];
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
