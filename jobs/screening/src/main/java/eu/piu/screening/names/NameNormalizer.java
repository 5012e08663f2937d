package eu.piu.screening.names;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;

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
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= 128) {
        return TO_LATIN.get().transliterate(name);
      }
    }
    return name;
  }

  private static List<String> split(String ascii) {
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
