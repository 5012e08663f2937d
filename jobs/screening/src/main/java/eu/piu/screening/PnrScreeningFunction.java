package eu.piu.screening;

import static eu.piu.screening.ScreeningDescriptors.AUDIT;
import static eu.piu.screening.ScreeningDescriptors.LEGACY_LATEST_PNR;
import static eu.piu.screening.ScreeningDescriptors.NAME_PROBES;
import static eu.piu.screening.ScreeningDescriptors.PROBES;
import static eu.piu.screening.ScreeningDescriptors.PROFILES;

import eu.piu.connectors.serde.AvroCodec;
import eu.piu.connectors.serde.UndecodableRecordException;
import eu.piu.schema.ChangeOp;
import eu.piu.schema.Hit;
import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import eu.piu.schema.Profile;
import eu.piu.schema.internal.PassengerProbe;
import eu.piu.screening.audit.AuditEvents;
import eu.piu.screening.hits.HitFactory;
import eu.piu.screening.match.LookupKeys;
import eu.piu.screening.match.ProfileMatcher;
import eu.piu.screening.profile.ProfileRuleException;
import eu.piu.screening.profile.ProfileValidator;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.runtime.state.KeyedStateFunction;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keeps the latest version of each PNR, screens its passenger legs against the profiles (broadcast:
 * few, small), and sends every passenger with their flights to the identifier lookup under each of
 * their document keys and to the name screening, withdrawing what a new version no longer has. A
 * profile that arrives after a PNR is evaluated against every PNR whose flights are not over yet,
 * so arrival order does not matter. No timer per PNR: the stored version has a time-to-live instead
 * (see {@link ScreeningDescriptors#latestPnr}).
 */
public final class PnrScreeningFunction
    extends KeyedBroadcastProcessFunction<String, Pnr, Profile, Hit>
    implements CheckpointedFunction {

  private static final long serialVersionUID = 1L;
  private static final AvroCodec<Profile> PROFILE = AvroCodec.of(Profile.class);

  /** The lookup key of name probes: the name screening is keyed by passenger, not by key. */
  private static final String NAMES = "names";

  private final Duration retentionAfterArrival;
  private final Duration latestTtl;

  private transient ValueStateDescriptor<Pnr> latestDescriptor;
  private transient RenamedValueState<Pnr> latest;
  private transient boolean restored;
  private transient ProfileMatcher profiles;
  private transient Counter stalePnrVersions;
  private transient Counter refusedProfiles;
  private transient boolean journalsProfileChanges;

  /**
   * @param retentionAfterArrival how long after its last arrival a PNR's passengers are re-screened
   * @param latestTtl how long a PNR's stored copy outlives its last write
   */
  public PnrScreeningFunction(Duration retentionAfterArrival, Duration latestTtl) {
    this.retentionAfterArrival = retentionAfterArrival;
    this.latestTtl = latestTtl;
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
    latestDescriptor = ScreeningDescriptors.latestPnr(latestTtl);
    latest =
        new RenamedValueState<>(getRuntimeContext(), latestDescriptor, LEGACY_LATEST_PNR, restored);
    stalePnrVersions = getRuntimeContext().getMetricGroup().counter("stalePnrVersions");
    refusedProfiles = getRuntimeContext().getMetricGroup().counter("refusedProfiles");
    // Broadcast changes reach every parallel instance; one of them writes the journal entry.
    journalsProfileChanges = getRuntimeContext().getTaskInfo().getIndexOfThisSubtask() == 0;
  }

  @Override
  public void processElement(Pnr pnr, ReadOnlyContext ctx, Collector<Hit> out) throws Exception {
    ProfileMatcher current = profiles(ctx.getBroadcastState(PROFILES));
    Pnr previous = latest.value();
    if (previous != null && previous.getVersion() > pnr.getVersion()) {
      stalePnrVersions.inc();
      return;
    }
    ctx.output(AUDIT, AuditEvents.collection(pnr));
    long expiry = Expiry.of(pnr.getLegs(), retentionAfterArrival);
    Map<String, Passenger> before = passengersByRef(previous);
    for (Passenger passenger : pnr.getPassengers()) {
      String ref = PassengerLegs.passengerRef(pnr.getPnrId(), passenger);
      Set<String> keys = LookupKeys.of(passenger);
      Passenger probed = ProbePassenger.of(passenger);
      for (String key : keys) {
        ctx.output(PROBES, probe(key, pnr, probed, expiry, false));
      }
      ctx.output(NAME_PROBES, probe(NAMES, pnr, probed, expiry, false));
      Passenger earlier = before.remove(ref);
      if (earlier != null) {
        withdraw(ctx, pnr, earlier, keys);
      }
    }
    for (Passenger gone : before.values()) {
      withdraw(ctx, pnr, gone, Set.of());
      ctx.output(NAME_PROBES, probe(NAMES, pnr, gone, 0, true));
    }
    for (PassengerLeg leg : PassengerLegs.of(pnr)) {
      for (ProfileMatcher.Match match : current.match(pnr, leg)) {
        out.collect(HitFactory.of(leg, match));
      }
    }
    latest.update(pnr);
  }

  /** Takes a passenger out of the lookup under every key they had and no longer have. */
  private static void withdraw(
      ReadOnlyContext ctx, Pnr pnr, Passenger passenger, Set<String> keysKept) {
    for (String key : LookupKeys.of(passenger)) {
      if (!keysKept.contains(key)) {
        ctx.output(PROBES, probe(key, pnr, passenger, 0, true));
      }
    }
  }

  @Override
  public void processBroadcastElement(Profile profile, Context ctx, Collector<Hit> out)
      throws Exception {
    BroadcastState<String, byte[]> stored = ctx.getBroadcastState(PROFILES);
    ProfileMatcher current = profiles(stored);
    Profile known = decode(stored.get(profile.getProfileId()));
    if (known != null && known.getVersion() > profile.getVersion()) {
      journal(ctx, profile, "IGNORED_STALE_VERSION");
      return;
    }
    if (profile.getOp() == ChangeOp.DELETE) {
      // Kept as a tombstone: an older upsert replayed later must not bring the profile back.
      stored.put(profile.getProfileId(), PROFILE.encode(profile));
      current.remove(profile.getProfileId());
      journal(ctx, profile, "APPLIED");
      return;
    }
    List<String> problems = new ProfileValidator().problems(profile);
    if (!problems.isEmpty()) {
      refuse(ctx, profile, String.join("; ", problems));
      return;
    }
    ProfileMatcher onlyThis = new ProfileMatcher();
    try {
      onlyThis.upsert(profile);
    } catch (ProfileRuleException e) {
      refuse(ctx, profile, e.getMessage());
      return;
    }
    current.upsert(profile);
    stored.put(profile.getProfileId(), PROFILE.encode(profile));
    journal(ctx, profile, "APPLIED");
    // Profiles are few, so a change is evaluated against every waiting PNR right away.
    long watermark = ctx.currentWatermark();
    KeyedStateFunction<String, ValueState<Pnr>> screen =
        (pnrId, state) -> {
          Pnr waiting = state.value();
          if (waiting != null && Expiry.of(waiting.getLegs(), retentionAfterArrival) > watermark) {
            for (PassengerLeg leg : PassengerLegs.of(waiting)) {
              for (ProfileMatcher.Match match : onlyThis.match(waiting, leg)) {
                out.collect(HitFactory.of(leg, match));
              }
            }
          }
        };
    ctx.applyToKeyedState(latestDescriptor, screen);
    ctx.applyToKeyedState(LEGACY_LATEST_PNR, screen);
  }

  /** Only the timers of PNRs stored before the time-to-live fire here. */
  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<Hit> out) throws Exception {
    Pnr waiting = latest.value();
    // A later version may have moved the flights: only the timer of the current itinerary clears.
    if (waiting != null && Expiry.of(waiting.getLegs(), retentionAfterArrival) <= timestamp) {
      latest.clear();
    }
  }

  private static PassengerProbe probe(
      String key, Pnr pnr, Passenger passenger, long expiry, boolean withdrawn) {
    return new PassengerProbe(
        key,
        withdrawn,
        pnr.getPnrId(),
        pnr.getVersion(),
        pnr.getPushedAt(),
        pnr.getCarrier(),
        pnr.getRecordLocator(),
        PassengerLegs.passengerRef(pnr.getPnrId(), passenger),
        withdrawn ? null : passenger,
        withdrawn ? List.of() : pnr.getLegs(),
        expiry);
  }

  private static Map<String, Passenger> passengersByRef(Pnr pnr) {
    Map<String, Passenger> passengers = new HashMap<>();
    if (pnr != null) {
      for (Passenger passenger : pnr.getPassengers()) {
        passengers.put(PassengerLegs.passengerRef(pnr.getPnrId(), passenger), passenger);
      }
    }
    return passengers;
  }

  private void refuse(Context ctx, Profile profile, String why) {
    refusedProfiles.inc();
    journal(ctx, profile, "REFUSED: " + why);
  }

  private void journal(Context ctx, Profile profile, String outcome) {
    if (journalsProfileChanges) {
      ctx.output(AUDIT, AuditEvents.profileChange(profile, outcome));
    }
  }

  /** Each parallel instance parses the profiles in broadcast state once, after start or restore. */
  private ProfileMatcher profiles(ReadOnlyBroadcastState<String, byte[]> stored) throws Exception {
    if (profiles == null) {
      ProfileMatcher built = new ProfileMatcher();
      Set<String> seen = new HashSet<>();
      for (Map.Entry<String, byte[]> entry : stored.immutableEntries()) {
        Profile profile = decode(entry.getValue());
        if (profile.getOp() != ChangeOp.DELETE && seen.add(profile.getProfileId())) {
          built.upsert(profile);
        }
      }
      profiles = built;
    }
    return profiles;
  }

  private static Profile decode(byte[] stored) throws UndecodableRecordException {
    return stored == null ? null : PROFILE.decode(stored);
  }
}
