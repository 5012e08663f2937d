package eu.piu.screening.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
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

  @Test
  void wordByWordTransliterationGivesTheTokensOfTheWholeName() {
    List<String> names =
        List.of(
            "Владимир Владимирович Путин",
            "Νικόλαος Παπαδόπουλος",
            "王 伟",
            "克 魯 森",
            "محمد بن سلمان",
            "דוד בן גוריון",
            "ジョン スミス",
            "김 정은",
            "Ahmad الحسن Müller",
            "Σωκράτης  Ιωαννίδης ",
            "Ёлкин-Пáлкин");
    for (String name : names) {
      assertThat(NameNormalizer.split(NameNormalizer.toAscii(name)))
          .as(name)
          .isEqualTo(NameNormalizer.split(NameNormalizer.toAsciiWhole(name)));
    }
  }

  @Test
  void wordByWordTransliterationHoldsOverTheTransliterationCorpus() throws IOException {
    Path corpus = Path.of("../../../shared/corpus/names/transliteration");
    Assumptions.assumeTrue(
        Files.isDirectory(corpus), "no ../shared/corpus/names/transliteration: skipped");
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          for (String field : line.split("\t")) {
            if (!field.chars().allMatch(c -> c < 128)) {
              names.add(field);
            }
          }
        }
      }
    }
    assertThat(names).hasSizeGreaterThan(1000);
    for (String name : names) {
      assertThat(NameNormalizer.split(NameNormalizer.toAscii(name)))
          .as(name)
          .isEqualTo(NameNormalizer.split(NameNormalizer.toAsciiWhole(name)));
    }
  }
}
