package eu.piu.formats.edifact;

/**
 * Reads the {@code UNA} service string advice at the very start of a payload, and only there: a
 * passenger whose surname is {@code UNA} further on is data, not a declaration.
 *
 * <p>A short or broken {@code UNA} (fewer than six characters, letters in separator positions,
 * clashing separators) is not trusted: the separators are inferred from the first segment that
 * follows ({@code UNB}/{@code UNG}/{@code UNH}) and the defaults are used when that fails too.
 */
public final class ServiceStringAdvice {

  private static final int SEARCH_WINDOW = 24;

  private ServiceStringAdvice() {}

  public static SyntaxSetup read(byte[] in, int from, int to) {
    int p = skipBlanksAndBom(in, from, to);
    if (!startsWith(in, p, to, "UNA")) {
      return withoutAdvice(in, p, to);
    }
    if (p + 9 <= to) {
      Separators declared = fromAdvice(in, p + 3);
      if (declared.usable() && followedBySegment(in, p + 9, to)) {
        return new SyntaxSetup(declared, p + 9, null);
      }
    }
    int next = findServiceSegment(in, p + 3, Math.min(to, p + 3 + SEARCH_WINDOW));
    if (next < 0) {
      // Nothing recognisable after a broken UNA: read on from after its tag with the defaults.
      return new SyntaxSetup(
          Separators.DEFAULT, p + 3, "UNA malformed and no header after it: default separators");
    }
    Separators inferred = infer(in, next, to);
    if (inferred != null) {
      return new SyntaxSetup(inferred, next, "UNA malformed: separators inferred from the header");
    }
    return new SyntaxSetup(Separators.DEFAULT, next, "UNA malformed: default separators");
  }

  private static SyntaxSetup withoutAdvice(byte[] in, int p, int to) {
    if (isServiceTag(in, p, to) && p + 3 < to && in[p + 3] != Separators.DEFAULT.element()) {
      Separators inferred = infer(in, p, to);
      if (inferred != null) {
        return new SyntaxSetup(inferred, p, "no UNA and non-default separators: inferred");
      }
    }
    return new SyntaxSetup(Separators.DEFAULT, p, null);
  }

  private static Separators fromAdvice(byte[] in, int q) {
    byte release = in[q + 3];
    return new Separators(
        in[q], in[q + 1], in[q + 2], release == ' ' ? -1 : release & 0xff, in[q + 5]);
  }

  /** After a sound UNA comes a segment tag (maybe after line breaks), not more punctuation. */
  private static boolean followedBySegment(byte[] in, int p, int to) {
    int q = skipBlanksAndBom(in, p, to);
    return q >= to || Character.isLetter(in[q]);
  }

  /**
   * Separators as a header segment uses them: the byte after its tag separates elements, the first
   * other punctuation inside it separates components, and the byte before the next header tag ends
   * segments.
   */
  static Separators infer(byte[] in, int tagStart, int to) {
    if (tagStart + 4 >= to) {
      return null;
    }
    byte element = in[tagStart + 3];
    if (!Separators.structural(element)) {
      return null;
    }
    int nextTag = findNextHeaderTag(in, tagStart + 4, to);
    byte terminator = 0;
    if (nextTag > 0) {
      int q = nextTag - 1;
      while (q > tagStart && isBlank(in[q])) {
        q--;
      }
      terminator = in[q];
    }
    int segmentEnd = nextTag > 0 ? nextTag : to;
    byte component = 0;
    for (int q = tagStart + 4; q < segmentEnd; q++) {
      byte b = in[q];
      if (Separators.structural(b) && b != element && b != terminator && b != '.') {
        component = b;
        break;
      }
    }
    if (component == 0) {
      component = Separators.DEFAULT.component();
    }
    if (terminator == 0) {
      terminator = Separators.DEFAULT.terminator();
    }
    int release = '?';
    if (release == component || release == element || release == terminator) {
      release = -1;
    }
    Separators inferred = new Separators(component, element, (byte) '.', release, terminator);
    return inferred.usable() ? inferred : null;
  }

  private static int findNextHeaderTag(byte[] in, int from, int to) {
    int limit = Math.min(to, from + 4096);
    for (int q = from; q + 3 < limit; q++) {
      if (in[q] == 'U'
          && in[q + 1] == 'N'
          && (in[q + 2] == 'H' || in[q + 2] == 'G')
          && !Character.isLetterOrDigit(in[q + 3])
          && q > from
          && !Character.isLetterOrDigit(in[q - 1])) {
        return q;
      }
    }
    return -1;
  }

  private static int findServiceSegment(byte[] in, int from, int to) {
    for (int q = from; q + 3 <= to; q++) {
      if (isServiceTag(in, q, to)) {
        return q;
      }
    }
    return -1;
  }

  private static boolean isServiceTag(byte[] in, int q, int to) {
    return q + 3 < to
        && in[q] == 'U'
        && in[q + 1] == 'N'
        && (in[q + 2] == 'B' || in[q + 2] == 'G' || in[q + 2] == 'H')
        && !Character.isLetterOrDigit(in[q + 3]);
  }

  static int skipBlanksAndBom(byte[] in, int p, int to) {
    if (p + 2 < to
        && (in[p] & 0xff) == 0xEF
        && (in[p + 1] & 0xff) == 0xBB
        && (in[p + 2] & 0xff) == 0xBF) {
      p += 3;
    }
    while (p < to && (isBlank(in[p]) || in[p] == 0)) {
      p++;
    }
    return p;
  }

  static boolean isBlank(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }

  private static boolean startsWith(byte[] in, int p, int to, String ascii) {
    if (p + ascii.length() > to) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (in[p + i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
