package eu.piu.screening.match;

import eu.piu.schema.Passenger;
import eu.piu.schema.TravelDocument;
import eu.piu.schema.WatchlistEntry;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The keys under which passengers and identifier lists meet in keyed state: the normalised document
 * numbers. Identifier lists grow to 10^7–10^8 entries, too many to broadcast; names are screened
 * against a broadcast index instead ({@link eu.piu.screening.NameScreeningFunction}), because fuzzy
 * name matching needs the whole list's token statistics at hand.
 */
public final class LookupKeys {

  private static final String DOCUMENT = "doc:";

  private LookupKeys() {}

  public static Set<String> of(Passenger passenger) {
    Set<String> keys = new LinkedHashSet<>();
    for (TravelDocument document : passenger.getDocuments()) {
      addDocument(keys, document.getNumber());
    }
    return keys;
  }

  public static Set<String> of(WatchlistEntry entry) {
    Set<String> keys = new LinkedHashSet<>();
    for (TravelDocument document : entry.getDocuments()) {
      addDocument(keys, document.getNumber());
    }
    return keys;
  }

  private static void addDocument(Set<String> keys, String number) {
    String normalised = DocumentNumbers.normalise(number);
    if (!normalised.isEmpty()) {
      keys.add(DOCUMENT + normalised);
    }
  }
}
