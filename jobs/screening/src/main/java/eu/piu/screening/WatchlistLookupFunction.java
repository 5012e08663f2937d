package eu.piu.screening;

import static eu.piu.screening.ScreeningDescriptors.ENTRIES_AT_KEY;

import eu.piu.schema.Hit;
import eu.piu.schema.WatchlistEntry;
import eu.piu.schema.internal.EntriesAtKey;
import eu.piu.schema.internal.EntryAtKey;
import eu.piu.schema.internal.PassengerProbe;
import eu.piu.screening.hits.HitFactory;
import eu.piu.screening.match.EntryMatcher;
import eu.piu.screening.match.WatchlistMatch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The watchlist join, keyed by lookup key (a document number, a normalised name): the entries under
 * a key meet the passengers under the same key, whichever comes first. A passenger waits here until
 * their flights are over, so an entry added later still hits them; a new entry meets only the
 * passengers of its own keys, never a scan of all passengers. Lists of any size live in keyed
 * (RocksDB) state and are checkpointed incrementally.
 *
 * <p>Waiting passengers carry no timer (one per passenger would be millions): once their flights
 * are over (behind the watermark) they are skipped and removed when their key is next visited, and
 * a state time-to-live removes the rest.
 */
public final class WatchlistLookupFunction
    extends KeyedCoProcessFunction<String, PassengerProbe, EntryAtKey, Hit> {

  private static final long serialVersionUID = 1L;

  private final Duration waitingPassengerTtl;

  private transient ValueState<EntriesAtKey> entries;
  private transient MapState<String, PassengerProbe> passengers;

  public WatchlistLookupFunction(Duration waitingPassengerTtl) {
    this.waitingPassengerTtl = waitingPassengerTtl;
  }

  @Override
  public void open(OpenContext openContext) {
    entries = getRuntimeContext().getState(ENTRIES_AT_KEY);
    passengers =
        getRuntimeContext().getMapState(ScreeningDescriptors.passengersAtKey(waitingPassengerTtl));
  }

  @Override
  public void processElement1(PassengerProbe probe, Context ctx, Collector<Hit> out)
      throws Exception {
    if (probe.getWithdrawn()) {
      passengers.remove(probe.getPassengerRef());
      return;
    }
    passengers.put(probe.getPassengerRef(), probe);
    EntriesAtKey listed = entries.value();
    if (listed != null) {
      for (WatchlistEntry entry : listed.getEntries().values()) {
        hits(entry, probe, out);
      }
    }
  }

  @Override
  public void processElement2(EntryAtKey update, Context ctx, Collector<Hit> out) throws Exception {
    EntriesAtKey listed = entries.value();
    Map<String, WatchlistEntry> byId =
        listed == null ? new HashMap<>() : new HashMap<>(listed.getEntries());
    WatchlistEntry entry = update.getEntry();
    if (entry == null) {
      byId.remove(update.getEntryKey());
    } else {
      byId.put(update.getEntryKey(), entry);
    }
    if (byId.isEmpty()) {
      entries.clear();
    } else {
      entries.update(new EntriesAtKey(byId));
    }
    if (entry == null) {
      return;
    }
    long now = ctx.timerService().currentWatermark();
    List<String> over = new ArrayList<>();
    for (Map.Entry<String, PassengerProbe> waiting : passengers.entries()) {
      if (waiting.getValue().getExpiresAt() <= now) {
        over.add(waiting.getKey());
      } else {
        hits(entry, waiting.getValue(), out);
      }
    }
    for (String ref : over) {
      passengers.remove(ref);
    }
  }

  private static void hits(WatchlistEntry entry, PassengerProbe probe, Collector<Hit> out) {
    Optional<WatchlistMatch> match = EntryMatcher.match(entry, probe.getPassenger());
    if (match.isPresent()) {
      for (PassengerLeg leg : PassengerLegs.of(probe)) {
        out.collect(HitFactory.of(leg, match.get()));
      }
    }
  }
}
