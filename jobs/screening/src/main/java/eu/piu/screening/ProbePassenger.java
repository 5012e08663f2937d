package eu.piu.screening;

import eu.piu.schema.Passenger;
import java.util.List;

/**
 * The passenger as a watchlist probe carries them: what the lookups, the name screening and the
 * hits read (identity, names, date of birth, gender, nationality, documents), nothing else. A probe
 * crosses the network to its lookup and is kept while the passenger waits for their flight; the
 * contacts, tickets, baggage and services of a rich PNR would only be serialised again and again
 * there. The whole PNR stays in the PNR state, where the profiles read it.
 */
final class ProbePassenger {

  private ProbePassenger() {}

  static Passenger of(Passenger passenger) {
    // The all-args constructor: Avro's builder deep-copies a default for every unset field.
    return new Passenger(
        passenger.getPassengerId(),
        passenger.getSurname(),
        passenger.getGivenNames(),
        passenger.getPassengerType(),
        passenger.getDateOfBirth(),
        passenger.getGender(),
        passenger.getNationality(),
        passenger.getDocuments(),
        List.of(),
        null,
        null,
        null,
        null,
        passenger.getInfantOf(),
        passenger.getDateOfBirthYearOnly(),
        passenger.getDocumentNames(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        passenger.getUnaccompaniedMinor(),
        passenger.getMinorAge());
  }
}
