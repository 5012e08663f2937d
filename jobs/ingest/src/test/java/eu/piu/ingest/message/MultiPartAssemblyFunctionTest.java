package eu.piu.ingest.message;

import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.ingest.internal.ReceivedMessage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.TestableKeyedStateBackend;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The parts of a multi-part message meet before parsing; anything else passes straight on. */
class MultiPartAssemblyFunctionTest {

  private static final Instant RECEIVED = Instant.parse("2026-03-01T08:15:00Z");
  private static final Duration WAIT = Duration.ofMinutes(30);

  private KeyedOneInputStreamOperatorTestHarness<String, ReceivedMessage, ReceivedMessage> harness;

  @BeforeEach
  void open() throws Exception {
    harness =
        ProcessFunctionTestHarnesses.forKeyedProcessFunction(
            new MultiPartAssemblyFunction(WAIT), MultiPartAssemblyFunction::keyOf, Types.STRING);
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  private static ReceivedMessage part(String id, int number, int finalPart, int minutesLater) {
    return message(id, "part " + number)
        .setMultiPartReference("SN0123")
        .setPartNumbers(List.of(number))
        .setFinalPart(finalPart)
        .setReceivedAt(RECEIVED.plus(Duration.ofMinutes(minutesLater)))
        .build();
  }

  private static ReceivedMessage.Builder message(String id, String payload) {
    return ReceivedMessage.newBuilder()
        .setTopic("piu.carrier-messages")
        .setPartition(0)
        .setOffset(7)
        .setKafkaTimestamp(-1)
        .setMessageId(id)
        .setSender("SN")
        .setReceivedAt(RECEIVED)
        .setPayload(ByteBuffer.wrap(payload.getBytes(StandardCharsets.US_ASCII)));
  }

  private void receive(ReceivedMessage message) throws Exception {
    harness.processElement(message, message.getReceivedAt().toEpochMilli());
  }

  private int stateEntries() {
    return ((TestableKeyedStateBackend<?>) harness.getOperator().getKeyedStateBackend())
        .numKeyValueStateEntries();
  }

  private static String payloadOf(ReceivedMessage message) {
    return StandardCharsets.US_ASCII.decode(message.getPayload().duplicate()).toString();
  }

  @Test
  void aMessageStandingAlonePassesStraightThroughWithoutState() throws Exception {
    ReceivedMessage alone = message("m1", "whole").build();
    receive(alone);

    assertThat(harness.extractOutputValues()).containsExactly(alone);
    assertThat(stateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void partsArrivingInAnyOrderAreJoinedInSequenceOnceAllAreHere() throws Exception {
    receive(part("m3", 3, 3, 2));
    receive(part("m1", 1, 0, 3));
    assertThat(harness.extractOutputValues()).isEmpty();
    assertThat(harness.numEventTimeTimers()).isEqualTo(1);

    receive(part("m2", 2, 0, 4));

    assertThat(harness.extractOutputValues())
        .singleElement()
        .satisfies(
            joined -> {
              assertThat(payloadOf(joined)).isEqualTo("part 1\npart 2\npart 3\n");
              assertThat(joined.getMessageId()).isEqualTo("m1+m2+m3");
              assertThat(joined.getReceivedAt()).isEqualTo(RECEIVED.plus(Duration.ofMinutes(4)));
              assertThat(joined.getMultiPartReference()).isNull();
            });
    assertThat(stateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void aPartSentAgainReplacesItsEarlierCopy() throws Exception {
    receive(part("m1", 1, 0, 0));
    receive(part("m1-again", 1, 0, 1));
    receive(part("m2", 2, 2, 2));

    assertThat(harness.extractOutputValues())
        .singleElement()
        .satisfies(joined -> assertThat(joined.getMessageId()).isEqualTo("m1-again+m2"));
  }

  @Test
  void partsWhoseFinalPartNeverComesAreParsedAsTheyAreAfterTheWait() throws Exception {
    receive(part("m1", 1, 0, 0));
    receive(part("m2", 2, 0, 5));
    harness.processWatermark(RECEIVED.plus(WAIT).toEpochMilli() - 1);
    assertThat(harness.extractOutputValues()).isEmpty();

    harness.processWatermark(RECEIVED.plus(WAIT).toEpochMilli());

    assertThat(harness.extractOutputValues())
        .singleElement()
        .satisfies(joined -> assertThat(payloadOf(joined)).isEqualTo("part 1\npart 2\n"));
    assertThat(stateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }
}
