package eu.piu.screening.match;

import java.util.Locale;

/** Document numbers compared as carriers and services write them: case and separators ignored. */
public final class DocumentNumbers {

  private DocumentNumbers() {}

  public static String normalise(String number) {
    if (number == null) {
      return "";
    }
    StringBuilder normalised = new StringBuilder(number.length());
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        normalised.append(Character.toUpperCase(c));
      }
    }
    return normalised.toString().toUpperCase(Locale.ROOT);
  }
}
