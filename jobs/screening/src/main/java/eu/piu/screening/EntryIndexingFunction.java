package eu.piu.screening;

import static eu.piu.screening.ScreeningDescriptors.AUDIT;
import static eu.piu.screening.ScreeningDescriptors.ENTRY;

import eu.piu.schema.ChangeOp;
import eu.piu.schema.WatchlistEntry;
import eu.piu.schema.internal.EntryAtKey;
import eu.piu.screening.audit.AuditEvents;
import eu.piu.screening.match.ExactWatchlistIndex;
import eu.piu.screening.match.LookupKeys;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Places each watchlist entry under its lookup keys, and takes it out of the keys a new version (or
 * a deletion) no longer has. Keyed by list/entry id, it remembers the latest version: an older
 * version arriving late, or an upsert replayed after a deletion, changes nothing.
 */
public final class EntryIndexingFunction
    extends KeyedProcessFunction<String, WatchlistEntry, EntryAtKey> {

  private static final long serialVersionUID = 1L;

  private transient ValueState<WatchlistEntry> latest;

  @Override
  public void open(OpenContext openContext) {
    latest = getRuntimeContext().getState(ENTRY);
  }

  @Override
  public void processElement(WatchlistEntry entry, Context ctx, Collector<EntryAtKey> out)
      throws Exception {
    WatchlistEntry known = latest.value();
    if (known != null && known.getVersion() > entry.getVersion()) {
      ctx.output(AUDIT, AuditEvents.entryChange(entry, "IGNORED_STALE_VERSION"));
      return;
    }
    String entryKey = ctx.getCurrentKey();
    Set<String> keys = keysOf(entry);
    for (String before : keysOf(known)) {
      if (!keys.contains(before)) {
        out.collect(new EntryAtKey(before, entryKey, null));
      }
    }
    for (String key : keys) {
      out.collect(new EntryAtKey(key, entryKey, entry));
    }
    latest.update(entry);
    ctx.output(AUDIT, AuditEvents.entryChange(entry, "APPLIED"));
  }

  private static Set<String> keysOf(WatchlistEntry entry) {
    return entry == null || entry.getOp() == ChangeOp.DELETE ? Set.of() : LookupKeys.of(entry);
  }

  /** The key of an entry on the watchlist-entries topic and in this function's state. */
  public static String keyOf(WatchlistEntry entry) {
    return ExactWatchlistIndex.keyOf(entry.getListId(), entry.getEntryId());
  }
}
