package eu.piu.screening;

import static eu.piu.screening.ScreeningDescriptors.LEGACY_WAITING_PASSENGER;
import static eu.piu.screening.ScreeningDescriptors.NAME_RESCREEN_PENDING;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Screens passengers' names against the watchlists' names. The list changes are broadcast: every
 * instance holds all the names in heap ({@link NameList}: the name index and each entry's latest
 * version), read whole from the compacted watchlist topic when the instance starts or restores
 * ({@link NameListReload}), then updated change by change. Passengers are keyed by {@code
 * pnrId|passengerId} and wait here until their flights are over: the heap lets go of them when the
 * watermark passes, the stored copy has a time-to-live (no timer per passenger).
 *
 * <p>The names are not kept in Flink broadcast state: it is written whole, by every instance, at
 * every checkpoint, which at 100,000 entries took a sixth of the machine's CPU in bench e2e and
 * would not fit a 1 s checkpoint interval at 10^6. The topic is the lists' durable copy.
 *
 * <p>List changes gather in a batch (in broadcast state: only their keys, so a restore does not
 * lose them) until the next tick or until the batch is full. A batch then goes the cheaper way:
 * each changed name looked up in a reversed index of this instance's waiting passengers ({@link
 * WaitingPassengers}), or, when the batch is larger than the waiting passengers, each waiting
 * passenger screened against the batch. Either way a candidate is scored forward against an index
 * of just the changed entries; a name's score does not depend on the other entries of an index, so
 * that scores as the full one. A batch runs in slices ({@link RescreenBatch}) between the
 * passengers arriving, taking at most half of the instance's time while they arrive: a bulk load of
 * a list is re-screened behind the arrivals, never in front of them.
 */
public final class NameScreeningFunction
    extends KeyedBroadcastProcessFunction<String, PassengerProbe, NameListUpdate, Hit>
    implements CheckpointedFunction {

  private static final long serialVersionUID = 1L;

  /**
   * A tick with no passenger since the one before: nobody waits behind the re-screen, which may
   * then run this long in one go.
   */
  private static final long IDLE_SLICE_NANOS = 500_000_000L;

  private final NameMatchingSettings settings;
  private final int rescreenBatchSize;
  private final long rescreenSliceNanos;
  private final NameListReload reload;
  private final Duration waitingTtl;

  private transient ValueStateDescriptor<PassengerProbe> waitingDescriptor;
  private transient RenamedValueState<PassengerProbe> waiting;
  private transient boolean restored;
  private transient NameList names;
  private transient WaitingPassengers waitingByName;
  private transient int pendingChanges;
  private transient Counter rescreenBatches;
  private transient Counter rescreenedPassengers;
  private transient Counter staleEntryVersions;
  private transient RescreenBatch batch;
  private transient boolean batchDone;
  private transient long lastSliceEnd;
  private transient long lastSliceLength;
  private transient boolean passengerSinceTick;
  private transient LongSupplier nanoClock;

  /**
   * @param rescreenSlice longest a re-screen runs before the passengers waiting in the input go
   *     first; it then takes at most half of this instance's time
   * @param waitingTtl how long a waiting passenger's stored copy outlives its last write
   */
  public NameScreeningFunction(
      NameMatchingSettings settings,
      int rescreenBatchSize,
      Duration rescreenSlice,
      NameListReload reload,
      Duration waitingTtl) {
    this.settings = settings;
    this.rescreenBatchSize = rescreenBatchSize;
    this.rescreenSliceNanos = rescreenSlice.toNanos();
    this.reload = reload;
    this.waitingTtl = waitingTtl;
  }

  @Override
  public void initializeState(FunctionInitializationContext context) {
    restored = context.isRestored();
  }

  @Override
  public void snapshotState(FunctionSnapshotContext context) {
    // Keyed and broadcast state only.
  }

  @Override
  public void open(OpenContext openContext) {
    waitingDescriptor = ScreeningDescriptors.waitingPassenger(waitingTtl);
    waiting =
        new RenamedValueState<>(
            getRuntimeContext(), waitingDescriptor, LEGACY_WAITING_PASSENGER, restored);
    rescreenBatches = getRuntimeContext().getMetricGroup().counter("nameRescreenBatches");
    rescreenedPassengers = getRuntimeContext().getMetricGroup().counter("nameRescreenedPassengers");
    staleEntryVersions = getRuntimeContext().getMetricGroup().counter("staleNameEntryVersions");
    pendingChanges = -1;
    nanoClock = System::nanoTime;
  }

  /** The clock the re-screen slices are measured on; tests set one they move themselves. */
  void measureSlicesWith(LongSupplier clock) {
    nanoClock = clock;
  }

  @Override
  public void processElement(PassengerProbe probe, ReadOnlyContext ctx, Collector<Hit> out)
      throws Exception {
    PassengerProbe before = waiting.value();
    if (before != null && before.getPnrVersion() > probe.getPnrVersion()) {
      return;
    }
    long watermark = ctx.timerService().currentWatermark();
    if (waitingByName != null) {
      waitingByName.expire(watermark);
    }
    if (probe.getWithdrawn() || probe.getExpiresAt() <= watermark) {
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
    NameList list = names();
    screen(list.index(), list, probe, out);
    passengerSinceTick = true;
    if (batch != null && !batchDone && sliceAllowed()) {
      rescreenSlice(list, ctx.currentWatermark(), rescreenSliceNanos, out);
    }
  }

  /** Only the timers of passengers stored before the time-to-live fire here. */
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
    BroadcastState<String, Boolean> pending = ctx.getBroadcastState(NAME_RESCREEN_PENDING);
    NameList list = names();
    waitingByName(ctx).expire(ctx.currentWatermark());
    WatchlistEntry entry = update.getEntry();
    if (entry == null) {
      boolean idle = !passengerSinceTick;
      passengerSinceTick = false;
      finishBatch(pending);
      startBatch(pending, list);
      if (batch != null && (idle || sliceAllowed())) {
        rescreenSlice(
            list, ctx.currentWatermark(), idle ? IDLE_SLICE_NANOS : rescreenSliceNanos, out);
        finishBatch(pending);
      }
      return;
    }
    String key = NameList.keyOf(entry.getListId(), entry.getEntryId());
    NameList.Change change = list.apply(entry);
    if (change == NameList.Change.STALE) {
      staleEntryVersions.inc();
      return;
    }
    if (batch != null && batch.contains(key)) {
      batch.changedAgain(key);
    }
    if (change == NameList.Change.REMOVED) {
      if (pending.contains(key)) {
        int count = pendingCount(pending);
        pending.remove(key);
        pendingChanges = count - 1;
      }
      return;
    }
    if (!pending.contains(key)) {
      int count = pendingCount(pending);
      pending.put(key, Boolean.TRUE);
      pendingChanges = count + 1;
    }
    finishBatch(pending);
    if (pendingChanges >= rescreenBatchSize) {
      startBatch(pending, list);
    }
    if (batch != null && !batchDone && sliceAllowed()) {
      rescreenSlice(list, ctx.currentWatermark(), rescreenSliceNanos, out);
      finishBatch(pending);
    }
  }

  /** Takes up to a batch of pending changes to re-screen, unless a batch is under way. */
  private void startBatch(BroadcastState<String, Boolean> pending, NameList list) throws Exception {
    if (batch != null || pendingCount(pending) == 0) {
      return;
    }
    List<String> keys = new ArrayList<>(Math.min(pendingChanges, rescreenBatchSize));
    for (Map.Entry<String, Boolean> key : pending.immutableEntries()) {
      if (keys.size() == rescreenBatchSize) {
        break;
      }
      keys.add(key.getKey());
    }
    batch = new RescreenBatch(keys, list, waitingByName, settings);
    batchDone = batch.isEmpty();
    if (!batchDone) {
      rescreenBatches.inc();
    }
  }

  /** Once the batch under way is done, its changes are no longer pending. */
  private void finishBatch(BroadcastState<String, Boolean> pending) throws Exception {
    if (batch == null || !batchDone) {
      return;
    }
    int count = pendingCount(pending);
    for (String key : batch.doneKeys()) {
      if (pending.contains(key)) {
        pending.remove(key);
        count--;
      }
    }
    batch = null;
    pendingChanges = count;
  }

  /**
   * True when the re-screen may take its next slice: at least as long has passed since the last
   * slice as that slice took, so the passengers get half of this instance's time or more.
   */
  private boolean sliceAllowed() {
    return nanoClock.getAsLong() - lastSliceEnd >= lastSliceLength;
  }

  private void rescreenSlice(NameList list, long watermark, long sliceNanos, Collector<Hit> out)
      throws Exception {
    long start = nanoClock.getAsLong();
    batchDone =
        batch.work(
            waitingByName,
            watermark,
            nanoClock,
            start + sliceNanos,
            (changed, probe) -> {
              rescreenedPassengers.inc();
              screen(changed, list, probe, out);
            });
    lastSliceEnd = nanoClock.getAsLong();
    lastSliceLength = lastSliceEnd - start;
  }

  /**
   * The reversed name index of this instance's waiting passengers, built by one pass over its keyed
   * state the first time a broadcast element (a tick at the latest) arrives after a start or
   * restore; passengers arriving before that are in the keyed state the pass reads. Passengers
   * stored before the time-to-live are moved over first, so that they are never read twice.
   */
  private WaitingPassengers waitingByName(Context ctx) throws Exception {
    if (waitingByName == null) {
      WaitingPassengers built = new WaitingPassengers(settings);
      long watermark = ctx.currentWatermark();
      ctx.applyToKeyedState(
          LEGACY_WAITING_PASSENGER,
          (passengerRef, state) -> {
            PassengerProbe old = state.value();
            PassengerProbe now = waiting.value();
            if (old != null && (now == null || now.getPnrVersion() < old.getPnrVersion())) {
              waiting.update(old);
            }
            state.clear();
          });
      waiting.formerEmptied();
      ctx.applyToKeyedState(
          waitingDescriptor,
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
      NameScreeningIndex index, NameList list, PassengerProbe probe, Collector<Hit> out)
      throws Exception {
    List<NameMatch> matches = index.screen(NameQuery.of(probe.getPassenger()));
    if (matches.isEmpty()) {
      return;
    }
    List<PassengerLeg> legs = PassengerLegs.of(probe);
    for (NameMatch match : matches) {
      WatchlistEntry entry = list.entry(NameList.keyOf(match.listId(), match.entryId()));
      // A re-screen batch scores the version it was built with; a later one is screened again.
      if (entry == null
          || entry.getOp() == ChangeOp.DELETE
          || entry.getVersion() != match.version()) {
        continue;
      }
      WatchlistMatch found =
          new WatchlistMatch(entry, match.evidence(), match.reason(), match.score());
      for (PassengerLeg leg : legs) {
        out.collect(HitFactory.of(leg, found));
      }
    }
  }

  /** Each instance reads the lists whole once, after start or restore. */
  private NameList names() throws Exception {
    if (names == null) {
      NameList read = new NameList(settings);
      List<Exception> failures = new ArrayList<>(1);
      reload.read(
          entry -> {
            try {
              read.apply(entry);
            } catch (Exception e) {
              failures.add(e);
            }
          });
      if (!failures.isEmpty()) {
        throw failures.get(0);
      }
      names = read;
    }
    return names;
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
}
