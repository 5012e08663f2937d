package eu.piu.ingest.api;

import static eu.piu.ingest.IngestFixtures.API_PUSH;
import static eu.piu.ingest.IngestFixtures.FLIGHT_KEY;
import static eu.piu.ingest.IngestFixtures.FLIGHT_OVER;
import static eu.piu.ingest.IngestFixtures.RETENTION;
import static eu.piu.ingest.IngestFixtures.SECOND_PUSH;
import static eu.piu.ingest.IngestFixtures.apiList;
import static eu.piu.ingest.IngestFixtures.passenger;
import static eu.piu.ingest.IngestFixtures.pnr;
import static eu.piu.ingest.IngestFixtures.traveller;
import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.ingest.FlightKeys;
import eu.piu.ingest.IngestDescriptors;
import eu.piu.ingest.internal.ApiMatch;
import eu.piu.ingest.internal.FlightBooking;
import eu.piu.schema.ApiPassenger;
import eu.piu.schema.ApiPassengerList;
import eu.piu.schema.Pnr;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.TestableKeyedStateBackend;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API join per flight: either order, API-only after the wait, forgotten after the flight. */
class ApiJoinFunctionTest {

  private static final Duration WAIT = Duration.ofMinutes(10);
  private static final Pnr VANDERBEEK =
      pnr(
          "K7QX2M",
          SECOND_PUSH,
          passenger("P-liesbeth", "VANDERBEEK", "LIESBETH", "1985-03-14", "EH123456"),
          passenger("P-tomas", "VANDERBEEK", "TOMAS", null, null));
  private static final ApiPassenger TOMAS =
      traveller("A-tomas", "VANDERBEEK", "TOMAS PIETER", "1983-10-02", "EH654321", "K7QX2M");
  private static final ApiPassenger JAN =
      traveller("A-jan", "PEETERS", "JAN", "1970-03-04", "EP000777", null);

  private KeyedTwoInputStreamOperatorTestHarness<String, FlightBooking, ApiPassengerList, ApiMatch>
      harness;

  @BeforeEach
  void open() throws Exception {
    harness =
        ProcessFunctionTestHarnesses.forKeyedCoProcessFunction(
            new ApiJoinFunction(RETENTION, WAIT),
            FlightBooking::getFlightKey,
            FlightKeys::ofList,
            Types.STRING);
    harness.setProcessingTime(0);
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  private void booking(Pnr pnr, long at) throws Exception {
    for (FlightBooking booking : BookingsOnFlights.of(pnr, RETENTION)) {
      if (booking.getFlightKey().equals(FLIGHT_KEY)) {
        harness.processElement1(booking, at);
      }
    }
  }

  private List<ApiMatch> matches() {
    return harness.extractOutputValues();
  }

  private List<Pnr> apiOnly() {
    var records = harness.getSideOutput(IngestDescriptors.API_ONLY_PNRS);
    return records == null ? List.of() : records.stream().map(StreamRecord::getValue).toList();
  }

  @Test
  void pnrFirstThenTheApiListMatchesByRecordLocator() throws Exception {
    booking(VANDERBEEK, 1);
    harness.processElement2(apiList(API_PUSH, TOMAS), 2);

    assertThat(matches())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.getPnrId()).isEqualTo(VANDERBEEK.getPnrId());
              assertThat(m.getPassengerId()).isEqualTo("P-tomas");
              assertThat(m.getMatchedBy()).isEqualTo("RECORD_LOCATOR");
              assertThat(m.getListVersion()).isEqualTo(API_PUSH.toEpochMilli());
              assertThat(m.getDocuments()).extracting(d -> d.getNumber()).contains("EH654321");
            });
    harness.setProcessingTime(WAIT.toMillis());
    assertThat(apiOnly()).isEmpty();
  }

  @Test
  void apiListFirstThenThePnrWithinTheWaitMatchesTheSame() throws Exception {
    harness.processElement2(apiList(API_PUSH, TOMAS), 1);
    assertThat(matches()).isEmpty();
    harness.setProcessingTime(WAIT.toMillis() - 1);
    booking(VANDERBEEK, 2);
    harness.setProcessingTime(WAIT.toMillis());

    assertThat(matches())
        .singleElement()
        .satisfies(m -> assertThat(m.getPassengerId()).isEqualTo("P-tomas"));
    assertThat(apiOnly()).isEmpty();
  }

  @Test
  void aTravellerWithoutPnrIsEmittedAloneOnceTheWaitIsOver() throws Exception {
    booking(VANDERBEEK, 1);
    harness.processElement2(apiList(API_PUSH, TOMAS, JAN), 2);
    assertThat(apiOnly()).isEmpty();

    harness.setProcessingTime(WAIT.toMillis());

    assertThat(apiOnly())
        .singleElement()
        .satisfies(
            alone -> {
              assertThat(alone.getPnrId()).isEqualTo("API:SN0123/2026-03-03/BRU:A-jan");
              assertThat(alone.getRecordLocator()).isEqualTo("API");
              assertThat(alone.getVersion()).isEqualTo(API_PUSH.toEpochMilli());
              assertThat(alone.getLegs()).hasSize(1);
              assertThat(alone.getPassengers())
                  .singleElement()
                  .satisfies(
                      p -> {
                        assertThat(p.getPassengerId()).isEqualTo("A-jan");
                        assertThat(p.getSurname()).isEqualTo("PEETERS");
                        assertThat(p.getDateOfBirth()).hasToString("1970-03-04");
                        assertThat(p.getDocuments()).hasSize(1);
                      });
            });
    assertThat(harness.numProcessingTimeTimers()).isZero();

    // Its PNR turning up later still gets the API data; the API-only record is not sent again.
    booking(
        pnr("BPA004", SECOND_PUSH, passenger("P-jan", "PEETERS", "JAN", "1970-03-04", null)), 3);
    assertThat(matches()).extracting(ApiMatch::getPassengerId).containsExactly("P-tomas", "P-jan");
    harness.setProcessingTime(2 * WAIT.toMillis());
    assertThat(apiOnly()).hasSize(1);
  }

  @Test
  void aLaterListVersionIsMatchedAgainAndAnOlderOneIgnored() throws Exception {
    booking(VANDERBEEK, 1);
    harness.processElement2(apiList(API_PUSH, TOMAS), 2);
    harness.processElement2(apiList(API_PUSH.minusSeconds(600), TOMAS), 3);
    harness.processElement2(apiList(API_PUSH.plusSeconds(60), TOMAS), 4);

    assertThat(matches())
        .extracting(ApiMatch::getListVersion)
        .containsExactly(API_PUSH.toEpochMilli(), API_PUSH.plusSeconds(60).toEpochMilli());
  }

  @Test
  void stateAndTimersAreGoneOnceTheFlightIsOver() throws Exception {
    booking(VANDERBEEK, 1);
    harness.processElement2(apiList(API_PUSH, TOMAS, JAN), 2);
    harness.setProcessingTime(WAIT.toMillis());
    assertThat(keyedStateEntries()).isPositive();

    harness.processBothWatermarks(new Watermark(FLIGHT_OVER - 1));
    assertThat(keyedStateEntries()).isPositive();
    harness.processBothWatermarks(new Watermark(FLIGHT_OVER));

    assertThat(keyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
    assertThat(harness.numProcessingTimeTimers()).isZero();
  }

  private int keyedStateEntries() {
    return ((TestableKeyedStateBackend<?>) harness.getOperator().getKeyedStateBackend())
        .numKeyValueStateEntries();
  }
}
