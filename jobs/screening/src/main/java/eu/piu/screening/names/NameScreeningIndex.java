package eu.piu.screening.names;

import eu.piu.schema.ChangeOp;
import eu.piu.schema.PersonName;
import eu.piu.schema.WatchlistEntry;
import eu.piu.screening.match.NameKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** STAND-IN until the name engine lands: exact normalised names only. */
public final class NameScreeningIndex {

  private final NameMatchingSettings settings;
  private final Map<String, Set<String>> byName = new HashMap<>();
  private final Map<String, WatchlistEntry> byId = new HashMap<>();

  public NameScreeningIndex(NameMatchingSettings settings) {
    this.settings = settings;
  }

  public void upsert(WatchlistEntry entry) {
    remove(entry.getListId(), entry.getEntryId());
    if (entry.getOp() == ChangeOp.DELETE || entry.getNames().isEmpty()) {
      return;
    }
    String id = entry.getListId() + "/" + entry.getEntryId();
    byId.put(id, entry);
    for (PersonName name : entry.getNames()) {
      byName.computeIfAbsent(NameKeys.of(name.getFullName()), k -> new HashSet<>()).add(id);
    }
  }

  public void remove(String listId, String entryId) {
    String id = listId + "/" + entryId;
    if (byId.remove(id) != null) {
      byName.values().forEach(ids -> ids.remove(id));
    }
  }

  public List<NameMatch> screen(NameQuery query) {
    List<NameMatch> matches = new ArrayList<>();
    for (String id :
        byName.getOrDefault(NameKeys.of(query.surname(), query.givenNames()), Set.of())) {
      WatchlistEntry entry = byId.get(id);
      matches.add(
          new NameMatch(
              entry.getListId(),
              entry.getEntryId(),
              entry.getVersion(),
              entry.getNames().get(0).getFullName(),
              1.0,
              settings.thresholdFor(entry.getListId()),
              new NameExplanation("exact name")));
    }
    return matches;
  }

  public int size() {
    return byId.size();
  }
}
