package eu.piu.formats.values;

import java.util.Locale;

/**
 * Passenger names as carriers write them: titles glued to or spaced after the given names ({@code
 * JOHNMR}, {@code NINA MS}), folds and spaces inside names. Matching compares normalised forms
 * (letters only, upper case), so a name folded with a space still matches its other occurrence.
 */
public final class Names {

  /** Longest first, so that MRS is taken before MR and MS. */
  private static final String[] GLUED_TITLES = {"MSTR", "MISS", "PROF", "MRS", "MR", "MS", "DR"};

  private static final String[] SPACED_TITLES = {
    "MSTR", "MISS", "PROF", "MRS", "MR", "MS", "DR", "REV", "SIR", "MME", "MLLE", "CHD", "INF"
  };

  private Names() {}

  /** Given names without a trailing title, and the title (null when none). */
  public record GivenAndTitle(String given, String title) {}

  public static GivenAndTitle splitTitle(String given) {
    if (given == null) {
      return new GivenAndTitle(null, null);
    }
    String g = collapseSpaces(given);
    for (String t : SPACED_TITLES) {
      if (g.length() > t.length() + 1 && g.endsWith(" " + t)) {
        return new GivenAndTitle(g.substring(0, g.length() - t.length() - 1).trim(), t);
      }
      if (g.equals(t)) {
        return new GivenAndTitle(null, t);
      }
    }
    for (String t : GLUED_TITLES) {
      // At least two letters must remain, or the "title" is the name (e.g. a given name "MR").
      if (g.length() >= t.length() + 2 && g.endsWith(t)) {
        return new GivenAndTitle(g.substring(0, g.length() - t.length()).trim(), t);
      }
    }
    return new GivenAndTitle(g.isEmpty() ? null : g, null);
  }

  /** Letters only, upper case: the form names are compared and identified by. */
  public static String normalise(String name) {
    if (name == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        sb.append(c);
      } else if (c >= 'a' && c <= 'z') {
        sb.append((char) (c - 32));
      } else if (c > 127 && Character.isLetter(c)) {
        sb.append(Character.toUpperCase(c));
      }
    }
    return sb.toString();
  }

  /**
   * How well two given names agree: 3 equal, 2 one starts the other (a middle name missing), 1 one
   * of them unknown, 0 different.
   */
  public static int givenAgreement(String normalisedA, String normalisedB) {
    if (normalisedA.isEmpty() || normalisedB.isEmpty()) {
      return 1;
    }
    if (normalisedA.equals(normalisedB)) {
      return 3;
    }
    return normalisedA.startsWith(normalisedB) || normalisedB.startsWith(normalisedA) ? 2 : 0;
  }

  public static String collapseSpaces(String s) {
    String t = s.trim();
    if (t.indexOf("  ") < 0) {
      return t;
    }
    return t.replaceAll("\\s+", " ");
  }

  public static String upper(String s) {
    return s == null ? null : s.toUpperCase(Locale.ROOT);
  }
}
