package eu.piu.screening;

import static eu.piu.screening.ScreeningFixtures.passenger;
import static eu.piu.screening.ScreeningFixtures.pnr;
import static eu.piu.screening.ScreeningFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.schema.AuditEvent;
import eu.piu.schema.AuditEventType;
import eu.piu.schema.ChangeOp;
import eu.piu.schema.Hit;
import eu.piu.schema.HitKind;
import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import eu.piu.schema.Profile;
import eu.piu.schema.internal.PassengerProbe;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.state.TestableKeyedStateBackend;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithKeyedOperator;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The broadcast join of PNR versions with profiles, and the legs it sends to the lookup. */
class PnrScreeningFunctionTest {

  private static final Passenger WANTED = passenger("p1", "PEETERS", "JAN", "1970-03-04", "X123");
  private static final Passenger OTHER = passenger("p2", "JANSSENS", "ANN", "1990-01-01", "Y999");
  private static final String TO_IST = "leg.destination = \"IST\"";
  private static final Duration TTL = Duration.ofDays(7);

  private KeyedBroadcastOperatorTestHarness<String, Pnr, Profile, Hit> harness;

  @BeforeEach
  void open() throws Exception {
    harness =
        ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
            new PnrScreeningFunction(Duration.ofHours(24), TTL),
            Pnr::getPnrId,
            Types.STRING,
            ScreeningDescriptors.PROFILES);
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  private List<Hit> hits() {
    return harness.extractOutputValues();
  }

  private List<PassengerProbe> probes() {
    return harness.getSideOutput(ScreeningDescriptors.PROBES).stream()
        .map(r -> r.getValue())
        .toList();
  }

  private List<PassengerProbe> nameProbes() {
    return harness.getSideOutput(ScreeningDescriptors.NAME_PROBES).stream()
        .map(r -> r.getValue())
        .toList();
  }

  private List<AuditEvent> audit() {
    return harness.getSideOutput(ScreeningDescriptors.AUDIT).stream()
        .map(r -> r.getValue())
        .toList();
  }

  @Test
  void sendsEveryPassengerToTheLookupUnderEachDocumentAndOnceToTheNameScreening() throws Exception {
    harness.processElement(pnr("ABC123", 1, List.of(WANTED, OTHER), leg()), 1);

    assertThat(probes())
        .extracting(PassengerProbe::getLookupKey, PassengerProbe::getWithdrawn)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("doc:X123", false),
            org.assertj.core.groups.Tuple.tuple("doc:Y999", false));
    assertThat(nameProbes())
        .extracting(
            p -> p.getPassenger() == null ? null : p.getPassenger().getPassengerId(),
            PassengerProbe::getWithdrawn)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("p1", false),
            org.assertj.core.groups.Tuple.tuple("p2", false));
    assertThat(audit()).extracting(AuditEvent::getType).containsExactly(AuditEventType.COLLECTION);
  }

  @Test
  void aNewVersionWithdrawsWhatItNoLongerHas() throws Exception {
    harness.processElement(pnr("ABC123", 1, List.of(WANTED, OTHER), leg()), 1);
    Passenger newPassport = passenger("p1", "PEETERS", "JAN", "1970-03-04", "X999");
    harness.processElement(pnr("ABC123", 2, List.of(newPassport), leg()), 2);

    List<PassengerProbe> second = probes().subList(2, probes().size());
    assertThat(second)
        .extracting(PassengerProbe::getLookupKey, PassengerProbe::getWithdrawn)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("doc:X999", false),
            org.assertj.core.groups.Tuple.tuple("doc:X123", true),
            org.assertj.core.groups.Tuple.tuple("doc:Y999", true));
    assertThat(nameProbes().subList(2, nameProbes().size()))
        .extracting(p -> p.getPassengerRef().endsWith("|p1"), PassengerProbe::getWithdrawn)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(true, false),
            org.assertj.core.groups.Tuple.tuple(false, true));
  }

  @Test
  void anOlderPnrVersionArrivingLateIsIgnored() throws Exception {
    harness.processElement(pnr("ABC123", 2, OTHER), 1);
    harness.processElement(pnr("ABC123", 1, WANTED), 2);

    assertThat(probes()).extracting(PassengerProbe::getLookupKey).doesNotContain("doc:X123");
  }

  @Test
  void aProfileBeforeThePnrHitsOnArrival() throws Exception {
    harness.processBroadcastElement(profile("p-ist", 1, TO_IST, "ADIV"), 1);
    harness.processElement(pnr("ABC123", 1, WANTED), 2);

    assertThat(hits())
        .singleElement()
        .satisfies(h -> assertThat(h.getKind()).isEqualTo(HitKind.PROFILE));
    assertThat(hits().get(0).getServices()).containsExactly("ADIV");
    assertThat(hits().get(0).getReason()).contains("p-ist", "leg.destination");
  }

  @Test
  void aProfileAfterThePnrHitsThePassengerStillWaitingAndAChangeIsHotSwapped() throws Exception {
    harness.processElement(pnr("ABC123", 1, WANTED), 1);
    harness.processBroadcastElement(profile("p-ist", 1, TO_IST, "ADIV"), 2);
    assertThat(hits()).hasSize(1);

    harness.processBroadcastElement(profile("p-ist", 2, "leg.destination = \"JFK\"", "ADIV"), 3);
    harness.processElement(pnr("XYZ789", 1, OTHER), 4);

    assertThat(hits()).hasSize(1);
  }

  @Test
  void aDeletedProfileStaysDeletedWhenAnOlderVersionIsReplayed() throws Exception {
    Profile v1 = profile("p-ist", 1, TO_IST, "ADIV");
    harness.processBroadcastElement(
        Profile.newBuilder(v1).setVersion(2).setOp(ChangeOp.DELETE).build(), 1);
    harness.processBroadcastElement(v1, 2);
    harness.processElement(pnr("ABC123", 1, WANTED), 3);

    assertThat(hits()).isEmpty();
  }

  @Test
  void aProfileUsingSensitiveDataIsRefusedAndJournaled() throws Exception {
    harness.processElement(pnr("ABC123", 1, WANTED), 1);
    harness.processBroadcastElement(
        profile("p-bad", 1, "passenger.mealPreference = \"MOML\"", "ADIV"), 2);

    assertThat(hits()).isEmpty();
    assertThat(harness.getBroadcastState(ScreeningDescriptors.PROFILES).entries()).isEmpty();
    assertThat(audit())
        .filteredOn(e -> e.getType() == AuditEventType.REFERENCE_CHANGE)
        .singleElement()
        .satisfies(e -> assertThat(e.getDetails().get("outcome")).startsWith("REFUSED"));
  }

  @Test
  void aPnrWhoseFlightsAreOverIsNoLongerScreenedAndHasNoTimer() throws Exception {
    harness.processElement(pnr("ABC123", 1, WANTED), 1);
    var backend = (TestableKeyedStateBackend<?>) harness.getOperator().getKeyedStateBackend();
    assertThat(backend.numKeyValueStateEntries()).isEqualTo(1);
    assertThat(harness.numEventTimeTimers()).as("no timer per PNR").isZero();

    // In the job the profile stream is idle; here it simply never holds the watermark back.
    harness.processBroadcastWatermark(Long.MAX_VALUE);
    long arrival = ScreeningFixtures.DEPARTURE.plusSeconds(2 * 3600).toEpochMilli();
    harness.processWatermark(arrival + Duration.ofHours(24).toMillis());
    harness.processBroadcastElement(profile("p-ist", 1, TO_IST, "ADIV"), 5);

    assertThat(hits()).as("a departed flight is not re-screened").isEmpty();
    assertThat(ScreeningDescriptors.latestPnr(TTL).getTtlConfig().getTimeToLive()).isEqualTo(TTL);
  }

  @Test
  void aPnrStoredBeforeTheTimeToLiveIsScreenedAndMovedOver() throws Exception {
    var before = harness.getOperator().getKeyedStateBackend();
    before.setCurrentKey(pnr("ABC123", 1, WANTED).getPnrId());
    before
        .getPartitionedState(
            VoidNamespace.INSTANCE,
            VoidNamespaceSerializer.INSTANCE,
            ScreeningDescriptors.LEGACY_LATEST_PNR)
        .update(pnr("ABC123", 1, List.of(WANTED, OTHER), leg()));
    restoreFrom(harness.snapshot(1, 1));
    var backend = harness.getOperator().getKeyedStateBackend();

    harness.processBroadcastElement(profile("p-ist", 1, TO_IST, "ADIV"), 1);
    assertThat(hits()).as("a new profile meets it").isNotEmpty();

    harness.processElement(pnr("ABC123", 2, List.of(WANTED), leg()), 2);
    assertThat(probes())
        .as("the new version withdraws what the stored one had")
        .extracting(PassengerProbe::getLookupKey, PassengerProbe::getWithdrawn)
        .contains(org.assertj.core.groups.Tuple.tuple("doc:Y999", true));
    assertThat(
            backend.getKeys(
                ScreeningDescriptors.LEGACY_LATEST_PNR.getName(), VoidNamespace.INSTANCE))
        .isEmpty();
    assertThat(backend.getKeys("latest-pnr-ttl", VoidNamespace.INSTANCE)).hasSize(1);
  }

  @Test
  void profilesAreParsedAgainFromBroadcastStateAfterARestore() throws Exception {
    harness.processBroadcastElement(profile("p-ist", 1, TO_IST, "ADIV"), 1);
    restoreFrom(harness.snapshot(1, 1));
    harness.processElement(pnr("ABC123", 1, WANTED), 2);

    assertThat(hits()).hasSize(1);
  }

  /** Closes the harness and opens a new one on {@code snapshot}, as a restarted job would. */
  private void restoreFrom(OperatorSubtaskState snapshot) throws Exception {
    harness.close();
    harness =
        new KeyedBroadcastOperatorTestHarness<>(
            new CoBroadcastWithKeyedOperator<>(
                new PnrScreeningFunction(Duration.ofHours(24), TTL),
                List.of(ScreeningDescriptors.PROFILES)),
            Pnr::getPnrId,
            Types.STRING,
            1,
            1,
            0);
    harness.setup();
    harness.initializeState(snapshot);
    harness.open();
  }

  private static eu.piu.schema.FlightLeg leg() {
    return ScreeningFixtures.leg("0123", "BRU", "IST", ScreeningFixtures.DEPARTURE);
  }
}
