package eu.piu.screening.match;

import eu.piu.schema.MatchedField;
import eu.piu.schema.Passenger;
import eu.piu.schema.PersonName;
import eu.piu.schema.TravelDocument;
import eu.piu.schema.WatchlistEntry;
import eu.piu.screening.PassengerLeg;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exact matching through two hash indexes: normalised document number, and normalised name (hit
 * only when the date of birth agrees too). Cost per passenger leg is a few lookups, whatever the
 * size of the lists.
 */
public final class ExactWatchlistIndex implements WatchlistMatcher {

  private final Map<String, WatchlistEntry> entries = new HashMap<>();
  private final Map<String, Set<String>> byDocument = new HashMap<>();
  private final Map<String, Set<String>> byName = new HashMap<>();

  public static String keyOf(String listId, String entryId) {
    return listId + "/" + entryId;
  }

  @Override
  public void upsert(WatchlistEntry entry) {
    String key = keyOf(entry.getListId(), entry.getEntryId());
    remove(key);
    entries.put(key, entry);
    for (TravelDocument document : entry.getDocuments()) {
      add(byDocument, DocumentNumbers.normalise(document.getNumber()), key);
    }
    for (PersonName name : entry.getNames()) {
      add(byName, NameKeys.of(name.getFullName()), key);
    }
  }

  @Override
  public void remove(String listId, String entryId) {
    remove(keyOf(listId, entryId));
  }

  private void remove(String key) {
    WatchlistEntry old = entries.remove(key);
    if (old == null) {
      return;
    }
    for (TravelDocument document : old.getDocuments()) {
      drop(byDocument, DocumentNumbers.normalise(document.getNumber()), key);
    }
    for (PersonName name : old.getNames()) {
      drop(byName, NameKeys.of(name.getFullName()), key);
    }
  }

  @Override
  public int size() {
    return entries.size();
  }

  @Override
  public List<WatchlistMatch> match(PassengerLeg leg) {
    Passenger passenger = leg.passenger();
    Map<String, List<MatchedField>> evidence = new LinkedHashMap<>();
    for (TravelDocument document : passenger.getDocuments()) {
      String number = DocumentNumbers.normalise(document.getNumber());
      for (String key : byDocument.getOrDefault(number, Set.of())) {
        evidence
            .computeIfAbsent(key, k -> new ArrayList<>())
            .add(field("document.number", document.getNumber(), documentOf(key, number)));
      }
    }
    String nameKey = NameKeys.of(passenger.getSurname(), passenger.getGivenNames());
    for (String key : byName.getOrDefault(nameKey, Set.of())) {
      WatchlistEntry entry = entries.get(key);
      String dob = DatesOfBirth.matching(passenger.getDateOfBirth(), entry.getDatesOfBirth());
      if (dob != null) {
        List<MatchedField> fields = evidence.computeIfAbsent(key, k -> new ArrayList<>());
        fields.add(field("name", writtenName(passenger), nameOf(entry, nameKey)));
        fields.add(field("dateOfBirth", String.valueOf(passenger.getDateOfBirth()), dob));
      }
    }
    List<WatchlistMatch> matches = new ArrayList<>(evidence.size());
    evidence.forEach(
        (key, fields) -> {
          WatchlistEntry entry = entries.get(key);
          matches.add(new WatchlistMatch(entry, fields, reason(entry, fields), 1.0));
        });
    return matches;
  }

  private String documentOf(String key, String normalisedNumber) {
    for (TravelDocument document : entries.get(key).getDocuments()) {
      if (DocumentNumbers.normalise(document.getNumber()).equals(normalisedNumber)) {
        return document.getNumber();
      }
    }
    return normalisedNumber;
  }

  private static String writtenName(Passenger passenger) {
    return passenger.getGivenNames() == null
        ? passenger.getSurname()
        : passenger.getSurname() + ", " + passenger.getGivenNames();
  }

  private static String nameOf(WatchlistEntry entry, String nameKey) {
    for (PersonName name : entry.getNames()) {
      if (NameKeys.of(name.getFullName()).equals(nameKey)) {
        return name.getFullName();
      }
    }
    return nameKey;
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

  private static void add(Map<String, Set<String>> index, String token, String key) {
    if (!token.isEmpty()) {
      index.computeIfAbsent(token, t -> new LinkedHashSet<>()).add(key);
    }
  }

  private static void drop(Map<String, Set<String>> index, String token, String key) {
    Set<String> keys = index.get(token);
    if (keys != null && keys.remove(key) && keys.isEmpty()) {
      index.remove(token);
    }
  }
}
