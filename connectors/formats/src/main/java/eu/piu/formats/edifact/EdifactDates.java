package eu.piu.formats.edifact;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * The date forms carriers use, parsed without exceptions: a value that is not a date gives null.
 * Two-digit years are 20yy, except birth dates, which are 19yy when 20yy would be after the
 * reference year.
 */
public final class EdifactDates {

  private static final String MONTHS = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";

  private EdifactDates() {}

  /** {@code ddmmyy} (PNRGOV). */
  public static LocalDate ddmmyy(String s) {
    if (s == null || s.length() != 6 || !digits(s)) {
      return null;
    }
    return date(2000 + num(s, 4, 6), num(s, 2, 4), num(s, 0, 2));
  }

  /** {@code yymmdd} (UNB, PAXLST). */
  public static LocalDate yymmdd(String s) {
    if (s == null || s.length() != 6 || !digits(s)) {
      return null;
    }
    return date(2000 + num(s, 0, 2), num(s, 2, 4), num(s, 4, 6));
  }

  /** {@code ccyymmdd}. */
  public static LocalDate ccyymmdd(String s) {
    if (s == null || s.length() != 8 || !digits(s)) {
      return null;
    }
    return date(num(s, 0, 4), num(s, 4, 6), num(s, 6, 8));
  }

  /** A birth date in {@code yymmdd}: the century is chosen so that it is not in the future. */
  public static LocalDate birthYymmdd(String s, int referenceYear) {
    LocalDate d = yymmdd(s);
    return d == null ? null : pastCentury(d, referenceYear);
  }

  /**
   * {@code ddMMMyy} or {@code ddMMMyyyy} as in SSR DOCS ({@code 12JUL64}); {@code birth} puts a
   * two-digit year in the past.
   */
  public static LocalDate ddMMMyy(String s, boolean birth, int referenceYear) {
    if (s == null) {
      return null;
    }
    s = s.trim();
    int n = s.length();
    if (n != 7 && n != 9 && n != 6 && n != 8) {
      return null;
    }
    int dayDigits = Character.isDigit(s.charAt(1)) ? 2 : 1;
    if (n - dayDigits - 3 != 2 && n - dayDigits - 3 != 4) {
      return null;
    }
    String day = s.substring(0, dayDigits);
    String month = s.substring(dayDigits, dayDigits + 3);
    String year = s.substring(dayDigits + 3);
    if (!digits(day) || !digits(year)) {
      return null;
    }
    int m = MONTHS.indexOf(month.toUpperCase(java.util.Locale.ROOT));
    if (m < 0 || m % 3 != 0) {
      return null;
    }
    int y = Integer.parseInt(year);
    if (year.length() == 2) {
      y += 2000;
    }
    LocalDate d = date(y, m / 3 + 1, Integer.parseInt(day));
    if (d != null && birth && year.length() == 2) {
      d = pastCentury(d, referenceYear);
    }
    return d;
  }

  private static LocalDate pastCentury(LocalDate d, int referenceYear) {
    return d.getYear() > referenceYear ? d.minusYears(100) : d;
  }

  /** {@code hhmm} or {@code hhmmss}; null when absent or not a time. */
  public static LocalTime hhmm(String s) {
    if (s == null || (s.length() != 4 && s.length() != 6) || !digits(s)) {
      return null;
    }
    int h = num(s, 0, 2);
    int m = num(s, 2, 4);
    int sec = s.length() == 6 ? num(s, 4, 6) : 0;
    if (h > 23 || m > 59 || sec > 59) {
      return h == 24 && m == 0 && sec == 0 ? LocalTime.MAX.withNano(0) : null;
    }
    return LocalTime.of(h, m, sec);
  }

  /**
   * PAXLST/UN date-times by format code: 201 {@code yymmddhhmm}, 203 {@code ccyymmddhhmm}, 101
   * {@code yymmdd}, 102 {@code ccyymmdd}; without a code, by length.
   */
  public static LocalDateTime dateTime(String s, String format) {
    if (s == null || !digits(s)) {
      return null;
    }
    int n = s.length();
    String f = format != null ? format : "";
    if (f.equals("203") || (f.isEmpty() && n == 12)) {
      return n == 12 ? at(ccyymmdd(s.substring(0, 8)), hhmm(s.substring(8))) : null;
    }
    if (f.equals("201") || (f.isEmpty() && n == 10)) {
      return n == 10 ? at(yymmdd(s.substring(0, 6)), hhmm(s.substring(6))) : null;
    }
    if (f.equals("102") || (f.isEmpty() && n == 8)) {
      LocalDate d = ccyymmdd(s);
      return d == null ? null : d.atStartOfDay();
    }
    if (n == 6) {
      LocalDate d = yymmdd(s);
      return d == null ? null : d.atStartOfDay();
    }
    if (n == 10) {
      return at(yymmdd(s.substring(0, 6)), hhmm(s.substring(6)));
    }
    if (n == 12) {
      return at(ccyymmdd(s.substring(0, 8)), hhmm(s.substring(8)));
    }
    return null;
  }

  private static LocalDateTime at(LocalDate d, LocalTime t) {
    return d == null || t == null ? null : d.atTime(t);
  }

  /** Epoch millis of a local date-time read as UTC. */
  public static long millis(LocalDateTime t) {
    return t.toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  /** Epoch millis of a date and an optional time (midnight when absent), read as UTC. */
  public static Long millis(LocalDate d, LocalTime t) {
    if (d == null) {
      return null;
    }
    return millis(t == null ? d.atStartOfDay() : d.atTime(t));
  }

  /** A date and an optional time (midnight when absent) read as UTC; null without a date. */
  public static java.time.Instant instant(LocalDate d, LocalTime t) {
    if (d == null) {
      return null;
    }
    return (t == null ? d.atStartOfDay() : d.atTime(t)).toInstant(ZoneOffset.UTC);
  }

  private static LocalDate date(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1 || y > 9999) {
      return null;
    }
    if (d > java.time.YearMonth.of(y, m).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(y, m, d);
  }

  static boolean digits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < '0' || ch > '9') {
        return false;
      }
    }
    return true;
  }

  private static int num(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }
}
