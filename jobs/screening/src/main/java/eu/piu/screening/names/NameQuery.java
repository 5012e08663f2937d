package eu.piu.screening.names;

import eu.piu.schema.Passenger;
import java.time.LocalDate;

/** STAND-IN until the name engine lands: a passenger's name and identity facts. */
public record NameQuery(
    String surname, String givenNames, LocalDate dateOfBirth, String nationality, String gender) {

  public static NameQuery of(Passenger passenger) {
    return new NameQuery(
        passenger.getSurname(),
        passenger.getGivenNames(),
        passenger.getDateOfBirth(),
        passenger.getNationality(),
        passenger.getGender() == null ? null : passenger.getGender().toString());
  }
}
