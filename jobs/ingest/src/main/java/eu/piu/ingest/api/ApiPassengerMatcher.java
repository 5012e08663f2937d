package eu.piu.ingest.api;

import eu.piu.formats.values.Names;
import eu.piu.ingest.internal.BookedPassenger;
import eu.piu.ingest.internal.FlightBooking;
import eu.piu.schema.ApiPassenger;
import eu.piu.schema.TravelDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which PNR passenger of a flight an API traveller is, in order of trust:
 *
 * <ol>
 *   <li><b>record locator</b> (PAXLST {@code RFF+AVF}) names the booking; in it, the passenger
 *       whose surname is the traveller's and whose given names agree best (equal, then one starting
 *       the other, then one unknown), the date of birth breaking a tie;
 *   <li>else <b>name and date of birth</b>: the one passenger of the flight with that surname,
 *       agreeing given names and that date of birth;
 *   <li>else <b>document</b>: the one passenger of the flight holding one of the traveller's
 *       document numbers.
 * </ol>
 *
 * A rule that finds two candidates or more decides nothing (namesakes): the next rule is tried, and
 * a traveller no rule places stays unmatched. Names compare in normalised form (letters only, upper
 * case), as the parser identifies passengers.
 */
public final class ApiPassengerMatcher {

  /** How a traveller was matched, strongest first. */
  public enum Rule {
    RECORD_LOCATOR,
    NAME_AND_DATE_OF_BIRTH,
    DOCUMENT
  }

  /** The PNR passenger an API traveller is. */
  public record Match(String pnrId, String passengerId, Rule rule) {}

  private ApiPassengerMatcher() {}

  /**
   * A cheap test of whether a booking could hold the traveller (same locator, a passenger with the
   * same surname or document), so that a new booking re-matches only the travellers it concerns.
   */
  public static boolean couldMatch(ApiPassenger traveller, FlightBooking booking) {
    Traveller t = Traveller.of(traveller);
    if (t.locator != null && holdsLocator(booking, t.locator)) {
      return true;
    }
    for (BookedPassenger p : booking.getPassengers()) {
      if (p.getSurname().equals(t.surname) || holdsDocument(p, t.documents)) {
        return true;
      }
    }
    return false;
  }

  public static Optional<Match> match(ApiPassenger traveller, Collection<FlightBooking> bookings) {
    Traveller t = Traveller.of(traveller);
    Optional<Match> byLocator = byLocator(t, bookings);
    if (byLocator.isPresent()) {
      return byLocator;
    }
    List<Match> candidates = new ArrayList<>();
    if (t.dateOfBirth != null && !t.surname.isEmpty()) {
      for (FlightBooking booking : bookings) {
        for (BookedPassenger p : booking.getPassengers()) {
          if (p.getSurname().equals(t.surname)
              && Names.givenAgreement(p.getGivenNames(), t.given) >= 2
              && t.dateOfBirth.equals(p.getDateOfBirth())) {
            candidates.add(
                new Match(booking.getPnrId(), p.getPassengerId(), Rule.NAME_AND_DATE_OF_BIRTH));
          }
        }
      }
      if (candidates.size() == 1) {
        return Optional.of(candidates.get(0));
      }
    }
    candidates.clear();
    if (!t.documents.isEmpty()) {
      for (FlightBooking booking : bookings) {
        for (BookedPassenger p : booking.getPassengers()) {
          if (holdsDocument(p, t.documents)) {
            candidates.add(new Match(booking.getPnrId(), p.getPassengerId(), Rule.DOCUMENT));
          }
        }
      }
      if (candidates.size() == 1) {
        return Optional.of(candidates.get(0));
      }
    }
    return Optional.empty();
  }

  private static Optional<Match> byLocator(Traveller t, Collection<FlightBooking> bookings) {
    if (t.locator == null || t.surname.isEmpty()) {
      return Optional.empty();
    }
    Match best = null;
    int bestScore = 0;
    boolean tie = false;
    for (FlightBooking booking : bookings) {
      if (!holdsLocator(booking, t.locator)) {
        continue;
      }
      for (BookedPassenger p : booking.getPassengers()) {
        if (!p.getSurname().equals(t.surname)) {
          continue;
        }
        int agreement = Names.givenAgreement(p.getGivenNames(), t.given);
        if (agreement == 0) {
          continue;
        }
        // Given names first; an equal date of birth decides between namesakes.
        int score =
            agreement * 2
                + (t.dateOfBirth != null && t.dateOfBirth.equals(p.getDateOfBirth()) ? 1 : 0);
        if (score > bestScore) {
          best = new Match(booking.getPnrId(), p.getPassengerId(), Rule.RECORD_LOCATOR);
          bestScore = score;
          tie = false;
        } else if (score == bestScore) {
          tie = true;
        }
      }
    }
    return best == null || tie ? Optional.empty() : Optional.of(best);
  }

  private static boolean holdsLocator(FlightBooking booking, String locator) {
    return booking.getRecordLocator().equalsIgnoreCase(locator)
        || booking.getOtherRecordLocators().stream().anyMatch(locator::equalsIgnoreCase);
  }

  private static boolean holdsDocument(BookedPassenger p, Set<String> documents) {
    for (String number : p.getDocumentNumbers()) {
      if (!number.isEmpty() && documents.contains(number)) {
        return true;
      }
    }
    return false;
  }

  /** The traveller's identifiers in the form bookings keep them. */
  private record Traveller(
      String locator, String surname, String given, LocalDate dateOfBirth, Set<String> documents) {

    static Traveller of(ApiPassenger ap) {
      Set<String> documents = new HashSet<>();
      for (TravelDocument d : ap.getDocuments()) {
        String number = DocumentNumbers.normalise(d.getNumber());
        if (!number.isEmpty()) {
          documents.add(number);
        }
      }
      String locator = ap.getRecordLocator();
      return new Traveller(
          locator == null || locator.isBlank() ? null : locator.trim(),
          Names.normalise(ap.getSurname()),
          Names.normalise(ap.getGivenNames()),
          ap.getDateOfBirth(),
          documents);
    }
  }
}
