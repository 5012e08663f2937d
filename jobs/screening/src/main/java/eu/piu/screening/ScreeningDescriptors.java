package eu.piu.screening;

import eu.piu.schema.AuditEvent;
import eu.piu.schema.DeadLetter;
import eu.piu.schema.Hit;
import eu.piu.schema.Pnr;
import eu.piu.schema.WatchlistEntry;
import eu.piu.schema.internal.EntriesAtKey;
import eu.piu.schema.internal.PassengerProbe;
import java.time.Duration;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.typeutils.base.BooleanSerializer;
import org.apache.flink.api.common.typeutils.base.StringSerializer;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.apache.flink.util.OutputTag;

/**
 * Every state descriptor and output tag of the screening job, in one place: their names are part of
 * savepoints, so they change only with a state migration.
 */
public final class ScreeningDescriptors {

  private ScreeningDescriptors() {}

  /**
   * Broadcast: every profile in force (deletions as tombstones), by profile id, as single-object
   * encoded {@code Profile}s. Profiles are few; identifier lists are keyed state (below), because
   * broadcast state is copied and written whole by every instance at every checkpoint.
   */
  public static final MapStateDescriptor<String, byte[]> PROFILES =
      new MapStateDescriptor<>(
          "profiles", StringSerializer.INSTANCE, ImmutableBytesSerializer.INSTANCE);

  /**
   * Broadcast: the list/entry ids changed since the waiting passengers were last re-screened. In
   * state, not in a field, so that a restore between a change and its re-screen still runs it.
   */
  public static final MapStateDescriptor<String, Boolean> NAME_RESCREEN_PENDING =
      new MapStateDescriptor<>(
          "name-rescreen-pending", StringSerializer.INSTANCE, BooleanSerializer.INSTANCE);

  /**
   * Keyed by passenger ({@code pnrId|passengerId}): the passenger and flights to re-screen. No
   * timer per passenger (a write, a delete and a flush at every checkpoint for each; with the PNRs'
   * timers, a quarter of the throughput in bench e2e): the name screening drops a passenger from
   * its heap once the flights are over, and the time-to-live drops the stored copy.
   */
  public static ValueStateDescriptor<PassengerProbe> waitingPassenger(Duration ttl) {
    return expiring(
        new ValueStateDescriptor<>(
            "waiting-passenger-ttl", new AvroTypeInfo<>(PassengerProbe.class)),
        ttl);
  }

  /**
   * {@link #waitingPassenger} as stored before it had a time-to-live, each with its timer (Flink
   * 1.20 cannot add a time-to-live to restored state): moved over when read, cleared by its timer.
   */
  public static final ValueStateDescriptor<PassengerProbe> LEGACY_WAITING_PASSENGER =
      new ValueStateDescriptor<>("waiting-passenger", new AvroTypeInfo<>(PassengerProbe.class));

  /**
   * Keyed by PNR id: its latest version. Without a timer, as {@link #waitingPassenger}: a PNR whose
   * flights are over is no longer screened against new profiles, and the time-to-live drops it.
   */
  public static ValueStateDescriptor<Pnr> latestPnr(Duration ttl) {
    return expiring(
        new ValueStateDescriptor<>("latest-pnr-ttl", new AvroTypeInfo<>(Pnr.class)), ttl);
  }

  /**
   * {@link #latestPnr} as stored before it had a time-to-live; as {@link
   * #LEGACY_WAITING_PASSENGER}.
   */
  public static final ValueStateDescriptor<Pnr> LEGACY_LATEST_PNR =
      new ValueStateDescriptor<>("latest-pnr", new AvroTypeInfo<>(Pnr.class));

  /** Keyed by list/entry id: the entry's latest version (a deletion stays as a tombstone). */
  public static final ValueStateDescriptor<WatchlistEntry> ENTRY =
      new ValueStateDescriptor<>("watchlist-entry", new AvroTypeInfo<>(WatchlistEntry.class));

  /** Keyed by lookup key: the watchlist entries found under it, by list/entry id. */
  public static final ValueStateDescriptor<EntriesAtKey> ENTRIES_AT_KEY =
      new ValueStateDescriptor<>("entries-at-key", new AvroTypeInfo<>(EntriesAtKey.class));

  /**
   * Keyed by lookup key: the passengers waiting for their flights, by {@code pnrId|passengerId}.
   * The time-to-live (from the last write, cleaned during RocksDB compaction) removes those whose
   * key is never visited again after their flights.
   */
  public static MapStateDescriptor<String, PassengerProbe> passengersAtKey(Duration ttl) {
    return expiring(
        new MapStateDescriptor<>(
            "passengers-at-key", Types.STRING, new AvroTypeInfo<>(PassengerProbe.class)),
        ttl);
  }

  /**
   * A time-to-live from the last write, in processing time (Flink has no other), cleaned during
   * RocksDB compaction; what is expired is never read back.
   */
  private static <D extends StateDescriptor<?, ?>> D expiring(D descriptor, Duration ttl) {
    descriptor.enableTimeToLive(
        StateTtlConfig.newBuilder(ttl)
            .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
            .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
            .cleanupInRocksdbCompactFilter(1000)
            .build());
    return descriptor;
  }

  /** Keyed by hit id: raised already; holds the time after which it may be forgotten. */
  public static final ValueStateDescriptor<Long> HIT_RAISED =
      new ValueStateDescriptor<>("hit-raised", Types.LONG);

  /** Keyed by person and flight: the hits of the group, by hit id. */
  public static final MapStateDescriptor<String, Hit> GROUP_HITS =
      new MapStateDescriptor<>("group-hits", Types.STRING, new AvroTypeInfo<>(Hit.class));

  public static final OutputTag<DeadLetter> DEAD_LETTERS =
      new OutputTag<>("dead-letters", new AvroTypeInfo<>(DeadLetter.class));

  public static final OutputTag<AuditEvent> AUDIT =
      new OutputTag<>("audit", new AvroTypeInfo<>(AuditEvent.class));

  /** Passengers on their way to the name screening, one per passenger. */
  public static final OutputTag<PassengerProbe> NAME_PROBES =
      new OutputTag<>("passenger-name-probes", new AvroTypeInfo<>(PassengerProbe.class));

  /** Passengers on their way to the watchlist lookup, one per lookup key. */
  public static final OutputTag<PassengerProbe> PROBES =
      new OutputTag<>("passenger-probes", new AvroTypeInfo<>(PassengerProbe.class));
}
