package eu.piu.screening.names;

import java.util.Locale;

/** Gender as one letter, M or F; anything else (X, U, unknown) does not adjust a score. */
final class Genders {

  static final byte UNKNOWN = 0;

  private Genders() {}

  static byte code(String gender) {
    if (gender == null || gender.isBlank()) {
      return UNKNOWN;
    }
    String value = gender.strip().toUpperCase(Locale.ROOT);
    if (value.equals("M") || value.equals("MALE")) {
      return 'M';
    }
    if (value.equals("F") || value.equals("FEMALE")) {
      return 'F';
    }
    return UNKNOWN;
  }
}
