package eu.piu.formats.values;

/**
 * Payment card numbers are never kept whole (Annex I 6 asks for payment information, not for the
 * means to pay): all but the last four digits become X, whether the carrier masked it already
 * ({@code XXXXXXXX1186}, {@code 370266XXXXX6916}) or sent it in full.
 */
public final class CardNumbers {

  private static final int VISIBLE_DIGITS = 4;

  private CardNumbers() {}

  public static String mask(String number) {
    if (number == null) {
      return null;
    }
    StringBuilder compact = new StringBuilder(number.length());
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c != ' ' && c != '-') {
        compact.append(c);
      }
    }
    if (compact.length() == 0) {
      return null;
    }
    char[] out = new char[compact.length()];
    int visible = 0;
    for (int i = compact.length() - 1; i >= 0; i--) {
      char c = compact.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      // Only the trailing digits stay; a digit left of a mask character is hidden too.
      if (digit && visible < VISIBLE_DIGITS && visible == compact.length() - 1 - i) {
        out[i] = c;
        visible++;
      } else {
        out[i] = 'X';
      }
    }
    return new String(out);
  }
}
