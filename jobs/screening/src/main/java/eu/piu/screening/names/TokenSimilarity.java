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
    boolean bySkeleton = hasNoVowel(a) != hasNoVowel(b);
    if (cannotAlign(a, b) && (!bySkeleton || skeletonsCannotAlign(a, b))) {
      return 0.0;
    }
    return computed(a, b, bySkeleton);
  }

  private static final long LETTERS = (1L << 26) - 1;
  private static final long OTHER_CHARACTERS = 1L << 26;
  private static final int LENGTH_SHIFT = 32;
  private static final int SKELETON_LENGTH_SHIFT = 40;
  private static final long NO_VOWEL = 1L << 48;

  /** The letters a skeleton leaves out: vowels and the semivowels w and y. */
  private static final long NOT_SKELETON = letterBits("aeiouwy");

  /**
   * A list token's length, set of letters, skeleton length and vowel-lessness in one long: what
   * {@link #ruledOut} needs to tell that a pair cannot be alike without reading the token's
   * characters. In a list of 10^6 entries the characters of a token are a cache miss or two away,
   * its shape one array read; most pairs a screening meets are unrelated.
   */
  static long shape(String token) {
    long shape = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      shape |= c >= 'a' && c <= 'z' ? 1L << (c - 'a') : OTHER_CHARACTERS;
    }
    if (token.length() > 255) {
      shape |= OTHER_CHARACTERS;
    }
    shape |= (long) Math.min(token.length(), 255) << LENGTH_SHIFT;
    shape |= (long) Math.min(skeleton(token).length(), 255) << SKELETON_LENGTH_SHIFT;
    return hasNoVowel(token) ? shape | NO_VOWEL : shape;
  }

  /**
   * True when {@link #of} of the pair is certainly below {@link
   * TokenAlignment#MIN_PAIR_SIMILARITY}, told from the list token's {@link #shape} alone: the
   * bounds of {@link #cannotAlign} and {@link #skeletonsCannotAlign}, with letters counted exactly.
   * False for list tokens with letters outside a-z, whose shape is not exact.
   */
  static boolean ruledOut(String a, long shapeOfB) {
    return ruledOut(a, hasNoVowel(a), shapeOfB);
  }

  /** {@link #ruledOut(String, long)}, with whether {@code a} {@link #hasNoVowel} known. */
  static boolean ruledOut(String a, boolean aHasNoVowel, long shapeOfB) {
    if ((shapeOfB & OTHER_CHARACTERS) != 0 || a.isEmpty()) {
      return false;
    }
    long lettersOfB = shapeOfB & LETTERS;
    int lengthA = a.length();
    int lengthB = (int) (shapeOfB >>> LENGTH_SHIFT) & 0xff;
    if (lengthA == 1 || lengthB == 1) {
      // An initial is alike only a token starting with its letter, so one that has it.
      return (lettersOfB & letterBit(a.charAt(0))) == 0;
    }
    int common = 0;
    for (int i = 0; i < lengthA; i++) {
      if ((lettersOfB & letterBit(a.charAt(i))) != 0) {
        common++;
      }
    }
    if (!cannotReach(common, lengthA, lengthB)) {
      return false;
    }
    if (aHasNoVowel == ((shapeOfB & NO_VOWEL) != 0)) {
      return true;
    }
    long skeletonOfB = lettersOfB & ~NOT_SKELETON;
    int skeletonLengthB = (int) (shapeOfB >>> SKELETON_LENGTH_SHIFT) & 0xff;
    int skeletonLengthA = 0;
    int skeletonCommon = 0;
    char previous = 0;
    for (int i = 0; i < lengthA; i++) {
      char c = a.charAt(i);
      if (isVowel(c) || c == 'w' || c == 'y') {
        continue;
      }
      if (c != previous) {
        skeletonLengthA++;
        if ((skeletonOfB & letterBit(c)) != 0) {
          skeletonCommon++;
        }
      }
      previous = c;
    }
    return skeletonLengthA == 0
        || skeletonLengthB == 0
        || !jaroCanReachMinimum(skeletonCommon, skeletonLengthA, skeletonLengthB);
  }

  /** The shape's token length (up to 255: longer tokens are not shaped exactly). */
  static int length(long shape) {
    return (int) (shape >>> LENGTH_SHIFT) & 0xff;
  }

  /** Whether the shape's token is one {@link #hasNoVowel}. */
  static boolean hasNoVowel(long shape) {
    return (shape & NO_VOWEL) != 0;
  }

  /** The bit of a letter a-z in a shape's letter set; 0 for any other character. */
  private static long letterBit(char c) {
    return c >= 'a' && c <= 'z' ? 1L << (c - 'a') : 0;
  }

  private static long letterBits(String letters) {
    long bits = 0;
    for (int i = 0; i < letters.length(); i++) {
      bits |= letterBit(letters.charAt(i));
    }
    return bits;
  }

  /**
   * The similarity without the {@link #cannotAlign} shortcut, for tokens of two letters or more.
   */
  static double computed(String a, String b, boolean bySkeleton) {
    double similarity = jaroWinkler(a, b);
    if (similarity < 0.8) {
      similarity = Math.max(similarity, withinEditBudget(a, b));
    }
    if (bySkeleton) {
      String skeletonA = skeleton(a);
      String skeletonB = skeleton(b);
      if (!skeletonA.isEmpty() && !skeletonB.isEmpty()) {
        double skeletons = skeletonA.equals(skeletonB) ? 1.0 : jaroWinkler(skeletonA, skeletonB);
        similarity = Math.max(similarity, SKELETON_FACTOR * skeletons);
      }
    }
    return similarity;
  }

  /**
   * True when the pair cannot reach {@link TokenAlignment#MIN_PAIR_SIMILARITY} (so its exact
   * similarity never matters): Jaro-Winkler needs a Jaro similarity of at least 0.7 to get past
   * 0.75, and Jaro is at most (m/|a| + m/|b| + 1) / 3 with m the letters of one found in the other;
   * and {@link #withinEditBudget} needs tokens of 3 to 5 letters one edit apart, so all letters of
   * {@code a} but one found in {@code b}. Most pairs of a screening are unrelated tokens; this
   * spares their full computation.
   */
  static boolean cannotAlign(String a, String b) {
    long lettersOfB = 0;
    for (int i = 0; i < b.length(); i++) {
      lettersOfB |= 1L << (b.charAt(i) & 63);
    }
    int common = 0;
    for (int i = 0; i < a.length(); i++) {
      if ((lettersOfB & (1L << (a.charAt(i) & 63))) != 0) {
        common++;
      }
    }
    return cannotReach(common, a.length(), b.length());
  }

  /**
   * The bound of {@link #cannotAlign}: neither Jaro-Winkler nor {@link #withinEditBudget} can reach
   * the minimum with at most {@code common} letters of a (of length {@code lengthA}) found in b.
   */
  private static boolean cannotReach(int common, int lengthA, int lengthB) {
    if (jaroCanReachMinimum(common, lengthA, lengthB)) {
      return false;
    }
    int longest = Math.max(lengthA, lengthB);
    boolean oneEditPossible =
        longest >= 3 && longest <= 5 && Math.abs(lengthA - lengthB) <= 1 && common >= lengthA - 1;
    return !oneEditPossible;
  }

  /**
   * True when the consonant skeletons of the pair cannot make it reach {@link
   * TokenAlignment#MIN_PAIR_SIMILARITY}: {@link #SKELETON_FACTOR} times their Jaro-Winkler needs a
   * Jaro similarity of the skeletons of at least 0.7, bounded as in {@link #cannotAlign}. Counts
   * the skeletons' letters without building them: a vowel-less token meets every token of a list.
   */
  static boolean skeletonsCannotAlign(String a, String b) {
    long lettersOfB = 0;
    int lengthB = 0;
    char previous = 0;
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      if (isVowel(c) || c == 'w' || c == 'y') {
        continue;
      }
      if (c != previous) {
        lettersOfB |= 1L << (c & 63);
        lengthB++;
      }
      previous = c;
    }
    int lengthA = 0;
    int common = 0;
    previous = 0;
    for (int i = 0; i < a.length(); i++) {
      char c = a.charAt(i);
      if (isVowel(c) || c == 'w' || c == 'y') {
        continue;
      }
      if (c != previous) {
        lengthA++;
        if ((lettersOfB & (1L << (c & 63))) != 0) {
          common++;
        }
      }
      previous = c;
    }
    if (lengthA == 0 || lengthB == 0) {
      return true;
    }
    return !jaroCanReachMinimum(common, lengthA, lengthB);
  }

  /**
   * True when a Jaro similarity of 0.7 (what Jaro-Winkler needs to pass 0.75) is within reach of
   * two strings of these lengths with at most {@code common} letters of one found in the other:
   * Jaro is at most (m/|a| + m/|b| + 1) / 3.
   */
  private static boolean jaroCanReachMinimum(int common, int lengthA, int lengthB) {
    double m = Math.min(common, Math.min(lengthA, lengthB));
    return (m / lengthA + m / lengthB + 1) / 3 >= 0.7;
  }

  /**
   * Jaro-Winkler similarity exactly as commons-text's {@link JaroWinklerSimilarity} computes it,
   * with bit sets instead of arrays: screening computes it hundreds of times per person, and
   * commons-text allocates four arrays per call. Tokens longer than 64 letters go to commons-text.
   */
  static double jaroWinkler(String first, String second) {
    if (first.equals(second)) {
      return 1.0;
    }
    String max = first.length() > second.length() ? first : second;
    String min = max == first ? second : first;
    if (max.length() > 64) {
      return JARO_WINKLER.apply(first, second);
    }
    int range = Math.max(max.length() / 2 - 1, 0);
    long minMatched = 0;
    long maxMatched = 0;
    int matches = 0;
    for (int mi = 0; mi < min.length(); mi++) {
      char c = min.charAt(mi);
      for (int xi = Math.max(mi - range, 0), xn = Math.min(mi + range + 1, max.length());
          xi < xn;
          xi++) {
        if ((maxMatched & (1L << xi)) == 0 && c == max.charAt(xi)) {
          minMatched |= 1L << mi;
          maxMatched |= 1L << xi;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int halfTranspositions = 0;
    long minBits = minMatched;
    long maxBits = maxMatched;
    while (minBits != 0) {
      int i = Long.numberOfTrailingZeros(minBits);
      int x = Long.numberOfTrailingZeros(maxBits);
      if (min.charAt(i) != max.charAt(x)) {
        halfTranspositions++;
      }
      minBits &= minBits - 1;
      maxBits &= maxBits - 1;
    }
    int prefix = 0;
    for (int i = 0; i < Math.min(4, min.length()); i++) {
      if (first.charAt(i) != second.charAt(i)) {
        break;
      }
      prefix++;
    }
    double m = matches;
    double jaro =
        (m / first.length() + m / second.length() + (m - (double) halfTranspositions / 2) / m) / 3;
    return jaro < 0.7 ? jaro : jaro + 0.1 * prefix * (1.0 - jaro);
  }

  /**
   * For short tokens Jaro-Winkler misses a swap or a doubled letter ("sok"/"sko", "yu"/"yyu"): its
   * matching window is then 0 or 1. For tokens of 3 to 5 letters, one edit (a swap counts as one)
   * gives 1 - 1 / (longest + 1); longer tokens have a wide enough window.
   */
  static double withinEditBudget(String a, String b) {
    int longest = Math.max(a.length(), b.length());
    int budget = CandidateKeys.editBudget(longest);
    if (budget != 1 || Math.abs(a.length() - b.length()) > budget) {
      return 0.0;
    }
    return oneEditApart(a, b) ? 1.0 - 1.0 / (longest + 1) : 0.0;
  }

  /** True when one substitution, insertion, deletion or swap of adjacent letters turns a into b. */
  static boolean oneEditApart(String a, String b) {
    String longer = a.length() >= b.length() ? a : b;
    String shorter = longer == a ? b : a;
    int prefix = 0;
    while (prefix < shorter.length() && longer.charAt(prefix) == shorter.charAt(prefix)) {
      prefix++;
    }
    if (longer.length() == shorter.length()) {
      if (prefix == longer.length()) {
        return false;
      }
      if (sameFrom(longer, prefix + 1, shorter, prefix + 1)) {
        return true;
      }
      return prefix + 1 < longer.length()
          && longer.charAt(prefix) == shorter.charAt(prefix + 1)
          && longer.charAt(prefix + 1) == shorter.charAt(prefix)
          && sameFrom(longer, prefix + 2, shorter, prefix + 2);
    }
    return longer.length() == shorter.length() + 1 && sameFrom(longer, prefix + 1, shorter, prefix);
  }

  /**
   * True when a from {@code fromA} to its end equals b from {@code fromB} to its end. A plain loop:
   * String.regionMatches costs more than the few letters of a name token it compares.
   */
  private static boolean sameFrom(String a, int fromA, String b, int fromB) {
    if (a.length() - fromA != b.length() - fromB) {
      return false;
    }
    for (int i = fromA, j = fromB; i < a.length(); i++, j++) {
      if (a.charAt(i) != b.charAt(j)) {
        return false;
      }
    }
    return true;
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
