package eu.piu.screening;

import static eu.piu.screening.ScreeningFixtures.byDocument;
import static eu.piu.screening.ScreeningFixtures.passenger;
import static eu.piu.screening.ScreeningFixtures.pnr;
import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.schema.Hit;
import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import eu.piu.schema.WatchlistEntry;
import eu.piu.schema.internal.EntryAtKey;
import eu.piu.schema.internal.PassengerProbe;
import eu.piu.screening.match.LookupKeys;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.TestableKeyedStateBackend;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The keyed watchlist join: whichever of the passenger leg and the entry comes first, a hit. */
class WatchlistLookupFunctionTest {

  private static final Passenger WANTED = passenger("p1", "PEETERS", "JAN", "1970-03-04", "X123");
  private static final long EXPIRY =
      ScreeningFixtures.DEPARTURE.plusSeconds(2 * 3600).toEpochMilli()
          + Duration.ofHours(24).toMillis();

  private KeyedTwoInputStreamOperatorTestHarness<String, PassengerProbe, EntryAtKey, Hit> harness;

  @BeforeEach
  void open() throws Exception {
    harness =
        ProcessFunctionTestHarnesses.forKeyedCoProcessFunction(
            new WatchlistLookupFunction(Duration.ofDays(7)),
            PassengerProbe::getLookupKey,
            EntryAtKey::getLookupKey,
            Types.STRING);
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  /** What the PNR stage sends for a passenger: one probe per lookup key. */
  private void arrive(Passenger passenger, boolean withdrawn) throws Exception {
    Pnr pnr = pnr("ABC123", 1, passenger);
    for (String key : LookupKeys.of(passenger)) {
      harness.processElement1(
          PassengerProbe.newBuilder()
              .setLookupKey(key)
              .setWithdrawn(withdrawn)
              .setPnrId(pnr.getPnrId())
              .setPnrVersion(pnr.getVersion())
              .setPushedAt(pnr.getPushedAt())
              .setCarrier(pnr.getCarrier())
              .setRecordLocator(pnr.getRecordLocator())
              .setPassengerRef(PassengerLegs.passengerRef(pnr.getPnrId(), passenger))
              .setPassenger(withdrawn ? null : passenger)
              .setFlights(withdrawn ? List.of() : pnr.getLegs())
              .setExpiresAt(EXPIRY)
              .build(),
          1);
    }
  }

  /** What the entry stage sends: the entry under each of its keys, or its removal. */
  private void list(WatchlistEntry entry, boolean removed) throws Exception {
    for (String key : LookupKeys.of(entry)) {
      harness.processElement2(
          new EntryAtKey(key, EntryIndexingFunction.keyOf(entry), removed ? null : entry), 1);
    }
  }

  private List<Hit> hits() {
    return new ArrayList<>(harness.extractOutputValues());
  }

  private int stateEntries() {
    return ((TestableKeyedStateBackend<?>) harness.getOperator().getKeyedStateBackend())
        .numKeyValueStateEntries();
  }

  @Test
  void anEntryListedBeforeThePassengerHitsOnArrival() throws Exception {
    list(byDocument("POLICE", "wanted", "e1", "X123"), false);
    arrive(WANTED, false);

    assertThat(hits()).singleElement().satisfies(h -> assertThat(h.getEntryId()).isEqualTo("e1"));
    assertThat(hits().get(0).getReason()).contains("document.number");
  }

  @Test
  void anEntryListedAfterThePassengerHitsThePassengerStillWaiting() throws Exception {
    arrive(WANTED, false);
    list(byDocument("VSSE", "vsse", "e2", "X-123"), false);

    assertThat(hits())
        .singleElement()
        .satisfies(h -> assertThat(h.getServices()).containsExactly("VSSE"));
  }

  @Test
  void bothOrdersGiveTheSameHit() throws Exception {
    WatchlistEntry entry = byDocument("POLICE", "wanted", "e1", "X123");
    list(entry, false);
    arrive(WANTED, false);
    Hit entryFirst = hits().get(0);

    try (var other =
        ProcessFunctionTestHarnesses.forKeyedCoProcessFunction(
            new WatchlistLookupFunction(Duration.ofDays(7)),
            PassengerProbe::getLookupKey,
            EntryAtKey::getLookupKey,
            Types.STRING)) {
      harness = other;
      arrive(WANTED, false);
      list(entry, false);
      assertThat(other.extractOutputValues()).containsExactly(entryFirst);
    }
  }

  @Test
  void aRemovedEntryRaisesNoNewHit() throws Exception {
    WatchlistEntry entry = byDocument("POLICE", "wanted", "e1", "X123");
    list(entry, false);
    list(entry, true);
    arrive(WANTED, false);

    assertThat(hits()).isEmpty();
  }

  @Test
  void aWithdrawnPassengerIsNotHitByALaterEntry() throws Exception {
    arrive(WANTED, false);
    arrive(WANTED, true);
    list(byDocument("POLICE", "wanted", "e1", "X123"), false);

    assertThat(hits()).isEmpty();
  }

  @Test
  void anotherDocumentNumberIsNoHit() throws Exception {
    list(byDocument("VSSE", "vsse", "e2", "X124"), false);
    arrive(WANTED, false);

    assertThat(hits()).isEmpty();
  }

  @Test
  void passengersWhoseFlightsAreOverAreNotHitAndAreForgottenWhenTheirKeyIsVisited()
      throws Exception {
    arrive(WANTED, false);
    int waiting = stateEntries();
    assertThat(waiting).as("the passenger waits under its document key").isEqualTo(1);
    assertThat(harness.numEventTimeTimers()).as("no timer per passenger").isZero();

    harness.processBothWatermarks(new Watermark(EXPIRY));
    list(byDocument("POLICE", "wanted", "e1", "X123"), false);

    assertThat(hits()).as("a departed passenger is not hit").isEmpty();
    assertThat(stateEntries())
        .as("the entry is stored, the departed passenger removed from the visited key")
        .isEqualTo(waiting);
  }

  @Test
  void waitingPassengersHaveATimeToLive() {
    assertThat(ScreeningDescriptors.passengersAtKey(Duration.ofDays(7)).getTtlConfig().isEnabled())
        .isTrue();
  }
}
