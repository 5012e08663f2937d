package eu.piu.formats.values;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Telephone numbers and e-mail addresses in the forms airline systems use: IATA e-mails replace
 * characters EDIFACT or teletype cannot carry ({@code //} for {@code @}, {@code ..} for {@code _},
 * {@code ./} for {@code -}); phones come with letters and free words around them.
 */
public final class Contacts {

  private static final int MIN_PHONE_DIGITS = 6;

  private Contacts() {}

  /** The e-mail in usable form, lower case; null when nothing address-like is there. */
  public static String email(String iata) {
    if (iata == null) {
      return null;
    }
    String s = iata.trim();
    // A trailing passenger association ("-1", "/P1") is not part of the address.
    int cut = s.length();
    while (cut > 0 && Character.isDigit(s.charAt(cut - 1))) {
      cut--;
    }
    if (cut < s.length() && cut > 0 && s.charAt(cut - 1) == '-') {
      s = s.substring(0, cut - 1);
    } else if (cut < s.length()
        && cut > 1
        && s.charAt(cut - 1) == 'P'
        && s.charAt(cut - 2) == '/') {
      s = s.substring(0, cut - 2);
    }
    s = s.replace("//", "@").replace("..", "_").replace("./", "-");
    int space = s.indexOf(' ');
    if (space >= 0) {
      // "CTCE" already removed; anything after the address is a free word, not part of it.
      String first = s.substring(0, space);
      s = first.indexOf('@') >= 0 ? first : s.replace(" ", "");
    }
    s = s.toLowerCase(Locale.ROOT);
    return s.indexOf('@') > 0 && s.indexOf('@') < s.length() - 1 ? s : null;
  }

  /** Every run that looks like a phone number (at least six digits), as digits with a leading +. */
  public static List<String> phones(String text) {
    List<String> out = new ArrayList<>(1);
    if (text == null) {
      return out;
    }
    StringBuilder digits = new StringBuilder();
    boolean plus = false;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : 'x';
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c == '+' && digits.length() == 0) {
        plus = true;
      } else if (c == ' ' || c == '-' || c == '(' || c == ')' || c == '.' || c == '/') {
        // separators inside a number
      } else {
        if (digits.length() >= MIN_PHONE_DIGITS) {
          out.add(plus ? "+" + digits : digits.toString());
        }
        digits.setLength(0);
        plus = false;
      }
    }
    return out;
  }

  /** True when the text is an e-mail in IATA or plain form. */
  public static boolean looksLikeEmail(String text) {
    return text != null && (text.contains("//") || text.indexOf('@') > 0);
  }
}
