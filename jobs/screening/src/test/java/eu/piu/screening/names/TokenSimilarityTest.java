package eu.piu.screening.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

class TokenSimilarityTest {

  @Test
  void jaroWinklerIsCommonsTextsToTheLastBit() {
    JaroWinklerSimilarity reference = new JaroWinklerSimilarity();
    Random random = new Random(7);
    String letters = "aeiklmnorst";
    for (int i = 0; i < 20_000; i++) {
      String a = word(random, letters);
      String b = random.nextInt(3) == 0 ? mutate(random, a, letters) : word(random, letters);
      assertThat(TokenSimilarity.jaroWinkler(a, b))
          .as("%s / %s", a, b)
          .isCloseTo(reference.apply(a, b), within(1e-12));
    }
  }

  @Test
  void shortTokensOneEditApartAreAlike() {
    assertThat(TokenSimilarity.of("sok", "sko")).isGreaterThanOrEqualTo(0.75);
    assertThat(TokenSimilarity.of("yu", "yyu")).isGreaterThanOrEqualTo(0.75);
    assertThat(TokenSimilarity.of("sok", "kim")).isLessThan(0.75);
  }

  @Test
  void vowelLessTransliterationsCompareBySkeleton() {
    assertThat(TokenSimilarity.skeleton("mohammed")).isEqualTo("mhmd");
    assertThat(TokenSimilarity.of("mhmd", "mohamed")).isGreaterThan(0.9);
    assertThat(TokenSimilarity.of("hsn", "hassan")).isGreaterThan(0.9);
    // Both spelled out: no skeleton shortcut, "hassan" and "hussein" stay different names.
    assertThat(TokenSimilarity.of("hassan", "hsn")).isEqualTo(TokenSimilarity.of("hsn", "hassan"));
    assertThat(TokenSimilarity.of("hassan", "hossein")).isLessThan(0.9);
  }

  @Test
  void anInitialMatchesTheTokensItStarts() {
    assertThat(TokenSimilarity.of("j", "john")).isEqualTo(TokenSimilarity.INITIAL);
    assertThat(TokenSimilarity.of("j", "mary")).isZero();
  }

  private static String word(Random random, String letters) {
    StringBuilder word = new StringBuilder();
    int length = 1 + random.nextInt(10);
    for (int i = 0; i < length; i++) {
      word.append(letters.charAt(random.nextInt(letters.length())));
    }
    return word.toString();
  }

  private static String mutate(Random random, String word, String letters) {
    StringBuilder mutated = new StringBuilder(word);
    int at = random.nextInt(mutated.length());
    switch (random.nextInt(3)) {
      case 0 -> mutated.setCharAt(at, letters.charAt(random.nextInt(letters.length())));
      case 1 -> mutated.insert(at, letters.charAt(random.nextInt(letters.length())));
      default -> {
        if (mutated.length() > 1) {
          mutated.deleteCharAt(at);
        }
      }
    }
    return mutated.toString();
  }

  /**
   * The shortcut only ever turns a pair that could not align into 0: over random and mutated tokens
   * of 2 to 12 letters, every pair it rejects scores below the alignment's minimum when computed in
   * full, and it rejects most unrelated pairs (or it would spare nothing).
   */
  @Test
  void theShortcutsNeverRejectAPairThatCouldAlign() {
    java.util.Random random = new java.util.Random(11);
    int rejected = 0;
    int pairs = 200_000;
    for (int n = 0; n < pairs; n++) {
      String a = randomToken(random);
      String b = random.nextInt(3) == 0 ? mutated(a, random) : randomToken(random);
      if (random.nextInt(4) == 0) {
        // A vowel-less transliteration against a spelled-out token: compared by skeleton too.
        b = b.replaceAll("[aeiou]", "");
      }
      if (a.equals(b) || b.length() < 2) {
        continue;
      }
      boolean bySkeleton = TokenSimilarity.hasNoVowel(a) != TokenSimilarity.hasNoVowel(b);
      if (TokenSimilarity.of(a, b) == 0.0) {
        rejected++;
        assertThat(TokenSimilarity.computed(a, b, bySkeleton))
            .as("%s / %s", a, b)
            .isLessThan(TokenAlignment.MIN_PAIR_SIMILARITY);
      }
    }
    assertThat(rejected).isGreaterThan(pairs / 3);
  }

  /**
   * A list token's shape rules out only pairs below the alignment's minimum, over random and
   * mutated tokens, initials, vowel-less ones and tokens with characters outside a-z; and it rules
   * out nearly every pair the full shortcut rejects, without the list token's characters.
   */
  @Test
  void aShapeRulesOutOnlyPairsThatCannotAlign() {
    java.util.Random random = new java.util.Random(13);
    int rejected = 0;
    int ruledOut = 0;
    for (int n = 0; n < 200_000; n++) {
      String a = randomToken(random);
      String b = random.nextInt(3) == 0 ? mutated(a, random) : randomToken(random);
      switch (random.nextInt(8)) {
        case 0 -> b = b.replaceAll("[aeiou]", "");
        case 1 -> a = a.replaceAll("[aeiou]", "");
        case 2 -> b = b.substring(0, 1);
        case 3 -> a = a.substring(0, 1);
        case 4 -> b = b + (random.nextBoolean() ? "5" : "ß");
        default -> {}
      }
      if (a.isEmpty() || b.isEmpty()) {
        continue;
      }
      double similarity = TokenSimilarity.of(a, b);
      if (similarity == 0.0) {
        rejected++;
      }
      if (TokenSimilarity.ruledOut(a, TokenSimilarity.shape(b))) {
        ruledOut++;
        assertThat(similarity).as("%s / %s", a, b).isLessThan(TokenAlignment.MIN_PAIR_SIMILARITY);
      }
    }
    // An eighth of the list tokens have a character outside a-z, which a shape never rules out.
    assertThat(ruledOut).isGreaterThan(rejected * 3 / 4);
  }

  @Test
  void aShapeKnowsItsTokensLengthAndVowels() {
    long shape = TokenSimilarity.shape("mhmd");
    assertThat(TokenSimilarity.length(shape)).isEqualTo(4);
    assertThat(TokenSimilarity.hasNoVowel(shape)).isTrue();
    assertThat(TokenSimilarity.hasNoVowel(TokenSimilarity.shape("mohamed"))).isFalse();
  }

  private static String randomToken(java.util.Random random) {
    // A small alphabet makes near misses common, as in names.
    String letters = "aeioubdklmnrst";
    char[] token = new char[2 + random.nextInt(11)];
    for (int i = 0; i < token.length; i++) {
      token[i] = letters.charAt(random.nextInt(letters.length()));
    }
    return new String(token);
  }

  private static String mutated(String token, java.util.Random random) {
    StringBuilder mutated = new StringBuilder(token);
    for (int edits = 1 + random.nextInt(2); edits > 0 && mutated.length() > 2; edits--) {
      int at = random.nextInt(mutated.length());
      switch (random.nextInt(3)) {
        case 0 -> mutated.setCharAt(at, (char) ('a' + random.nextInt(26)));
        case 1 -> mutated.deleteCharAt(at);
        default -> mutated.insert(at, (char) ('a' + random.nextInt(26)));
      }
    }
    return mutated.toString();
  }
}
