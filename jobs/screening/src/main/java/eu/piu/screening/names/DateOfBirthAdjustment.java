package eu.piu.screening.names;

import java.time.LocalDate;
import java.util.List;

/**
 * Compares a person's date of birth with an entry's dates (full "YYYY-MM-DD" or year-only "YYYY",
 * possibly several) and turns the best comparison into a score adjustment. A person's 1 January is
 * compared on the year only: carriers and exports use it as the placeholder of an unknown day.
 * Dates are kept as ints yyyymmdd, with month and day 0 for a year-only date.
 */
public final class DateOfBirthAdjustment {

  static final double SAME_DATE = 0.05;
  static final double SAME_YEAR = 0.02;
  static final double CLOSE = 0.02;
  static final double YEAR_APART = 0.0;
  static final double SAME_YEAR_OTHER_DAY = -0.05;
  static final double DIFFERENT = -0.12;

  private DateOfBirthAdjustment() {}

  /** The int form of an entry's date, or -1 when it is neither YYYY-MM-DD nor YYYY. */
  public static int encode(String date) {
    if (date == null) {
      return -1;
    }
    String value = date.strip();
    try {
      if (value.length() == 4) {
        return Integer.parseInt(value) * 10000;
      }
      if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
        LocalDate parsed = LocalDate.parse(value);
        return encode(parsed, false);
      }
    } catch (RuntimeException e) {
      return -1;
    }
    return -1;
  }

  static int encode(LocalDate date, boolean yearOnly) {
    return yearOnly
        ? date.getYear() * 10000
        : date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
  }

  static int[] encodeAll(List<? extends CharSequence> dates) {
    if (dates == null || dates.isEmpty()) {
      return null;
    }
    int[] encoded = new int[dates.size()];
    int count = 0;
    for (CharSequence date : dates) {
      int value = encode(date == null ? null : date.toString());
      if (value >= 0) {
        encoded[count++] = value;
      }
    }
    return count == 0 ? null : java.util.Arrays.copyOf(encoded, count);
  }

  static String decode(int date) {
    int year = date / 10000;
    int month = date / 100 % 100;
    int day = date % 100;
    if (month == 0) {
      return String.valueOf(year);
    }
    // By hand: String.format was a tenth of a screening's time, decoding every candidate's dates.
    StringBuilder written = new StringBuilder(10);
    padded(written, year, 4).append('-');
    padded(written, month, 2).append('-');
    return padded(written, day, 2).toString();
  }

  private static StringBuilder padded(StringBuilder written, int value, int digits) {
    String number = String.valueOf(value);
    for (int i = number.length(); i < digits; i++) {
      written.append('0');
    }
    return written.append(number);
  }

  /** The adjustment for the best of the entry's dates, or null when either side has none. */
  public static ScoreAdjustment of(LocalDate person, int[] entryDates) {
    if (person == null || entryDates == null || entryDates.length == 0) {
      return null;
    }
    boolean personYearOnly = person.getMonthValue() == 1 && person.getDayOfMonth() == 1;
    int full = encode(person, false);
    ScoreAdjustment best = null;
    for (int entryDate : entryDates) {
      ScoreAdjustment candidate = compare(person, full, personYearOnly, entryDate);
      if (best == null || candidate.delta() > best.delta()) {
        best = candidate;
      }
    }
    return best;
  }

  private static ScoreAdjustment compare(
      LocalDate person, int full, boolean personYearOnly, int entryDate) {
    String personValue = person.toString();
    String listValue = decode(entryDate);
    if (entryDate == full) {
      return new ScoreAdjustment("dateOfBirth", personValue, listValue, SAME_DATE, "same");
    }
    int yearGap = Math.abs(person.getYear() - entryDate / 10000);
    boolean entryYearOnly = entryDate % 10000 == 0;
    if (entryYearOnly || personYearOnly) {
      if (yearGap == 0) {
        return new ScoreAdjustment("dateOfBirth", personValue, listValue, SAME_YEAR, "same year");
      }
      if (yearGap == 1) {
        return new ScoreAdjustment(
            "dateOfBirth", personValue, listValue, YEAR_APART, "one year apart");
      }
      return new ScoreAdjustment("dateOfBirth", personValue, listValue, DIFFERENT, "different");
    }
    int monthGap = Math.abs(person.getMonthValue() - entryDate / 100 % 100);
    int dayGap = Math.abs(person.getDayOfMonth() - entryDate % 100);
    int partsOneApart = (yearGap == 1 ? 1 : 0) + (monthGap == 1 ? 1 : 0) + (dayGap == 1 ? 1 : 0);
    int partsDifferent = (yearGap > 0 ? 1 : 0) + (monthGap > 0 ? 1 : 0) + (dayGap > 0 ? 1 : 0);
    boolean dayMonthSwapped =
        yearGap == 0
            && person.getMonthValue() == entryDate % 100
            && person.getDayOfMonth() == entryDate / 100 % 100;
    if ((partsDifferent == 1 && partsOneApart == 1) || dayMonthSwapped) {
      return new ScoreAdjustment("dateOfBirth", personValue, listValue, CLOSE, "one part apart");
    }
    if (yearGap == 0) {
      return new ScoreAdjustment(
          "dateOfBirth", personValue, listValue, SAME_YEAR_OTHER_DAY, "same year, other day");
    }
    return new ScoreAdjustment("dateOfBirth", personValue, listValue, DIFFERENT, "different");
  }
}
