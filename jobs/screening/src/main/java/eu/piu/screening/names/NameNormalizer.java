package eu.piu.screening.names;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a written name into name tokens, the same way for passengers and watchlist entries: any
 * script transliterated to Latin and then to ASCII (ICU "Any-Latin; Latin-ASCII"), lower case,
 * punctuation as token breaks, apostrophes and '?' (the replacement character of noisy exports)
 * dropped inside a token. "SURNAME, Given" and the MRZ form "SURNAME<<GIVEN<NAMES" are put in
 * given-then-surname order; other orders need no handling because the scorer aligns tokens
 * regardless of their position.
 */
public final class NameNormalizer {

  /**
   * ICU transliterators are expensive to build and not thread-safe: one per thread, built once.
   * Pure ASCII names (most of them) never reach it.
   */
  private static final ThreadLocal<Transliterator> TO_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  /**
   * Words transliterated lately, per thread: names repeat their words (a 10^6-entry list and a
   * day's passengers share most of them), and ICU's rule engine is most of the cost of a non-Latin
   * name. A word's transliteration does not depend on the words around it.
   */
  private static final int WORDS_CACHED = 20_000;

  private static final ThreadLocal<Map<String, String>> LATIN_WORDS =
      ThreadLocal.withInitial(
          () ->
              new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                  return size() > WORDS_CACHED;
                }
              });

  private NameNormalizer() {}

  /** Tokens of a name given as surname and given names (either may be null). */
  public static List<String> tokens(String surname, String givenNames) {
    List<String> tokens = new ArrayList<>(tokens(givenNames));
    tokens.addAll(tokens(surname));
    return tokens;
  }

  /** Tokens of a whole name in any order, script or the MRZ form. */
  public static List<String> tokens(String fullName) {
    if (fullName == null || fullName.isBlank()) {
      return List.of();
    }
    return split(toAscii(inGivenSurnameOrder(fullName.strip())));
  }

  /** The tokens joined by single spaces: the normalised form shown in explanations. */
  public static String normalised(String fullName) {
    return String.join(" ", tokens(fullName));
  }

  static String inGivenSurnameOrder(String name) {
    int mrz = name.indexOf("<<");
    if (mrz >= 0) {
      String surname = name.substring(0, mrz);
      String given = name.substring(mrz + 2);
      return (given + " " + surname).replace('<', ' ');
    }
    int comma = name.indexOf(',');
    if (comma >= 0 && comma == name.lastIndexOf(',')) {
      return name.substring(comma + 1) + " " + name.substring(0, comma);
    }
    return name.replace('<', ' ');
  }

  static String toAscii(String name) {
    if (isAscii(name, 0, name.length())) {
      return name;
    }
    StringBuilder ascii = new StringBuilder(name.length() + 8);
    Map<String, String> words = LATIN_WORDS.get();
    int start = 0;
    while (start < name.length()) {
      int end = name.indexOf(' ', start);
      end = end < 0 ? name.length() : end;
      if (isAscii(name, start, end)) {
        ascii.append(name, start, end);
      } else {
        String word = name.substring(start, end);
        String latin = words.get(word);
        if (latin == null) {
          latin = TO_LATIN.get().transliterate(word);
          words.put(word, latin);
        }
        ascii.append(latin);
      }
      if (end < name.length()) {
        ascii.append(' ');
      }
      start = end + 1;
    }
    return ascii.toString();
  }

  /** The whole name through ICU at once: what {@link #toAscii} must equal, token for token. */
  static String toAsciiWhole(String name) {
    return isAscii(name, 0, name.length()) ? name : TO_LATIN.get().transliterate(name);
  }

  private static boolean isAscii(String name, int start, int end) {
    for (int i = start; i < end; i++) {
      if (name.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  static List<String> split(String ascii) {
    List<String> tokens = new ArrayList<>(4);
    StringBuilder token = new StringBuilder(16);
    for (int i = 0; i < ascii.length(); i++) {
      char c = Character.toLowerCase(ascii.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        token.append(c);
      } else if (c == '\''
          || c == '`'
          || c == '?'
          || c == '\u2019'
          || c == '\u02bf'
          || c == '\u02be') {
        // Inside a name: O'Brien is one token; ICU writes Arabic 'ayn as an apostrophe; '?' stands
        // for a letter an export could not encode, so the token keeps its other letters.
        continue;
      } else if (token.length() > 0) {
        tokens.add(token.toString());
        token.setLength(0);
      }
    }
    if (token.length() > 0) {
      tokens.add(token.toString());
    }
    return tokens;
  }
}
