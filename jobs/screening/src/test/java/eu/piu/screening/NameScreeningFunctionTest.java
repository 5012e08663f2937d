package eu.piu.screening;

import static eu.piu.screening.ScreeningFixtures.byName;
import static eu.piu.screening.ScreeningFixtures.deletion;
import static eu.piu.screening.ScreeningFixtures.passenger;
import static eu.piu.screening.ScreeningFixtures.pnr;
import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.schema.Hit;
import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import eu.piu.schema.WatchlistEntry;
import eu.piu.schema.internal.NameListUpdate;
import eu.piu.schema.internal.PassengerProbe;
import eu.piu.screening.names.NameMatchingSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.state.TestableKeyedStateBackend;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.streaming.api.operators.AbstractUdfStreamOperator;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithKeyedOperator;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The broadcast name screening: a passenger meets the names listed before them on arrival, and the
 * names listed after them at the next re-screen pass, in batches, never one pass per change.
 */
class NameScreeningFunctionTest {

  private static final Passenger WANTED = passenger("p1", "PEETERS", "JAN", "1970-03-04", null);
  private static final Passenger OTHER = passenger("p2", "JANSSENS", "ANN", "1980-01-01", null);
  private static final long EXPIRY =
      ScreeningFixtures.DEPARTURE.plusSeconds(2 * 3600).toEpochMilli()
          + Duration.ofHours(24).toMillis();
  private static final NameListUpdate TICK = new NameListUpdate(null);
  private static final Duration TTL = Duration.ofDays(7);

  /** The watchlist topic as it stands: what an instance reads when it starts or restores. */
  private final List<WatchlistEntry> topic = new ArrayList<>();

  private KeyedBroadcastOperatorTestHarness<String, PassengerProbe, NameListUpdate, Hit> harness;

  /** The slices' clock in the slicing tests: a millisecond per reading, and what a test adds. */
  private final AtomicLong clock = new AtomicLong();

  @BeforeEach
  void open() throws Exception {
    harness = harness(100);
    harness.open();
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  private KeyedBroadcastOperatorTestHarness<String, PassengerProbe, NameListUpdate, Hit> harness(
      int batchSize) throws Exception {
    // Whole batches in one go: most tests are about what is re-screened, not when.
    return harness(batchSize, Duration.ofMinutes(1));
  }

  private KeyedBroadcastOperatorTestHarness<String, PassengerProbe, NameListUpdate, Hit> harness(
      int batchSize, Duration rescreenSlice) throws Exception {
    List<WatchlistEntry> listed = topic;
    var created =
        new KeyedBroadcastOperatorTestHarness<>(
            new CoBroadcastWithKeyedOperator<>(
                new NameScreeningFunction(
                    NameMatchingSettings.defaults(),
                    batchSize,
                    rescreenSlice,
                    entries -> listed.forEach(entries),
                    TTL),
                List.of(ScreeningDescriptors.NAME_RESCREEN_PENDING)),
            PassengerProbe::getPassengerRef,
            Types.STRING,
            1,
            1,
            0);
    created.setup();
    return created;
  }

  private void arrive(Passenger passenger) throws Exception {
    harness.processElement(probe(passenger, false), 1);
  }

  private static PassengerProbe probe(Passenger passenger, boolean withdrawn) {
    Pnr pnr = pnr("ABC123", 1, passenger);
    return PassengerProbe.newBuilder()
        .setLookupKey("names")
        .setWithdrawn(withdrawn)
        .setPnrId(pnr.getPnrId())
        .setPnrVersion(pnr.getVersion())
        .setPushedAt(pnr.getPushedAt())
        .setCarrier(pnr.getCarrier())
        .setRecordLocator(pnr.getRecordLocator())
        .setPassengerRef(PassengerLegs.passengerRef(pnr.getPnrId(), passenger))
        .setPassenger(withdrawn ? null : passenger)
        .setFlights(withdrawn ? List.of() : pnr.getLegs())
        .setExpiresAt(withdrawn ? 0 : EXPIRY)
        .build();
  }

  private void list(WatchlistEntry entry) throws Exception {
    topic.add(entry);
    harness.processBroadcastElement(new NameListUpdate(entry), 1);
  }

  private void tick() throws Exception {
    harness.processBroadcastElement(TICK, 1);
  }

  private List<Hit> hits() {
    return new ArrayList<>(harness.extractOutputValues());
  }

  private int stateEntries() {
    return ((TestableKeyedStateBackend<?>) harness.getOperator().getKeyedStateBackend())
        .numKeyValueStateEntries();
  }

  private KeyedBroadcastOperatorTestHarness<String, PassengerProbe, NameListUpdate, Hit>
      slicedHarness() throws Exception {
    var sliced = harness(100, Duration.ofNanos(1));
    sliced.open();
    ((NameScreeningFunction)
            ((AbstractUdfStreamOperator<?, ?>) sliced.getOperator()).getUserFunction())
        .measureSlicesWith(() -> clock.addAndGet(Duration.ofMillis(1).toNanos()));
    return sliced;
  }

  private List<String> pendingChanges() throws Exception {
    List<String> keys = new ArrayList<>();
    for (var key :
        harness
            .getOperator()
            .getOperatorStateBackend()
            .getBroadcastState(ScreeningDescriptors.NAME_RESCREEN_PENDING)
            .entries()) {
      keys.add(key.getKey());
    }
    return keys;
  }

  private static WatchlistEntry peeters(String entryId) {
    return byName("VSSE", "vsse", entryId, "Jan PEETERS", "1970-03-04");
  }

  @Test
  void aNameListedBeforeThePassengerHitsOnArrival() throws Exception {
    list(peeters("e1"));
    arrive(WANTED);
    arrive(OTHER);

    assertThat(hits())
        .singleElement()
        .satisfies(
            hit -> {
              assertThat(hit.getEntryId()).isEqualTo("e1");
              assertThat(hit.getServices()).containsExactly("VSSE");
              assertThat(hit.getPassengerId()).isEqualTo("p1");
            });
  }

  @Test
  void aNameListedAfterThePassengerHitsAtTheNextTickForTheWholeBatch() throws Exception {
    arrive(WANTED);
    arrive(OTHER);
    list(peeters("e1"));
    list(byName("POLICE", "police", "e2", "Ann Janssens", "1980"));
    assertThat(hits()).as("changes wait for the batch's pass").isEmpty();

    tick();

    assertThat(hits())
        .extracting(Hit::getEntryId, Hit::getPassengerId)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("e1", "p1"),
            org.assertj.core.groups.Tuple.tuple("e2", "p2"));

    tick();
    assertThat(hits()).as("a batch is re-screened once").hasSize(2);
  }

  @Test
  void aFullBatchIsReScreenedWithoutWaitingForTheTick() throws Exception {
    harness.close();
    harness = harness(2);
    harness.open();
    arrive(WANTED);
    list(peeters("e1"));
    assertThat(hits()).isEmpty();

    list(byName("POLICE", "police", "e2", "Someone Else", "1990"));

    assertThat(hits()).extracting(Hit::getEntryId).containsExactly("e1");
  }

  @Test
  void bothOrdersGiveTheSameHit() throws Exception {
    list(peeters("e1"));
    arrive(WANTED);
    Hit listedFirst = hits().get(0);
    harness.close();

    topic.clear();
    harness = harness(100);
    harness.open();
    arrive(WANTED);
    list(peeters("e1"));
    tick();

    assertThat(hits()).containsExactly(listedFirst);
  }

  @Test
  void aDeletedEntryRaisesNoNewHitEvenWhenAnOlderVersionIsReplayed() throws Exception {
    WatchlistEntry entry = peeters("e1");
    arrive(WANTED);
    list(entry);
    list(deletion(entry, 2));
    tick();
    assertThat(hits()).as("deleted before its pass").isEmpty();

    list(entry);
    tick();
    arrive(OTHER);
    harness.processElement(probe(WANTED, false), 2);

    assertThat(hits()).as("the stale upsert is ignored").isEmpty();
  }

  @Test
  void aWithdrawnPassengerIsForgottenAndNotHitByALaterName() throws Exception {
    arrive(WANTED);
    assertThat(stateEntries()).isEqualTo(1);
    assertThat(harness.numEventTimeTimers()).as("no timer per passenger").isZero();

    harness.processElement(probe(WANTED, true), 2);
    list(peeters("e1"));
    tick();

    assertThat(hits()).isEmpty();
    assertThat(stateEntries()).isZero();
  }

  @Test
  void aPassengerIsNotReScreenedOnceTheFlightsAreOverAndTheStoredCopyExpires() throws Exception {
    tick();
    arrive(WANTED);
    harness.processBroadcastWatermark(Long.MAX_VALUE);
    harness.processWatermark(EXPIRY);

    list(peeters("e1"));
    tick();

    assertThat(hits()).isEmpty();
    assertThat(harness.numEventTimeTimers()).isZero();
    assertThat(ScreeningDescriptors.waitingPassenger(TTL).getTtlConfig().getTimeToLive())
        .isEqualTo(TTL);
  }

  @Test
  void aPassengerStoredBeforeTheTimeToLiveIsMovedOverAndReScreened() throws Exception {
    var before = harness.getOperator().getKeyedStateBackend();
    PassengerProbe stored = probe(WANTED, false);
    before.setCurrentKey(stored.getPassengerRef());
    before
        .getPartitionedState(
            VoidNamespace.INSTANCE,
            VoidNamespaceSerializer.INSTANCE,
            ScreeningDescriptors.LEGACY_WAITING_PASSENGER)
        .update(stored);
    OperatorSubtaskState snapshot = harness.snapshot(1, 1);
    harness.close();
    harness = harness(100);
    harness.initializeState(snapshot);
    harness.open();
    var backend = harness.getOperator().getKeyedStateBackend();

    list(peeters("e1"));
    tick();

    assertThat(hits()).isNotEmpty();
    assertThat(
            backend.getKeys(
                ScreeningDescriptors.LEGACY_WAITING_PASSENGER.getName(), VoidNamespace.INSTANCE))
        .isEmpty();
    assertThat(backend.getKeys("waiting-passenger-ttl", VoidNamespace.INSTANCE))
        .containsExactly(stored.getPassengerRef());
  }

  @Test
  void theListsAreReadAgainFromTheTopicAndPendingChangesRunAfterARestore() throws Exception {
    list(peeters("e1"));
    arrive(OTHER);
    list(byName("POLICE", "police", "e2", "Ann Janssens", "1980"));
    OperatorSubtaskState snapshot = harness.snapshot(1, 1);
    harness.close();

    harness = harness(100);
    harness.initializeState(snapshot);
    harness.open();
    arrive(WANTED);
    assertThat(hits()).as("index rebuilt from the topic").hasSize(1);

    tick();
    assertThat(hits())
        .as("the change pending at the snapshot still re-screens the waiting passenger")
        .extracting(Hit::getEntryId, Hit::getPassengerId)
        .contains(org.assertj.core.groups.Tuple.tuple("e2", "p2"));
  }

  @Test
  void aBatchRunsInSlicesBetweenArrivalsAndStaysPendingUntilDone() throws Exception {
    harness.close();
    // A slice ends after each step: one changed name looked up per slice.
    harness = slicedHarness();
    arrive(WANTED);
    arrive(OTHER);
    list(peeters("e1"));
    list(byName("POLICE", "police", "e2", "Ann Janssens", "1980"));

    tick();
    assertThat(hits()).as("one slice: one changed name").hasSize(1);
    assertThat(pendingChanges())
        .as("the whole batch stays pending until done: a restore now would run it again")
        .hasSize(2);

    arrive(passenger("p3", "MAES", "LUC", "1965-05-05", null));
    assertThat(hits()).as("too soon: the arrivals get half of the time").hasSize(1);

    clock.addAndGet(Duration.ofSeconds(1).toNanos());
    arrive(passenger("p4", "WOUTERS", "EVA", "1975-07-07", null));
    assertThat(hits())
        .as("a later arrival carries the batch on")
        .extracting(Hit::getEntryId, Hit::getPassengerId)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("e1", "p1"),
            org.assertj.core.groups.Tuple.tuple("e2", "p2"));

    tick();
    assertThat(pendingChanges()).as("done: no longer pending").isEmpty();
    tick();
    assertThat(hits()).as("nothing re-screened twice").hasSize(2);
  }

  @Test
  void aChangeListedAgainWhileItsBatchRunsIsReScreenedInTheNextBatch() throws Exception {
    harness.close();
    harness = slicedHarness();
    arrive(WANTED);
    arrive(OTHER);
    list(byName("POLICE", "police", "e2", "Ann Janssens", "1980"));
    list(byName("POLICE", "police", "e3", "Nobody Known", "1990"));
    tick();

    // e2 changes to the name of the other waiting passenger while the batch is under way.
    list(
        WatchlistEntry.newBuilder(byName("POLICE", "police", "e2", "Jan Peeters", "1970-03-04"))
            .setVersion(2)
            .build());
    for (int i = 0; i < 4; i++) {
      clock.addAndGet(Duration.ofSeconds(1).toNanos());
      tick();
    }

    assertThat(hits())
        .extracting(Hit::getEntryId, Hit::getReferenceVersion, Hit::getPassengerId)
        .contains(org.assertj.core.groups.Tuple.tuple("e2", 2L, "p1"));
    assertThat(pendingChanges()).isEmpty();
  }
}
