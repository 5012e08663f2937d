package eu.piu.screening.match;

import java.time.LocalDate;
import java.util.List;

/** Compares a passenger's date of birth with a list entry's, which may give only a year. */
public final class DatesOfBirth {

  private DatesOfBirth() {}

  /** The entry's date written as it matched, or null when none does. */
  public static String matching(LocalDate passenger, List<String> entryDates) {
    if (passenger == null) {
      return null;
    }
    String full = passenger.toString();
    String year = String.valueOf(passenger.getYear());
    for (String date : entryDates) {
      String trimmed = date.trim();
      if (trimmed.equals(full) || (trimmed.length() == 4 && trimmed.equals(year))) {
        return trimmed;
      }
    }
    return null;
  }
}
