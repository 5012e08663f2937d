package eu.piu.formats.pnrgov;

/** Seat numbers: {@code 17A}, {@code 074E}; {@code XXX} and the like mean "no seat yet". */
final class Seats {

  private Seats() {}

  static boolean isSeat(String s) {
    if (s == null || s.length() < 2 || s.length() > 5) {
      return false;
    }
    boolean digit = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return digit;
  }

  /** {@code 074E} → {@code 74E}: the same seat as the check-in record writes it. */
  static String normalise(String s) {
    int i = 0;
    while (i < s.length() - 2 && s.charAt(i) == '0') {
      i++;
    }
    return s.substring(i);
  }
}
