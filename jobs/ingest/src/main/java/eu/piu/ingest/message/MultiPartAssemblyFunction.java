package eu.piu.ingest.message;

import static eu.piu.ingest.IngestDescriptors.MESSAGE_PARTS;

import eu.piu.ingest.internal.ReceivedMessage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Puts the parts of a multi-part message back together before it is parsed: a PNR may run from one
 * part into the next, so parts read one by one would cut it. Keyed by sender and the parts' common
 * access reference; a message that is not a waiting part passes straight through.
 *
 * <p>The parts are joined, in sequence order, into one payload of several interchanges, which the
 * parser reads as one push (a later part continues the PNR the previous one left open). When the
 * final part has not come {@code wait} after the first part's receipt (event time), the parts
 * received are parsed as they are, counted as incomplete: a part is never held back for good.
 */
public final class MultiPartAssemblyFunction
    extends KeyedProcessFunction<String, ReceivedMessage, ReceivedMessage> {

  private static final long serialVersionUID = 1L;

  private final Duration wait;

  private transient MapState<Integer, ReceivedMessage> parts;
  private transient Counter assembled;
  private transient Counter incomplete;

  public MultiPartAssemblyFunction(Duration wait) {
    this.wait = wait;
  }

  /** The key: the parts of one message meet under it, any other message is alone. */
  public static String keyOf(ReceivedMessage message) {
    return message.getMultiPartReference() == null
        ? "message|" + message.getMessageId()
        : "parts|" + message.getSender() + "|" + message.getMultiPartReference();
  }

  @Override
  public void open(OpenContext openContext) {
    parts = getRuntimeContext().getMapState(MESSAGE_PARTS);
    assembled = getRuntimeContext().getMetricGroup().counter("multiPartMessagesAssembled");
    incomplete = getRuntimeContext().getMetricGroup().counter("multiPartMessagesIncomplete");
  }

  @Override
  public void processElement(ReceivedMessage message, Context ctx, Collector<ReceivedMessage> out)
      throws Exception {
    if (message.getMultiPartReference() == null) {
      out.collect(message);
      return;
    }
    List<ReceivedMessage> before = received();
    // A part sent again replaces the earlier copy.
    parts.put(message.getPartNumbers().get(0), message);
    List<ReceivedMessage> received = received();
    long deadline = deadline(received);
    if (before.isEmpty()) {
      ctx.timerService().registerEventTimeTimer(deadline);
    } else if (deadline != deadline(before)) {
      ctx.timerService().deleteEventTimeTimer(deadline(before));
      ctx.timerService().registerEventTimeTimer(deadline);
    }
    if (complete(received)) {
      ctx.timerService().deleteEventTimeTimer(deadline);
      assembled.inc();
      out.collect(joined(received));
      parts.clear();
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<ReceivedMessage> out)
      throws Exception {
    List<ReceivedMessage> received = received();
    if (!received.isEmpty()) {
      incomplete.inc();
      out.collect(joined(received));
      parts.clear();
    }
  }

  /** The wait runs from the earliest receipt among the parts. */
  private long deadline(List<ReceivedMessage> received) {
    long earliest = Long.MAX_VALUE;
    for (ReceivedMessage part : received) {
      earliest = Math.min(earliest, part.getReceivedAt().toEpochMilli());
    }
    return earliest + wait.toMillis();
  }

  private List<ReceivedMessage> received() throws Exception {
    List<ReceivedMessage> received = new ArrayList<>();
    parts.values().forEach(received::add);
    received.sort(Comparator.comparing(m -> m.getPartNumbers().get(0)));
    return received;
  }

  /** Parts 1 to the final one all here. */
  static boolean complete(List<ReceivedMessage> received) {
    BitSet present = new BitSet();
    int finalPart = 0;
    for (ReceivedMessage part : received) {
      part.getPartNumbers().forEach(present::set);
      finalPart = Math.max(finalPart, part.getFinalPart());
    }
    return finalPart > 0 && present.nextClearBit(1) > finalPart;
  }

  /** One message of the parts' payloads in order: the origin of the first, the latest receipt. */
  static ReceivedMessage joined(List<ReceivedMessage> received) {
    ByteArrayOutputStream payload = new ByteArrayOutputStream();
    Instant latest = Instant.EPOCH;
    for (ReceivedMessage part : received) {
      ByteBuffer bytes = part.getPayload().duplicate();
      payload.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
      payload.write('\n');
      latest = part.getReceivedAt().isAfter(latest) ? part.getReceivedAt() : latest;
    }
    return ReceivedMessage.newBuilder(received.get(0))
        .setMessageId(
            received.stream().map(ReceivedMessage::getMessageId).collect(Collectors.joining("+")))
        .setReceivedAt(latest)
        .setPayload(ByteBuffer.wrap(payload.toByteArray()))
        .setMultiPartReference(null)
        .setPartNumbers(List.of())
        .setFinalPart(0)
        .build();
  }
}
