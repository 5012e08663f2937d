package eu.piu.ingest.message;

import static eu.piu.ingest.CarrierMessages.received;
import static eu.piu.ingest.CarrierMessages.sensitiveIn;
import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.connectors.serde.AvroCodec;
import eu.piu.ingest.IngestDescriptors;
import eu.piu.ingest.internal.FlightPush;
import eu.piu.ingest.internal.ReceivedMessage;
import eu.piu.schema.ApiPassengerList;
import eu.piu.schema.AuditEvent;
import eu.piu.schema.AuditEventType;
import eu.piu.schema.DeadLetter;
import eu.piu.schema.Pnr;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.flink.util.OutputTag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One carrier message in: PNRs, API lists, redacted dead letters, the push and the journal out. */
class ParseCarrierMessageTest {

  private OneInputStreamOperatorTestHarness<ReceivedMessage, Pnr> harness;

  @BeforeEach
  void open() throws Exception {
    harness = ProcessFunctionTestHarnesses.forProcessFunction(new ParseCarrierMessage(Map.of()));
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  private <T> List<T> side(OutputTag<T> tag) {
    var records = harness.getSideOutput(tag);
    return records == null ? List.of() : records.stream().map(StreamRecord::getValue).toList();
  }

  @Test
  void aPushWithSensitiveDataAndABadPnrKeepsTheGoodPnrsAndJournalsEveryErasure() throws Exception {
    Instant at = Instant.parse("2026-03-02T08:16:00Z");
    harness.processElement(received("m-01", "01-sn0123-first-push.edi", "SN", at, 42), 1);

    assertThat(harness.extractOutputValues())
        .extracting(Pnr::getRecordLocator)
        .containsExactly("SEN001", "K7QX2M", "BPA003");

    List<DeadLetter> deadLetters = side(IngestDescriptors.DEAD_LETTERS);
    assertThat(deadLetters)
        .singleElement()
        .satisfies(
            letter -> {
              assertThat(letter.getReason()).isEqualTo("PNR not read: TIF without surname");
              assertThat(letter.getPosition()).isEqualTo("segment TIF #35 at byte 1166");
              assertThat(letter.getErrorType()).isEqualTo("VALIDATION");
              assertThat(letter.getSourceOffset()).isEqualTo(42);
              String bytes = StandardCharsets.ISO_8859_1.decode(letter.getPayload()).toString();
              assertThat(bytes)
                  .startsWith("SRC'")
                  .contains("RCI+SN:BPA002", "TIF++KOEN", "IFTXXXXXXXX", "TVL+030326");
              assertThat(sensitiveIn(bytes)).isEmpty();
            });
    assertThat(IngestDeadLetters.idOf(deadLetters.get(0)))
        .isEqualTo("ingest/piu.carrier-messages/0/42@segment TIF #35 at byte 1166");

    List<AuditEvent> journal = side(IngestDescriptors.AUDIT);
    assertThat(journal)
        .filteredOn(e -> e.getType() == AuditEventType.ERASURE && e.getSubjectType().equals("PNR"))
        .extracting(e -> e.getDetails().get("elementType") + "=" + e.getDetails().get("count"))
        .containsExactlyInAnyOrder(
            "SSR:MEAL=4",
            "SSR:MEDICAL=3",
            "SSR:OTHER=1",
            "FREE_TEXT:OSI=1",
            "FREE_TEXT:REMARK=1",
            "FREE_TEXT:LTS=1");
    assertThat(journal)
        .filteredOn(e -> e.getType() == AuditEventType.ERASURE)
        .filteredOn(e -> e.getSubjectType().equals("MESSAGE"))
        .singleElement()
        .satisfies(e -> assertThat(e.getDetails()).containsKey("blankedBytes"));
    assertThat(journal)
        .filteredOn(e -> e.getType() == AuditEventType.COLLECTION)
        .singleElement()
        .satisfies(
            receipt -> {
              assertThat(receipt.getSubjectType()).isEqualTo("MESSAGE");
              assertThat(receipt.getSubjectId()).isEqualTo("m-01");
              assertThat(receipt.getDetails())
                  .containsEntry("pnrs", "3")
                  .containsEntry("rejections", "1")
                  .containsEntry("erasedElements", "11");
            });
    assertThat(side(IngestDescriptors.PUSHES))
        .singleElement()
        .satisfies(
            push -> {
              assertThat(push.getFlightKey()).isEqualTo("SN0123/2026-03-03/BRU");
              assertThat(push.getPnrCount()).isEqualTo(3);
            });

    // Nothing the job hands on holds what R10 forbids.
    StringBuilder everything = new StringBuilder();
    harness.extractOutputValues().forEach(p -> everything.append(p));
    journal.forEach(e -> everything.append(e));
    side(IngestDescriptors.PUSHES).forEach(p -> everything.append(p));
    assertThat(sensitiveIn(everything.toString())).isEmpty();
    for (Pnr pnr : harness.extractOutputValues()) {
      assertThat(sensitiveIn(AvroCodec.of(Pnr.class).encode(pnr))).isEmpty();
    }
  }

  @Test
  void anApiListGoesToTheApiJoinWithoutItsFreeText() throws Exception {
    harness.processElement(
        received(
            "m-03", "03-sn0123-api-at-closure.edi", "SN", Instant.parse("2026-03-03T09:31:00Z"), 7),
        1);

    assertThat(harness.extractOutputValues()).isEmpty();
    List<ApiPassengerList> lists = side(IngestDescriptors.API_LISTS_READ);
    assertThat(lists).singleElement().satisfies(l -> assertThat(l.getPassengers()).hasSize(4));
    assertThat(sensitiveIn(lists.toString())).isEmpty();
    assertThat(side(IngestDescriptors.AUDIT))
        .filteredOn(e -> e.getType() == AuditEventType.ERASURE)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getSubjectType()).isEqualTo("API_LIST");
              assertThat(e.getDetails()).containsEntry("elementType", "FREE_TEXT:FTX");
            });
    // PAXLST is not a PNR push (Directive 2016/681 art. 8(3)).
    assertThat(side(IngestDescriptors.PUSHES)).isEmpty();
  }

  @Test
  void anEmptyPushIsStillAPushAndAnUnreadableMessageADeadLetter() throws Exception {
    harness.processElement(
        received(
            "m-06", "06-sn0456-empty-push.edi", "SN", Instant.parse("2026-03-05T10:01:00Z"), 1),
        1);
    var garbage =
        ReceivedMessage.newBuilder(
                received("m-x", "06-sn0456-empty-push.edi", "SN", Instant.EPOCH, 2))
            .setPayload(ByteBuffer.wrap(new byte[0]))
            .build();
    harness.processElement(garbage, 2);

    assertThat(side(IngestDescriptors.PUSHES))
        .extracting(FlightPush::getPnrCount)
        .containsExactly(0);
    assertThat(side(IngestDescriptors.DEAD_LETTERS))
        .singleElement()
        .satisfies(
            letter -> {
              assertThat(letter.getErrorType()).isEqualTo("DESERIALIZATION");
              assertThat(letter.getReason()).isEqualTo("message not read: empty payload");
            });
  }
}
