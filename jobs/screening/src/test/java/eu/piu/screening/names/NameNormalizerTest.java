package eu.piu.screening.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Both sides of a match are normalised by these rules, so each rule is a matching rule. */
class NameNormalizerTest {

  @Test
  void latinNamesLoseAccentsCaseAndPunctuation() {
    assertThat(NameNormalizer.tokens("José-María  Müller-Lüdenscheidt"))
        .containsExactly("jose", "maria", "muller", "ludenscheidt");
    assertThat(NameNormalizer.tokens("Ørsted Łukasz ß")).containsExactly("orsted", "lukasz", "ss");
  }

  @Test
  void otherScriptsAreTransliteratedToLatin() {
    assertThat(NameNormalizer.tokens("Владимир Путин")).containsExactly("vladimir", "putin");
    assertThat(NameNormalizer.tokens("Νικόλαος")).containsExactly("nikolaos");
    assertThat(NameNormalizer.tokens("王伟")).containsExactly("wang", "wei");
    // Arabic script writes no short vowels: the consonant skeleton is what both sides share.
    assertThat(NameNormalizer.tokens("محمد")).containsExactly("mhmd");
  }

  @Test
  void commaOrderPutsGivenNamesFirst() {
    assertThat(NameNormalizer.tokens("DE VRIES, Jan Pieter"))
        .containsExactly("jan", "pieter", "de", "vries");
  }

  @Test
  void mrzOrderPutsGivenNamesFirst() {
    assertThat(NameNormalizer.tokens("PUTIN<<VLADIMIR<VLADIMIROVICH<<<<<"))
        .containsExactly("vladimir", "vladimirovich", "putin");
  }

  @Test
  void surnameAndGivenNamesGiveTheSameTokensAsTheWholeName() {
    assertThat(NameNormalizer.tokens("Smith", "John Paul"))
        .containsExactly("john", "paul", "smith");
    assertThat(NameNormalizer.tokens("Smith", null)).containsExactly("smith");
  }

  @Test
  void apostrophesAndReplacementCharactersStayInsideTheToken() {
    assertThat(NameNormalizer.tokens("O'Brien")).containsExactly("obrien");
    assertThat(NameNormalizer.tokens("?asan AL-B?KR ?")).containsExactly("asan", "al", "bkr");
  }

  @Test
  void blankNamesHaveNoTokens() {
    assertThat(NameNormalizer.tokens(null)).isEmpty();
    assertThat(NameNormalizer.tokens("  ,  ")).isEmpty();
  }
}
