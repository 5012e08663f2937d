package eu.piu.screening.match;

import eu.piu.schema.WatchlistEntry;
import eu.piu.screening.PassengerLeg;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The in-memory form of the job's keyed lookup, for tools and tests that screen in one process:
 * entries indexed by their {@link LookupKeys}, candidates verified by {@link EntryMatcher}. Cost
 * per passenger leg is a few lookups, whatever the size of the lists.
 */
public final class ExactWatchlistIndex implements WatchlistMatcher {

  private final Map<String, WatchlistEntry> entries = new HashMap<>();
  private final Map<String, Set<String>> byKey = new HashMap<>();

  public static String keyOf(String listId, String entryId) {
    return listId + "/" + entryId;
  }

  @Override
  public void upsert(WatchlistEntry entry) {
    String key = keyOf(entry.getListId(), entry.getEntryId());
    remove(key);
    entries.put(key, entry);
    for (String lookupKey : LookupKeys.of(entry)) {
      byKey.computeIfAbsent(lookupKey, k -> new LinkedHashSet<>()).add(key);
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
    for (String lookupKey : LookupKeys.of(old)) {
      Set<String> keys = byKey.get(lookupKey);
      if (keys != null && keys.remove(key) && keys.isEmpty()) {
        byKey.remove(lookupKey);
      }
    }
  }

  @Override
  public int size() {
    return entries.size();
  }

  @Override
  public List<WatchlistMatch> match(PassengerLeg leg) {
    Set<String> candidates = new LinkedHashSet<>();
    for (String lookupKey : LookupKeys.of(leg.passenger())) {
      candidates.addAll(byKey.getOrDefault(lookupKey, Set.of()));
    }
    List<WatchlistMatch> matches = new ArrayList<>(candidates.size());
    for (String key : candidates) {
      EntryMatcher.match(entries.get(key), leg.passenger()).ifPresent(matches::add);
    }
    return matches;
  }
}
