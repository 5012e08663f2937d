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
}
