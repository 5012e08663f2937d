package eu.piu.cli.sample;

import java.time.LocalDate;

/**
 * A fabricated person: a traveller of the sample feed or a person on a sample watchlist. Never
 * printed or logged: only identifiers of the records carrying it are.
 */
public record Person(
    String surname,
    String givenNames,
    LocalDate dateOfBirth,
    String gender,
    String nationality,
    String documentNumber,
    String documentCountry) {

  /** The same person with another travel document. */
  public Person withDocument(String number) {
    return new Person(
        surname, givenNames, dateOfBirth, gender, nationality, number, documentCountry);
  }

  /** As a watchlist writes a name: "Given SURNAME". */
  public String fullName() {
    return givenNames + " " + surname;
  }
}
