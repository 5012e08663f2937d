package eu.piu.screening;

import static eu.piu.screening.ScreeningDescriptors.ENTRIES_AT_KEY;
import static eu.piu.screening.ScreeningDescriptors.LEGS_AT_KEY;

import eu.piu.schema.Hit;
import eu.piu.schema.WatchlistEntry;
import eu.piu.schema.internal.EntryAtKey;
import eu.piu.schema.internal.LegProbe;
import eu.piu.screening.hits.HitFactory;
import eu.piu.screening.match.EntryMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The watchlist join, keyed by lookup key (a document number, a normalised name): the entries under
 * a key meet the passenger legs under the same key, whichever comes first. A leg waits here until
 * its flight is over, so an entry added later still hits it; a new entry meets only the legs of its
 * own keys, never a scan of all passengers. Lists of any size live in keyed (RocksDB) state and are
 * checkpointed incrementally.
 */
public final class WatchlistLookupFunction
    extends KeyedCoProcessFunction<String, LegProbe, EntryAtKey, Hit> {

  private static final long serialVersionUID = 1L;

  private transient MapState<String, WatchlistEntry> entries;
  private transient MapState<String, LegProbe> legs;

  @Override
  public void open(OpenContext openContext) {
    entries = getRuntimeContext().getMapState(ENTRIES_AT_KEY);
    legs = getRuntimeContext().getMapState(LEGS_AT_KEY);
  }

  @Override
  public void processElement1(LegProbe probe, Context ctx, Collector<Hit> out) throws Exception {
    if (probe.getWithdrawn()) {
      legs.remove(probe.getPassengerLegId());
      return;
    }
    legs.put(probe.getPassengerLegId(), probe);
    ctx.timerService().registerEventTimeTimer(probe.getExpiresAt());
    PassengerLeg leg = PassengerLeg.of(probe);
    for (WatchlistEntry entry : entries.values()) {
      EntryMatcher.match(entry, probe.getPassenger())
          .ifPresent(match -> out.collect(HitFactory.of(leg, match)));
    }
  }

  @Override
  public void processElement2(EntryAtKey update, Context ctx, Collector<Hit> out) throws Exception {
    WatchlistEntry entry = update.getEntry();
    if (entry == null) {
      entries.remove(update.getEntryKey());
      return;
    }
    entries.put(update.getEntryKey(), entry);
    for (LegProbe probe : legs.values()) {
      EntryMatcher.match(entry, probe.getPassenger())
          .ifPresent(match -> out.collect(HitFactory.of(PassengerLeg.of(probe), match)));
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<Hit> out) throws Exception {
    List<String> over = new ArrayList<>();
    for (Map.Entry<String, LegProbe> waiting : legs.entries()) {
      if (waiting.getValue().getExpiresAt() <= timestamp) {
        over.add(waiting.getKey());
      }
    }
    for (String legId : over) {
      legs.remove(legId);
    }
  }
}
