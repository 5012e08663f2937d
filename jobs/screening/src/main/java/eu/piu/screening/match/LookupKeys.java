package eu.piu.screening.match;

import eu.piu.schema.Passenger;
import eu.piu.schema.PersonName;
import eu.piu.schema.TravelDocument;
import eu.piu.schema.WatchlistEntry;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The keys under which passengers and watchlist entries meet: a passenger can only match an entry
 * that shares one of its keys. Exact matching uses the normalised document numbers and the
 * normalised name; fuzzier matching adds keys (phonetic, edit variants) without changing the join.
 */
public final class LookupKeys {

  private static final String DOCUMENT = "doc:";
  private static final String NAME = "name:";

  private LookupKeys() {}

  public static Set<String> of(Passenger passenger) {
    Set<String> keys = new LinkedHashSet<>();
    for (TravelDocument document : passenger.getDocuments()) {
      addDocument(keys, document.getNumber());
    }
    addName(keys, NameKeys.of(passenger.getSurname(), passenger.getGivenNames()));
    return keys;
  }

  public static Set<String> of(WatchlistEntry entry) {
    Set<String> keys = new LinkedHashSet<>();
    for (TravelDocument document : entry.getDocuments()) {
      addDocument(keys, document.getNumber());
    }
    for (PersonName name : entry.getNames()) {
      addName(keys, NameKeys.of(name.getFullName()));
    }
    return keys;
  }

  private static void addDocument(Set<String> keys, String number) {
    String normalised = DocumentNumbers.normalise(number);
    if (!normalised.isEmpty()) {
      keys.add(DOCUMENT + normalised);
    }
  }

  private static void addName(Set<String> keys, String nameKey) {
    if (!nameKey.isEmpty()) {
      keys.add(NAME + nameKey);
    }
  }
}
