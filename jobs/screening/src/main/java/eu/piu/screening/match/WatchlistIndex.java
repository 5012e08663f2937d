package eu.piu.screening.match;

import eu.piu.schema.WatchlistEntry;
import eu.piu.screening.PassengerLeg;
import eu.piu.screening.names.NameMatch;
import eu.piu.screening.names.NameMatchingSettings;
import eu.piu.screening.names.NameQuery;
import eu.piu.screening.names.NameScreeningIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole watchlist matcher, outside Flink: document numbers through the exact index, names
 * through the name engine — the same two matchers the job runs, so that tools and tests screening
 * offline find what the job finds. An entry found both ways is one match, its document evidence
 * first.
 */
public final class WatchlistIndex implements WatchlistMatcher {

  private final ExactWatchlistIndex documents = new ExactWatchlistIndex();
  private final NameScreeningIndex names;
  private final Map<String, WatchlistEntry> entries = new HashMap<>();

  public WatchlistIndex(NameMatchingSettings settings) {
    this.names = new NameScreeningIndex(settings);
  }

  @Override
  public void upsert(WatchlistEntry entry) {
    documents.upsert(entry);
    names.upsert(entry);
    entries.put(ExactWatchlistIndex.keyOf(entry.getListId(), entry.getEntryId()), entry);
  }

  @Override
  public void remove(String listId, String entryId) {
    documents.remove(listId, entryId);
    names.remove(listId, entryId);
    entries.remove(ExactWatchlistIndex.keyOf(listId, entryId));
  }

  @Override
  public List<WatchlistMatch> match(PassengerLeg leg) {
    Map<String, WatchlistMatch> found = new LinkedHashMap<>();
    for (WatchlistMatch match : documents.match(leg)) {
      found.put(keyOf(match.entry()), match);
    }
    for (NameMatch match : names.screen(NameQuery.of(leg.passenger()))) {
      String key = ExactWatchlistIndex.keyOf(match.listId(), match.entryId());
      WatchlistEntry entry = entries.get(key);
      if (entry != null && !found.containsKey(key)) {
        found.put(key, new WatchlistMatch(entry, match.evidence(), match.reason(), match.score()));
      }
    }
    return new ArrayList<>(found.values());
  }

  @Override
  public int size() {
    return entries.size();
  }

  private static String keyOf(WatchlistEntry entry) {
    return ExactWatchlistIndex.keyOf(entry.getListId(), entry.getEntryId());
  }
}
