package eu.piu.screening.match;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The exact-match key of a name, computed the same way for passengers and list entries: accents
 * removed, upper case, punctuation as spaces, tokens sorted (so "DE VRIES, Jan" and "Jan de Vries"
 * agree). Fuzzy and cross-script matching build on other keys.
 */
public final class NameKeys {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  private NameKeys() {}

  public static String of(String surname, String givenNames) {
    return of((givenNames == null ? "" : givenNames) + " " + (surname == null ? "" : surname));
  }

  public static String of(String fullName) {
    if (fullName == null) {
      return "";
    }
    String plain =
        MARKS.matcher(Normalizer.normalize(fullName, Normalizer.Form.NFD)).replaceAll("");
    String spaced = NOT_LETTER_OR_DIGIT.matcher(plain.toUpperCase(Locale.ROOT)).replaceAll(" ");
    String[] tokens = spaced.trim().split(" +");
    Arrays.sort(tokens);
    return String.join(" ", tokens).trim();
  }
}
