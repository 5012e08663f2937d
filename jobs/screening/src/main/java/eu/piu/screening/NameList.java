package eu.piu.screening;

import eu.piu.connectors.serde.AvroCodec;
import eu.piu.connectors.serde.UndecodableRecordException;
import eu.piu.schema.ChangeOp;
import eu.piu.schema.WatchlistEntry;
import eu.piu.screening.match.ExactWatchlistIndex;
import eu.piu.screening.names.NameMatchingSettings;
import eu.piu.screening.names.NameScreeningIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * One instance's copy of the watchlists' names: the name index, and each entry's latest version
 * (encoded; a deletion kept as a tombstone so that an older upsert replayed later cannot bring it
 * back). Heap only: rebuilt from the compacted topic ({@link NameListReload}) on start or restore.
 */
final class NameList {

  /** What applying a change did. */
  enum Change {
    STALE,
    REMOVED,
    UPSERTED
  }

  private static final AvroCodec<WatchlistEntry> ENTRY = AvroCodec.of(WatchlistEntry.class);

  private final NameScreeningIndex index;
  private final Map<String, byte[]> latest = new HashMap<>();

  NameList(NameMatchingSettings settings) {
    this.index = new NameScreeningIndex(settings);
  }

  /** The key of an entry, as everywhere in the job (list/entry). */
  static String keyOf(String listId, String entryId) {
    return ExactWatchlistIndex.keyOf(listId, entryId);
  }

  NameScreeningIndex index() {
    return index;
  }

  int size() {
    return index.size();
  }

  /** Applies a change unless an equal or later version is known. */
  Change apply(WatchlistEntry entry) throws UndecodableRecordException {
    String key = keyOf(entry.getListId(), entry.getEntryId());
    WatchlistEntry known = entry(key);
    if (known != null && known.getVersion() > entry.getVersion()) {
      return Change.STALE;
    }
    if (entry.getOp() == ChangeOp.DELETE || entry.getNames().isEmpty()) {
      index.remove(entry.getListId(), entry.getEntryId());
      latest.put(key, ENTRY.encode(tombstone(entry)));
      return Change.REMOVED;
    }
    index.upsert(entry);
    // Hits need the entry's services and version, not its documents (the identifier lookup's).
    latest.put(
        key,
        ENTRY.encode(WatchlistEntry.newBuilder(entry).setDocuments(new ArrayList<>()).build()));
    return Change.UPSERTED;
  }

  /** The latest version known under {@code key}, a tombstone for a deletion, or null. */
  WatchlistEntry entry(String key) throws UndecodableRecordException {
    byte[] stored = latest.get(key);
    return stored == null ? null : ENTRY.decode(stored);
  }

  private static WatchlistEntry tombstone(WatchlistEntry deleted) {
    return WatchlistEntry.newBuilder(deleted)
        .setOp(ChangeOp.DELETE)
        .setNames(new ArrayList<>())
        .setDocuments(new ArrayList<>())
        .setDatesOfBirth(new ArrayList<>())
        .setNationalities(new ArrayList<>())
        .build();
  }
}
