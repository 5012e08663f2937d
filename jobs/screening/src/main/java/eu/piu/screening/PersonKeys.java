package eu.piu.screening;

import eu.piu.schema.Passenger;
import eu.piu.schema.TravelDocument;
import eu.piu.screening.match.DocumentNumbers;
import eu.piu.screening.match.NameKeys;
import java.util.Comparator;

/**
 * Who a passenger is, for grouping the hits of several services on one person (RD art. 8): the
 * travel document when there is one (lowest normalised number, so that the choice does not depend
 * on the order the carrier sent them), else the normalised name with the date of birth.
 */
public final class PersonKeys {

  private PersonKeys() {}

  public static String of(Passenger passenger) {
    return passenger.getDocuments().stream()
        .map(TravelDocument::getNumber)
        .map(DocumentNumbers::normalise)
        .filter(number -> !number.isEmpty())
        .min(Comparator.naturalOrder())
        .map(number -> "doc:" + number)
        .orElseGet(
            () ->
                "name:"
                    + NameKeys.of(passenger.getSurname(), passenger.getGivenNames())
                    + "|"
                    + (passenger.getDateOfBirth() == null ? "?" : passenger.getDateOfBirth()));
  }
}
