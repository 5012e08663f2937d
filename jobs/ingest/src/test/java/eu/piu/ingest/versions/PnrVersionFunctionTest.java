package eu.piu.ingest.versions;

import static eu.piu.ingest.IngestFixtures.API_PUSH;
import static eu.piu.ingest.IngestFixtures.CLOSURE_PUSH;
import static eu.piu.ingest.IngestFixtures.FIRST_PUSH;
import static eu.piu.ingest.IngestFixtures.FLIGHT_OVER;
import static eu.piu.ingest.IngestFixtures.RETENTION;
import static eu.piu.ingest.IngestFixtures.SECOND_PUSH;
import static eu.piu.ingest.IngestFixtures.apiList;
import static eu.piu.ingest.IngestFixtures.document;
import static eu.piu.ingest.IngestFixtures.passenger;
import static eu.piu.ingest.IngestFixtures.pnr;
import static eu.piu.ingest.IngestFixtures.traveller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import eu.piu.ingest.IngestDescriptors;
import eu.piu.ingest.api.ApiMatches;
import eu.piu.ingest.internal.ApiMatch;
import eu.piu.ingest.internal.EncodedPnr;
import eu.piu.schema.ApiPassenger;
import eu.piu.schema.AuditEvent;
import eu.piu.schema.AuditEventType;
import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import eu.piu.schema.PushType;
import eu.piu.schema.TravelDocument;
import java.time.LocalDate;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.state.TestableKeyedStateBackend;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R1 versions of one PNR: later pushes win, re-sends drop, API data joins in either order. */
class PnrVersionFunctionTest {

  private static final Passenger LIESBETH =
      passenger("P-liesbeth", "VANDERBEEK", "LIESBETH", "1985-03-14", "EH123456");
  private static final Passenger TOMAS = passenger("P-tomas", "VANDERBEEK", "TOMAS", null, null);
  private static final ApiPassenger TOMAS_AT_CHECK_IN =
      traveller("A-tomas", "VANDERBEEK", "TOMAS PIETER", "1983-10-02", "EH654321", "K7QX2M");

  private KeyedTwoInputStreamOperatorTestHarness<String, EncodedPnr, ApiMatch, EncodedPnr> harness;

  @BeforeEach
  void open() throws Exception {
    harness =
        ProcessFunctionTestHarnesses.forKeyedCoProcessFunction(
            new PnrVersionFunction(RETENTION),
            EncodedPnr::getPnrId,
            ApiMatch::getPnrId,
            Types.STRING);
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  private static final PnrEncoding ENCODING = new PnrEncoding(RETENTION);

  /** A PNR as it comes to its versions. */
  private static EncodedPnr in(Pnr pnr) {
    return ENCODING.of(pnr);
  }

  private List<Pnr> versions() {
    return decoded(harness.extractOutputValues());
  }

  private static List<Pnr> decoded(List<EncodedPnr> versions) {
    return versions.stream().map(version -> ENCODING.decode(version.getPnr())).toList();
  }

  private List<AuditEvent> journal() {
    var audit = harness.getSideOutput(IngestDescriptors.AUDIT);
    return audit == null ? List.of() : audit.stream().map(StreamRecord::getValue).toList();
  }

  private static ApiMatch tomasApiData() {
    return ApiMatches.of(
        apiList(API_PUSH, TOMAS_AT_CHECK_IN),
        TOMAS_AT_CHECK_IN,
        "SN:K7QX2M:2026-01-15",
        "P-tomas",
        "RECORD_LOCATOR",
        RETENTION);
  }

  @Test
  void aLaterPushIsANewVersionAndAnOlderOneArrivingLateIsDropped() throws Exception {
    EncodedPnr first = in(pnr("K7QX2M", FIRST_PUSH, LIESBETH));
    harness.processElement1(first, 1);
    harness.processElement1(in(pnr("K7QX2M", CLOSURE_PUSH, LIESBETH, TOMAS)), 2);
    harness.processElement1(in(pnr("K7QX2M", SECOND_PUSH, LIESBETH)), 3);

    assertThat(versions())
        .extracting(Pnr::getVersion)
        .containsExactly(FIRST_PUSH.toEpochMilli(), CLOSURE_PUSH.toEpochMilli());
    assertThat(versions().get(1).getPassengers()).hasSize(2);
    // Neither API data nor a raised version: written to the topic in the bytes it came in.
    assertThat(harness.extractOutputValues().get(0).getPnr()).isEqualTo(first.getPnr());
  }

  @Test
  void anIdenticalResendIsDroppedAndJournaledWithoutContent() throws Exception {
    Pnr first = pnr("K7QX2M", FIRST_PUSH, LIESBETH);
    // Same content pushed again an hour later, as changes, for another flight: still a re-send.
    Pnr resent =
        Pnr.newBuilder(pnr("K7QX2M", SECOND_PUSH, LIESBETH))
            .setPushType(PushType.CHANGES)
            .setMessageVersion("14:1")
            .build();

    harness.processElement1(in(first), 1);
    harness.processElement1(in(resent), 2);

    assertThat(versions()).containsExactly(first);
    assertThat(journal())
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.getType()).isEqualTo(AuditEventType.OTHER);
              assertThat(event.getSubjectId()).isEqualTo("SN:K7QX2M:2026-01-15");
              assertThat(event.getDetails())
                  .containsEntry("outcome", "IDENTICAL_RESEND_DROPPED")
                  .containsEntry("currentVersion", String.valueOf(FIRST_PUSH.toEpochMilli()));
              assertThat(event.toString()).doesNotContain("VANDERBEEK", "EH123456");
            });
  }

  @Test
  void apiDataAfterThePnrMakesANewVersionWithTheCheckInData() throws Exception {
    harness.processElement1(in(pnr("K7QX2M", CLOSURE_PUSH, LIESBETH, TOMAS)), 1);
    harness.processElement2(tomasApiData(), 2);

    assertThat(versions()).hasSize(2);
    Pnr withApi = versions().get(1);
    assertThat(withApi.getVersion()).isEqualTo(API_PUSH.toEpochMilli());
    Passenger tomas = withApi.getPassengers().get(1);
    assertThat(tomas.getDateOfBirth()).hasToString("1983-10-02");
    assertThat(tomas.getGender()).isEqualTo("F");
    assertThat(tomas.getNationality()).isEqualTo("BEL");
    assertThat(tomas.getDocuments()).extracting(TravelDocument::getNumber).contains("EH654321");
    // The other passenger and the rest of the PNR are untouched.
    assertThat(withApi.getPassengers().get(0)).isEqualTo(LIESBETH);
  }

  @Test
  void apiDataBeforeThePnrIsAppliedWhenThePnrComesSameResultEitherWay() throws Exception {
    harness.processElement2(tomasApiData(), 1);
    assertThat(versions()).isEmpty();
    harness.processElement1(in(pnr("K7QX2M", CLOSURE_PUSH, LIESBETH, TOMAS)), 2);

    try (var pnrFirst =
        ProcessFunctionTestHarnesses.forKeyedCoProcessFunction(
            new PnrVersionFunction(RETENTION),
            EncodedPnr::getPnrId,
            ApiMatch::getPnrId,
            Types.STRING)) {
      pnrFirst.processElement1(in(pnr("K7QX2M", CLOSURE_PUSH, LIESBETH, TOMAS)), 1);
      pnrFirst.processElement2(tomasApiData(), 2);
      List<Pnr> pnrFirstVersions = decoded(pnrFirst.extractOutputValues());

      assertThat(versions()).singleElement().isEqualTo(pnrFirstVersions.get(1));
    }
  }

  @Test
  void apiDataTheBookingAlreadyHasMakesNoNewVersionNorDoesTheSameListTwice() throws Exception {
    Passenger tomasWithDocs =
        Passenger.newBuilder(TOMAS)
            .setDateOfBirth(LocalDate.parse("1983-10-02"))
            .setGender("F")
            .setNationality("BEL")
            .setDocuments(List.of(document("EH654321")))
            .build();
    harness.processElement1(in(pnr("K7QX2M", CLOSURE_PUSH, tomasWithDocs)), 1);
    harness.processElement2(tomasApiData(), 2);
    harness.processElement2(tomasApiData(), 3);

    assertThat(versions()).hasSize(1);
  }

  @Test
  void everyEmittedVersionIsHigherThanTheOneBefore() throws Exception {
    // The API list (09:30) is joined first; the closure push (09:25) changes the PNR after it.
    harness.processElement1(in(pnr("K7QX2M", FIRST_PUSH, LIESBETH, TOMAS)), 1);
    harness.processElement2(tomasApiData(), 2);
    harness.processElement1(
        in(
            pnr(
                "K7QX2M",
                CLOSURE_PUSH,
                LIESBETH,
                Passenger.newBuilder(TOMAS).setSeat("12B").build())),
        3);

    assertThat(versions())
        .extracting(Pnr::getVersion)
        .containsExactly(
            FIRST_PUSH.toEpochMilli(), API_PUSH.toEpochMilli(), API_PUSH.toEpochMilli() + 1);
    assertThat(versions().get(2).getPassengers().get(1).getSeat()).isEqualTo("12B");
    assertThat(versions().get(2).getPassengers().get(1).getDateOfBirth()).isNotNull();
  }

  @Test
  void stateAndTimersAreGoneOnceTheFlightsAreOver() throws Exception {
    harness.processElement1(in(pnr("K7QX2M", FIRST_PUSH, LIESBETH, TOMAS)), 1);
    harness.processElement2(tomasApiData(), 2);
    assertThat(keyedStateEntries()).isPositive();
    assertThat(harness.numEventTimeTimers()).isPositive();

    harness.processBothWatermarks(new Watermark(FLIGHT_OVER - 1));
    assertThat(keyedStateEntries()).isPositive();

    harness.processBothWatermarks(new Watermark(FLIGHT_OVER));
    assertThat(keyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();

    // Forgotten means a re-send after the flight is a first version again, not a duplicate.
    harness.processElement1(in(pnr("K7QX2M", FIRST_PUSH, LIESBETH, TOMAS)), 3);
    assertThat(journal()).isEmpty();
  }

  @Test
  void aSavepointFromBeforeTheOneStateValueStillKnowsItsPnrsAndApiData() throws Exception {
    OperatorSubtaskState savepoint;
    try (var former =
        ProcessFunctionTestHarnesses.forKeyedCoProcessFunction(
            new FormerPnrVersions(), Pnr::getPnrId, ApiMatch::getPnrId, Types.STRING)) {
      former.processElement1(pnr("K7QX2M", FIRST_PUSH, LIESBETH, TOMAS), 1);
      // API data waiting for a PNR that has not come yet.
      former.processElement2(apiDataFor("SN:W3RT5Y:2026-01-15"), 2);
      savepoint = former.snapshot(1, 3);
    }
    harness.close();
    harness =
        new KeyedTwoInputStreamOperatorTestHarness<>(
            new KeyedCoProcessOperator<>(new PnrVersionFunction(RETENTION)),
            EncodedPnr::getPnrId,
            ApiMatch::getPnrId,
            Types.STRING);
    harness.initializeState(savepoint);
    harness.open();

    // The PNR kept is known: the same content again is a re-send of the version emitted then.
    harness.processElement1(in(pnr("K7QX2M", SECOND_PUSH, LIESBETH, TOMAS)), 4);
    assertThat(journal())
        .singleElement()
        .satisfies(
            event ->
                assertThat(event.getDetails())
                    .containsEntry("outcome", "IDENTICAL_RESEND_DROPPED")
                    .containsEntry("currentVersion", String.valueOf(FIRST_PUSH.toEpochMilli())));
    // ... and API data arriving now is joined to it.
    harness.processElement2(tomasApiData(), 5);
    // The waiting API data is joined to its PNR when it comes.
    harness.processElement1(in(pnr("W3RT5Y", CLOSURE_PUSH, TOMAS)), 6);
    assertThat(versions())
        .extracting(Pnr::getPnrId, Pnr::getVersion)
        .containsExactly(
            tuple("SN:K7QX2M:2026-01-15", API_PUSH.toEpochMilli()),
            tuple("SN:W3RT5Y:2026-01-15", API_PUSH.toEpochMilli()));
    assertThat(versions())
        .allSatisfy(
            version ->
                assertThat(version.getPassengers())
                    .filteredOn(p -> p.getPassengerId().equals("P-tomas"))
                    .singleElement()
                    .extracting(Passenger::getDateOfBirth)
                    .hasToString("1983-10-02"));

    // Moved, not copied: what the former states held is gone from them.
    var backend = (TestableKeyedStateBackend<?>) harness.getOperator().getKeyedStateBackend();
    assertThat(backend.getKeys("received-pnr", VoidNamespace.INSTANCE)).isEmpty();
    // The timers of the savepoint still forget everything once the flight is over.
    harness.processBothWatermarks(new Watermark(FLIGHT_OVER));
    assertThat(keyedStateEntries()).isZero();
  }

  private static ApiMatch apiDataFor(String pnrId) {
    ApiMatch api = tomasApiData();
    api.setPnrId(pnrId);
    return api;
  }

  /** What PnrVersionFunction kept before its state was one value: four states and the API data. */
  private static final class FormerPnrVersions
      extends KeyedCoProcessFunction<String, Pnr, ApiMatch, Pnr> {

    @Override
    public void processElement1(Pnr pnr, Context ctx, Collector<Pnr> out) throws Exception {
      String hash = new PnrContent().hash(pnr);
      getRuntimeContext().getState(IngestDescriptors.RECEIVED_PNR).update(pnr);
      getRuntimeContext().getState(IngestDescriptors.RECEIVED_CONTENT).update(hash);
      getRuntimeContext().getState(IngestDescriptors.EMITTED_CONTENT).update(hash);
      getRuntimeContext().getState(IngestDescriptors.EMITTED_VERSION).update(pnr.getVersion());
      ctx.timerService().registerEventTimeTimer(FLIGHT_OVER);
      out.collect(pnr);
    }

    @Override
    public void processElement2(ApiMatch api, Context ctx, Collector<Pnr> out) throws Exception {
      getRuntimeContext().getMapState(IngestDescriptors.API_DATA).put(api.getPassengerId(), api);
      ctx.timerService().registerEventTimeTimer(api.getExpiresAt());
    }
  }

  private int keyedStateEntries() {
    return ((TestableKeyedStateBackend<?>) harness.getOperator().getKeyedStateBackend())
        .numKeyValueStateEntries();
  }
}
