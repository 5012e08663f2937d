package eu.piu.screening.names;

import eu.piu.schema.Passenger;
import java.time.LocalDate;

/**
 * A person to screen by name. A date of birth on 1 January is compared on its year only (the
 * placeholder of an unknown day); {@link #of(Passenger)} writes a year-only passenger date that
 * way.
 *
 * @param surname the surname, or the whole name in any order, script or the MRZ form
 * @param givenNames the given names, or null
 * @param dateOfBirth or null
 * @param nationality ISO alpha-3 or alpha-2, or null
 * @param gender M, F, X, U or null
 */
public record NameQuery(
    String surname, String givenNames, LocalDate dateOfBirth, String nationality, String gender) {

  public static NameQuery of(Passenger passenger) {
    LocalDate dateOfBirth = passenger.getDateOfBirth();
    if (dateOfBirth != null && passenger.getDateOfBirthYearOnly()) {
      dateOfBirth = LocalDate.of(dateOfBirth.getYear(), 1, 1);
    }
    return new NameQuery(
        passenger.getSurname(),
        passenger.getGivenNames(),
        dateOfBirth,
        passenger.getNationality(),
        passenger.getGender());
  }

  /** A query from a whole name only. */
  public static NameQuery ofName(String fullName) {
    return new NameQuery(fullName, null, null, null, null);
  }

  /** The query in the form the scorer and the index use, normalised once. */
  PreparedQuery prepare() {
    return new PreparedQuery(
        NameNormalizer.tokens(surname, givenNames).toArray(String[]::new),
        dateOfBirth,
        Nationalities.canonical(nationality),
        Genders.code(gender),
        nationality,
        gender);
  }
}
