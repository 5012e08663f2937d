package eu.piu.screening;

import static eu.piu.screening.ScreeningFixtures.byDocument;
import static eu.piu.screening.ScreeningFixtures.byName;
import static eu.piu.screening.ScreeningFixtures.deletion;
import static eu.piu.screening.ScreeningFixtures.passenger;
import static eu.piu.screening.ScreeningFixtures.pnr;
import static eu.piu.screening.ScreeningFixtures.profile;
import static eu.piu.screening.ScreeningFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.connectors.serde.AvroCodec;
import eu.piu.schema.AuditEvent;
import eu.piu.schema.AuditEventType;
import eu.piu.schema.Hit;
import eu.piu.schema.HitKind;
import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import eu.piu.schema.WatchlistEntry;
import eu.piu.schema.internal.ReferenceUpdate;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.TestableKeyedStateBackend;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The broadcast join: whichever of the PNR and the list entry comes first, one hit. */
class ScreeningFunctionTest {

  private static final Passenger WANTED = passenger("p1", "PEETERS", "JAN", "1970-03-04", "X123");
  private static final Passenger OTHER = passenger("p2", "JANSSENS", "ANN", "1990-01-01", "Y999");

  private KeyedBroadcastOperatorTestHarness<String, Pnr, ReferenceUpdate, Hit> harness;

  @BeforeEach
  void open() throws Exception {
    harness =
        ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
            new ScreeningFunction(Duration.ofHours(24)),
            Pnr::getPnrId,
            Types.STRING,
            ScreeningDescriptors.REFERENCE_DATA);
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  private List<Hit> hits() {
    return harness.extractOutputValues();
  }

  private List<AuditEvent> audit() {
    return harness.getSideOutput(ScreeningDescriptors.AUDIT).stream()
        .map(r -> r.getValue())
        .toList();
  }

  private int keyedStateEntries() {
    return ((TestableKeyedStateBackend<?>) harness.getOperator().getKeyedStateBackend())
        .numKeyValueStateEntries();
  }

  @Test
  void entryBeforeThePnrHitsOnArrival() throws Exception {
    harness.processBroadcastElement(update(byDocument("POLICE", "wanted", "e1", "X123")), 1);
    harness.processElement(pnr("ABC123", 1, List.of(WANTED, OTHER), leg()), 2);

    assertThat(hits()).hasSize(1);
    Hit hit = hits().get(0);
    assertThat(hit.getServices()).containsExactly("POLICE");
    assertThat(hit.getKind()).isEqualTo(HitKind.WATCHLIST);
    assertThat(hit.getPassengerId()).isEqualTo("p1");
    assertThat(hit.getEntryId()).isEqualTo("e1");
    assertThat(hit.getReason()).contains("document.number");
    assertThat(audit())
        .extracting(AuditEvent::getType)
        .contains(AuditEventType.COLLECTION, AuditEventType.HIT);
  }

  @Test
  void entryAfterThePnrHitsThePassengerStillWaitingToFly() throws Exception {
    harness.processElement(pnr("ABC123", 1, List.of(WANTED, OTHER), leg()), 1);
    assertThat(hits()).isEmpty();

    harness.processBroadcastElement(update(byName("VSSE", "vsse", "e2", "Jan Peeters", "1970")), 2);

    assertThat(hits()).hasSize(1);
    assertThat(hits().get(0).getServices()).containsExactly("VSSE");
    assertThat(hits().get(0).getPassengerId()).isEqualTo("p1");
  }

  @Test
  void bothOrdersGiveTheSameHitId() throws Exception {
    WatchlistEntry entry = byDocument("POLICE", "wanted", "e1", "X123");
    harness.processBroadcastElement(update(entry), 1);
    harness.processElement(pnr("ABC123", 1, WANTED), 2);
    String entryFirst = hits().get(0).getHitId();

    try (var other =
        ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
            new ScreeningFunction(Duration.ofHours(24)),
            Pnr::getPnrId,
            Types.STRING,
            ScreeningDescriptors.REFERENCE_DATA)) {
      other.processElement(pnr("ABC123", 1, WANTED), 1);
      other.processBroadcastElement(update(entry), 2);
      assertThat(other.extractOutputValues().get(0).getHitId()).isEqualTo(entryFirst);
    }
  }

  @Test
  void aNewPnrVersionOrAnEntryUpdateDoesNotRaiseTheHitAgain() throws Exception {
    WatchlistEntry entry = byDocument("POLICE", "wanted", "e1", "X123");
    harness.processBroadcastElement(update(entry), 1);
    harness.processElement(pnr("ABC123", 1, WANTED), 2);
    harness.processElement(pnr("ABC123", 2, WANTED), 3);
    harness.processBroadcastElement(
        update(WatchlistEntry.newBuilder(entry).setVersion(2).build()), 4);
    harness.processElement(pnr("ABC123", 2, WANTED), 5);

    assertThat(hits()).hasSize(1);
  }

  @Test
  void anOlderPnrVersionArrivingLateIsIgnored() throws Exception {
    harness.processBroadcastElement(update(byDocument("POLICE", "wanted", "e1", "X123")), 1);
    harness.processElement(pnr("ABC123", 2, OTHER), 2);
    harness.processElement(pnr("ABC123", 1, WANTED), 3);

    assertThat(hits()).isEmpty();
  }

  @Test
  void aDeletedEntryRaisesNoNewHit() throws Exception {
    WatchlistEntry entry = byDocument("POLICE", "wanted", "e1", "X123");
    harness.processBroadcastElement(update(entry), 1);
    harness.processBroadcastElement(update(deletion(entry, 2)), 2);
    harness.processElement(pnr("ABC123", 1, WANTED), 3);

    assertThat(hits()).isEmpty();
    assertThat(harness.getBroadcastState(ScreeningDescriptors.REFERENCE_DATA).entries())
        .singleElement()
        .satisfies(
            e ->
                assertThat(
                        ReferenceUpdates.isDelete(
                            AvroCodec.of(ReferenceUpdate.class).decode(e.getValue())))
                    .isTrue());
  }

  @Test
  void aStaleEntryVersionDoesNotOverrideANewerOne() throws Exception {
    WatchlistEntry entry = byDocument("POLICE", "wanted", "e1", "X123");
    harness.processBroadcastElement(update(deletion(entry, 5)), 1);
    harness.processBroadcastElement(update(entry), 2);
    harness.processElement(pnr("ABC123", 1, WANTED), 3);

    assertThat(hits()).isEmpty();
  }

  @Test
  void aCommonListHitIsOneHitForEveryConcernedService() throws Exception {
    harness.processBroadcastElement(
        update(
            WatchlistEntry.newBuilder(byDocument("VSSE", "common-ftf", "e9", "X123"))
                .setCommon(true)
                .setConcernedServices(List.of("POLICE", "VSSE", "CUSTOMS"))
                .build()),
        1);
    harness.processElement(pnr("ABC123", 1, WANTED), 2);

    assertThat(hits()).hasSize(1);
    assertThat(hits().get(0).getCommon()).isTrue();
    assertThat(hits().get(0).getServices()).containsExactly("CUSTOMS", "POLICE", "VSSE");
  }

  @Test
  void profileAddedLaterHitsAndAChangedProfileIsAppliedHotSwapped() throws Exception {
    harness.processElement(pnr("ABC123", 1, WANTED), 1);
    harness.processBroadcastElement(
        update(profile("p-ist", 1, "leg.destination = \"IST\"", "ADIV")), 2);
    assertThat(hits()).hasSize(1);
    assertThat(hits().get(0).getKind()).isEqualTo(HitKind.PROFILE);
    assertThat(hits().get(0).getReason()).contains("p-ist", "leg.destination");

    harness.processBroadcastElement(
        update(profile("p-ist", 2, "leg.destination = \"JFK\"", "ADIV")), 3);
    harness.processElement(pnr("XYZ789", 1, OTHER), 4);

    assertThat(hits()).hasSize(1);
  }

  @Test
  void aProfileUsingSensitiveDataIsRefusedAndJournaled() throws Exception {
    harness.processElement(pnr("ABC123", 1, WANTED), 1);
    harness.processBroadcastElement(
        update(profile("p-bad", 1, "passenger.mealPreference = \"MOML\"", "ADIV")), 2);

    assertThat(hits()).isEmpty();
    assertThat(harness.getBroadcastState(ScreeningDescriptors.REFERENCE_DATA).entries()).isEmpty();
    assertThat(audit())
        .filteredOn(e -> e.getType() == AuditEventType.REFERENCE_CHANGE)
        .singleElement()
        .satisfies(e -> assertThat(e.getDetails().get("outcome")).startsWith("REFUSED"));
  }

  @Test
  void statePersistsUntilTheFlightIsOverThenTheTimerClearsIt() throws Exception {
    harness.processElement(pnr("ABC123", 1, WANTED), 1);
    assertThat(keyedStateEntries()).isEqualTo(1);
    assertThat(harness.numEventTimeTimers()).isEqualTo(1);

    // In the job the reference stream is idle; here it simply never holds the watermark back.
    harness.processBroadcastWatermark(Long.MAX_VALUE);
    long arrival = ScreeningFixtures.DEPARTURE.plusSeconds(2 * 3600).toEpochMilli();
    harness.processWatermark(new Watermark(arrival + Duration.ofHours(23).toMillis()));
    assertThat(keyedStateEntries()).isEqualTo(1);

    harness.processWatermark(new Watermark(arrival + Duration.ofHours(24).toMillis()));
    assertThat(keyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();

    harness.processBroadcastElement(update(byDocument("POLICE", "wanted", "e1", "X123")), 5);
    assertThat(hits()).as("a departed flight is not re-screened").isEmpty();
  }

  @Test
  void theIndexIsRebuiltFromBroadcastStateAfterARestore() throws Exception {
    harness.processBroadcastElement(update(byDocument("POLICE", "wanted", "e1", "X123")), 1);
    var snapshot = harness.snapshot(1, 1);
    harness.close();

    harness =
        ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
            new ScreeningFunction(Duration.ofHours(24)),
            Pnr::getPnrId,
            Types.STRING,
            ScreeningDescriptors.REFERENCE_DATA);
    harness.close();
    harness =
        new KeyedBroadcastOperatorTestHarness<>(
            new org.apache.flink.streaming.api.operators.co.CoBroadcastWithKeyedOperator<>(
                new ScreeningFunction(Duration.ofHours(24)),
                List.of(ScreeningDescriptors.REFERENCE_DATA)),
            Pnr::getPnrId,
            Types.STRING,
            1,
            1,
            0);
    harness.setup();
    harness.initializeState(snapshot);
    harness.open();
    harness.processElement(pnr("ABC123", 1, WANTED), 2);

    assertThat(hits()).hasSize(1);
  }

  private static eu.piu.schema.FlightLeg leg() {
    return ScreeningFixtures.leg("0123", "BRU", "IST", ScreeningFixtures.DEPARTURE);
  }
}
