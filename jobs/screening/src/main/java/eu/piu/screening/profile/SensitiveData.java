package eu.piu.screening.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises field names that would make a criterion use sensitive data (R10, Directive 2016/681
 * arts. 6(4) and 13(4)): racial or ethnic origin, political opinions, religion or beliefs,
 * trade-union membership, health, sex life or orientation, and free text that may carry any of
 * them.
 *
 * <p>The check runs on the name as written, before the catalogue lookup, so that an attempt to
 * profile on such data is refused as such, and stays refused if someone later adds the field to the
 * catalogue by mistake.
 */
final class SensitiveData {

  /**
   * Matched at the start of a word of the name, so that plural and adjective forms are caught
   * ({@code remarks}, {@code religious}, {@code medical}, {@code dietary}).
   */
  private static final List<String> STEMS =
      words(
          "meal diet halal kosher vegetarian vegan religio belief faith health medic illness"
              + " disease disab handicap wheelchair pregnan allerg blind deaf oxygen ethnic race"
              + " racial politic union sexual orientation remark comment");

  /**
   * Matched as whole words (or their plural) only: short codes hide inside ordinary words ({@code
   * osi} in {@code position}, {@code lts} in {@code results}). They are the PNRGOV free-text
   * elements and the SSR codes of meals and assistance that the ingestion filter deletes.
   */
  private static final Set<String> CODES =
      Set.copyOf(
          words(
              "ssr osi ift lts moml ksml hnml vjml vgml vlml avml jpml dbml gfml lsml lfml nlml"
                  + " blml lcml wchr wchs wchc meda blnd dpna stcr oxyg svan esan"));

  /** Matched anywhere in the name with separators removed: they span camel-case words. */
  private static final List<String> PHRASES =
      words("freetext tradeunion sexlife specialservice specialrequest");

  private SensitiveData() {}

  /** The sensitive term found in {@code fieldName}, if any. */
  static Optional<String> termIn(String fieldName) {
    List<String> words = words(fieldName);
    String joined = String.join("", words);
    for (String phrase : PHRASES) {
      if (joined.contains(phrase)) {
        return Optional.of(phrase);
      }
    }
    for (String word : words) {
      if (CODES.contains(word) || (word.endsWith("s") && CODES.contains(chop(word)))) {
        return Optional.of(word);
      }
      for (String stem : STEMS) {
        if (word.startsWith(stem)) {
          return Optional.of(word);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Lower-case words of a name, split on separators and camel-case humps, acronyms kept whole:
   * {@code passenger.specialMeal} → passenger, special, meal; {@code SSRCodes} → ssr, codes.
   */
  private static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(word, words);
        continue;
      }
      if (Character.isUpperCase(c) && i > 0 && startsWord(name, i)) {
        flush(word, words);
      }
      word.append(Character.toLowerCase(c));
    }
    flush(word, words);
    return words;
  }

  /** An upper-case letter after a lower-case one, or the last capital of an acronym. */
  private static boolean startsWord(String name, int i) {
    char previous = name.charAt(i - 1);
    boolean nextIsLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
    return Character.isLowerCase(previous)
        || Character.isDigit(previous)
        || (Character.isUpperCase(previous) && nextIsLower);
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  private static String chop(String word) {
    return word.substring(0, word.length() - 1);
  }
}
