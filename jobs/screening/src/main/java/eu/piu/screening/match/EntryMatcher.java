package eu.piu.screening.match;

import eu.piu.schema.MatchedField;
import eu.piu.schema.Passenger;
import eu.piu.schema.PersonName;
import eu.piu.schema.TravelDocument;
import eu.piu.schema.WatchlistEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether one watchlist entry matches one passenger, with the evidence: an equal normalised
 * document number, or an equal normalised name together with an agreeing date of birth. Both the
 * in-memory index and the job's keyed lookup call it on the candidates their keys find.
 */
public final class EntryMatcher {

  private EntryMatcher() {}

  public static Optional<WatchlistMatch> match(WatchlistEntry entry, Passenger passenger) {
    List<MatchedField> evidence = new ArrayList<>(3);
    for (TravelDocument document : passenger.getDocuments()) {
      String number = DocumentNumbers.normalise(document.getNumber());
      if (number.isEmpty()) {
        continue;
      }
      for (TravelDocument listed : entry.getDocuments()) {
        if (DocumentNumbers.normalise(listed.getNumber()).equals(number)) {
          evidence.add(field("document.number", document.getNumber(), listed.getNumber()));
          break;
        }
      }
    }
    String nameKey = NameKeys.of(passenger.getSurname(), passenger.getGivenNames());
    for (PersonName name : entry.getNames()) {
      if (!nameKey.isEmpty() && NameKeys.of(name.getFullName()).equals(nameKey)) {
        String dob = DatesOfBirth.matching(passenger.getDateOfBirth(), entry.getDatesOfBirth());
        if (dob != null) {
          evidence.add(field("name", writtenName(passenger), name.getFullName()));
          evidence.add(field("dateOfBirth", String.valueOf(passenger.getDateOfBirth()), dob));
        }
        break;
      }
    }
    if (evidence.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new WatchlistMatch(entry, evidence, reason(entry, evidence), 1.0));
  }

  private static String writtenName(Passenger passenger) {
    return passenger.getGivenNames() == null
        ? passenger.getSurname()
        : passenger.getSurname() + ", " + passenger.getGivenNames();
  }

  private static String reason(WatchlistEntry entry, List<MatchedField> fields) {
    Set<String> matched = new LinkedHashSet<>();
    fields.forEach(f -> matched.add(f.getField()));
    return "exact "
        + String.join(" + ", matched)
        + " on list "
        + entry.getListId()
        + " entry "
        + entry.getEntryId()
        + " v"
        + entry.getVersion();
  }

  private static MatchedField field(String name, String passengerValue, String referenceValue) {
    return new MatchedField(name, passengerValue, referenceValue, 1.0);
  }
}
