package eu.piu.screening.names;

/**
 * A change to the name score from a fact other than the name: date of birth, nationality or gender.
 * These adjust rather than filter, because lists hold year-only, several or wrong dates.
 *
 * @param field dateOfBirth, nationality or gender
 * @param passengerValue the screened person's value
 * @param listValue the entry's value that decided the adjustment
 * @param delta added to the name score (negative for a penalty)
 * @param why same, close, same year, different, ...
 */
public record ScoreAdjustment(
    String field, String passengerValue, String listValue, double delta, String why) {

  @Override
  public String toString() {
    return field + " " + why + " " + String.format(java.util.Locale.ROOT, "%+.2f", delta);
  }
}
