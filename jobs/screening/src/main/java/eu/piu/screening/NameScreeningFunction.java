package eu.piu.screening;

import static eu.piu.screening.ScreeningDescriptors.NAME_ENTRIES;
import static eu.piu.screening.ScreeningDescriptors.NAME_RESCREEN_PENDING;
import static eu.piu.screening.ScreeningDescriptors.WAITING_PASSENGER;

import eu.piu.connectors.serde.AvroCodec;
import eu.piu.connectors.serde.UndecodableRecordException;
import eu.piu.schema.ChangeOp;
import eu.piu.schema.Hit;
import eu.piu.schema.WatchlistEntry;
import eu.piu.schema.internal.NameListUpdate;
import eu.piu.schema.internal.PassengerProbe;
import eu.piu.screening.hits.HitFactory;
import eu.piu.screening.match.WatchlistMatch;
import eu.piu.screening.names.NameMatch;
import eu.piu.screening.names.NameMatchingSettings;
import eu.piu.screening.names.NameQuery;
import eu.piu.screening.names.NameScreeningIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Screens passengers' names against the watchlists' names. The lists are broadcast: every instance
 * holds them all and builds its in-memory name index once, on start or restore, then updates it
 * entry by entry. Passengers are keyed by {@code pnrId|passengerId} and wait here, with a timer,
 * until their flights are over.
 *
 * <p>List changes gather in a batch (in broadcast state, so a restore does not lose it) until the
 * next tick or until the batch is full. Each instance then looks the changed entries' names up in a
 * reversed index of its own waiting passengers ({@link WaitingPassengers}) and screens the
 * candidates it finds against an index of just the changed entries: no pass over all waiting
 * passengers, so a bulk load of 100,000 entries costs what their candidates cost. A name's score
 * does not depend on the other entries of an index, so the small index scores as the full one.
 */
public final class NameScreeningFunction
    extends KeyedBroadcastProcessFunction<String, PassengerProbe, NameListUpdate, Hit> {

  private static final long serialVersionUID = 1L;
  private static final AvroCodec<WatchlistEntry> ENTRY = AvroCodec.of(WatchlistEntry.class);

  private final NameMatchingSettings settings;
  private final int rescreenBatchSize;

  private transient ValueState<PassengerProbe> waiting;
  private transient NameScreeningIndex index;
  private transient WaitingPassengers waitingByName;
  private transient int pendingChanges;
  private transient Counter rescreenBatches;
  private transient Counter rescreenedPassengers;
  private transient Counter staleEntryVersions;

  public NameScreeningFunction(NameMatchingSettings settings, int rescreenBatchSize) {
    this.settings = settings;
    this.rescreenBatchSize = rescreenBatchSize;
  }

  /** The key of a list entry in broadcast state and in the index. */
  public static String entryKey(String listId, String entryId) {
    return listId + "/" + entryId;
  }

  @Override
  public void open(OpenContext openContext) {
    waiting = getRuntimeContext().getState(WAITING_PASSENGER);
    rescreenBatches = getRuntimeContext().getMetricGroup().counter("nameRescreenBatches");
    rescreenedPassengers = getRuntimeContext().getMetricGroup().counter("nameRescreenedPassengers");
    staleEntryVersions = getRuntimeContext().getMetricGroup().counter("staleNameEntryVersions");
    pendingChanges = -1;
  }

  @Override
  public void processElement(PassengerProbe probe, ReadOnlyContext ctx, Collector<Hit> out)
      throws Exception {
    PassengerProbe before = waiting.value();
    if (before != null) {
      if (before.getPnrVersion() > probe.getPnrVersion()) {
        return;
      }
      ctx.timerService().deleteEventTimeTimer(before.getExpiresAt());
    }
    if (probe.getWithdrawn() || probe.getExpiresAt() <= ctx.timerService().currentWatermark()) {
      waiting.clear();
      if (waitingByName != null) {
        waitingByName.remove(probe.getPassengerRef());
      }
      return;
    }
    waiting.update(probe);
    if (waitingByName != null) {
      waitingByName.put(probe);
    }
    ctx.timerService().registerEventTimeTimer(probe.getExpiresAt());
    ReadOnlyBroadcastState<String, byte[]> entries = ctx.getBroadcastState(NAME_ENTRIES);
    screen(index(entries), entries, probe, out);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<Hit> out) throws Exception {
    PassengerProbe probe = waiting.value();
    if (probe != null && probe.getExpiresAt() <= timestamp) {
      waiting.clear();
      if (waitingByName != null) {
        waitingByName.remove(probe.getPassengerRef());
      }
    }
  }

  @Override
  public void processBroadcastElement(NameListUpdate update, Context ctx, Collector<Hit> out)
      throws Exception {
    BroadcastState<String, byte[]> entries = ctx.getBroadcastState(NAME_ENTRIES);
    BroadcastState<String, Boolean> pending = ctx.getBroadcastState(NAME_RESCREEN_PENDING);
    waitingByName(ctx);
    WatchlistEntry entry = update.getEntry();
    if (entry == null) {
      if (pendingCount(pending) > 0) {
        rescreen(ctx, entries, pending, out);
      }
      return;
    }
    String key = entryKey(entry.getListId(), entry.getEntryId());
    WatchlistEntry known = decode(entries.get(key));
    if (known != null && known.getVersion() > entry.getVersion()) {
      staleEntryVersions.inc();
      return;
    }
    NameScreeningIndex current = index(entries);
    if (entry.getOp() == ChangeOp.DELETE || entry.getNames().isEmpty()) {
      current.remove(entry.getListId(), entry.getEntryId());
      // Kept as a tombstone: an older upsert replayed later must not bring the names back.
      entries.put(key, ENTRY.encode(tombstone(entry)));
      if (pending.contains(key)) {
        int count = pendingCount(pending);
        pending.remove(key);
        pendingChanges = count - 1;
      }
      return;
    }
    current.upsert(entry);
    entries.put(key, ENTRY.encode(entry));
    if (!pending.contains(key)) {
      int count = pendingCount(pending);
      pending.put(key, Boolean.TRUE);
      pendingChanges = count + 1;
    }
    if (pendingChanges >= rescreenBatchSize) {
      rescreen(ctx, entries, pending, out);
    }
  }

  /**
   * Screens the waiting passengers that the changed entries' names point at, found through the
   * reversed index: no pass over all waiting passengers, whatever the size of the batch.
   */
  private void rescreen(
      Context ctx,
      BroadcastState<String, byte[]> entries,
      BroadcastState<String, Boolean> pending,
      Collector<Hit> out)
      throws Exception {
    NameScreeningIndex changed = new NameScreeningIndex(settings);
    List<WatchlistEntry> changes = new ArrayList<>();
    for (Map.Entry<String, Boolean> key : pending.entries()) {
      WatchlistEntry entry = decode(entries.get(key.getKey()));
      if (entry != null && entry.getOp() != ChangeOp.DELETE) {
        changed.upsert(entry);
        changes.add(entry);
      }
    }
    pending.clear();
    pendingChanges = 0;
    if (changes.isEmpty()) {
      return;
    }
    rescreenBatches.inc();
    long watermark = ctx.currentWatermark();
    Set<String> screened = new HashSet<>();
    WaitingPassengers waitingNow = waitingByName(ctx);
    for (WatchlistEntry entry : changes) {
      for (PassengerProbe probe : waitingNow.candidatesFor(entry)) {
        if (probe.getExpiresAt() > watermark && screened.add(probe.getPassengerRef())) {
          rescreenedPassengers.inc();
          screen(changed, entries, probe, out);
        }
      }
    }
  }

  /**
   * The reversed name index of this instance's waiting passengers, built by one pass over its keyed
   * state the first time a broadcast element (a tick at the latest) arrives after a start or
   * restore; passengers arriving before that are in the keyed state the pass reads.
   */
  private WaitingPassengers waitingByName(Context ctx) throws Exception {
    if (waitingByName == null) {
      WaitingPassengers built = new WaitingPassengers(settings);
      long watermark = ctx.currentWatermark();
      ctx.applyToKeyedState(
          WAITING_PASSENGER,
          (passengerRef, state) -> {
            PassengerProbe probe = state.value();
            if (probe != null && probe.getExpiresAt() > watermark) {
              built.put(probe);
            }
          });
      waitingByName = built;
    }
    return waitingByName;
  }

  private static void screen(
      NameScreeningIndex index,
      ReadOnlyBroadcastState<String, byte[]> entries,
      PassengerProbe probe,
      Collector<Hit> out)
      throws Exception {
    List<NameMatch> matches = index.screen(NameQuery.of(probe.getPassenger()));
    if (matches.isEmpty()) {
      return;
    }
    List<PassengerLeg> legs = PassengerLegs.of(probe);
    for (NameMatch match : matches) {
      WatchlistEntry entry = decode(entries.get(entryKey(match.listId(), match.entryId())));
      if (entry == null || entry.getOp() == ChangeOp.DELETE) {
        continue;
      }
      WatchlistMatch found =
          new WatchlistMatch(entry, match.evidence(), match.reason(), match.score());
      for (PassengerLeg leg : legs) {
        out.collect(HitFactory.of(leg, found));
      }
    }
  }

  /** Each instance builds its index from the broadcast entries once, after start or restore. */
  private NameScreeningIndex index(ReadOnlyBroadcastState<String, byte[]> entries)
      throws Exception {
    if (index == null) {
      NameScreeningIndex built = new NameScreeningIndex(settings);
      for (Map.Entry<String, byte[]> stored : entries.immutableEntries()) {
        WatchlistEntry entry = decode(stored.getValue());
        if (entry.getOp() != ChangeOp.DELETE) {
          built.upsert(entry);
        }
      }
      index = built;
    }
    return index;
  }

  private int pendingCount(ReadOnlyBroadcastState<String, Boolean> pending) throws Exception {
    if (pendingChanges < 0) {
      int count = 0;
      for (Map.Entry<String, Boolean> ignored : pending.immutableEntries()) {
        count++;
      }
      pendingChanges = count;
    }
    return pendingChanges;
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

  private static WatchlistEntry decode(byte[] stored) throws UndecodableRecordException {
    return stored == null ? null : ENTRY.decode(stored);
  }
}
