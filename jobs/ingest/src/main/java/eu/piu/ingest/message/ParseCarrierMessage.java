package eu.piu.ingest.message;

import static eu.piu.ingest.IngestDescriptors.API_LISTS_READ;
import static eu.piu.ingest.IngestDescriptors.AUDIT;
import static eu.piu.ingest.IngestDescriptors.DEAD_LETTERS;
import static eu.piu.ingest.IngestDescriptors.PUSHES;

import eu.piu.formats.CarrierMessageParser;
import eu.piu.formats.Erasure;
import eu.piu.formats.ParsedApiList;
import eu.piu.formats.ParsedMessage;
import eu.piu.formats.ParsedPnr;
import eu.piu.formats.Rejection;
import eu.piu.formats.sensitive.SensitiveDataPolicy;
import eu.piu.formats.sensitive.SensitiveRedactor;
import eu.piu.ingest.audit.IngestAuditEvents;
import eu.piu.ingest.compliance.FlightPushes;
import eu.piu.ingest.internal.ReceivedMessage;
import eu.piu.schema.DeadLetter;
import eu.piu.schema.Pnr;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Reads a carrier message with the formats module's parser, which removes sensitive data (R10)
 * before any record exists, and hands on what it found: PNR versions (main output), API passenger
 * lists, the push for push compliance, one dead letter per part that could not be read (its bytes
 * redacted), and the journal: the message's receipt and each erasure (types and counts only).
 *
 * <p>Never fails on content: the parser never throws, so a bad message costs a dead letter, not the
 * job. Nothing here is logged: a log line would be one more place for passenger data to leak to.
 */
public final class ParseCarrierMessage extends ProcessFunction<ReceivedMessage, Pnr> {

  private static final long serialVersionUID = 1L;

  private final HashMap<String, String> sensitiveDataPolicy;

  private transient CarrierMessageParser parser;
  private transient SensitiveRedactor redactor;
  private transient Counter messages;
  private transient Counter pnrs;
  private transient Counter apiLists;
  private transient Counter deadLetters;
  private transient Counter erasedElements;

  /** {@code sensitiveDataPolicy}: the {@code piu.sensitive.*} options, see SensitiveDataPolicy. */
  public ParseCarrierMessage(Map<String, String> sensitiveDataPolicy) {
    this.sensitiveDataPolicy = new HashMap<>(sensitiveDataPolicy);
  }

  @Override
  public void open(OpenContext openContext) {
    SensitiveDataPolicy policy = SensitiveDataPolicy.fromProperties(sensitiveDataPolicy);
    parser = new CarrierMessageParser(policy);
    redactor = new SensitiveRedactor(policy);
    var metrics = getRuntimeContext().getMetricGroup();
    messages = metrics.counter("carrierMessages");
    pnrs = metrics.counter("pnrsRead");
    apiLists = metrics.counter("apiListsRead");
    deadLetters = metrics.counter("deadLetters");
    erasedElements = metrics.counter("erasedElements");
  }

  @Override
  public void processElement(ReceivedMessage message, Context ctx, Collector<Pnr> out) {
    messages.inc();
    byte[] payload = DecodeCarrierMessage.bytesOf(message.getPayload());
    ParsedMessage parsed =
        parser.parse(payload, message.getSender(), message.getReceivedAt(), message.getMessageId());
    for (ParsedPnr pnr : parsed.pnrs()) {
      pnrs.inc();
      out.collect(pnr.pnr());
      for (Erasure erasure : pnr.erasures()) {
        erasedElements.inc(erasure.count());
        ctx.output(AUDIT, IngestAuditEvents.erasure(message, pnr.pnr(), erasure));
      }
    }
    byte[] redacted = null;
    for (ParsedApiList list : parsed.apiLists()) {
      for (Erasure erasure : list.erasures()) {
        erasedElements.inc(erasure.count());
        ctx.output(AUDIT, IngestAuditEvents.erasure(message, list, erasure));
      }
      if (list.list().getLegs().isEmpty()) {
        // The API join needs the flight; the parser keys lists by it, so this should not happen.
        redacted = redacted != null ? redacted : redactor.redact(payload);
        RedactedBytes whole = RedactedBytes.part(payload, redacted, 0, payload.length);
        deadLetter(
            ctx,
            IngestDeadLetters.invalid(message, "API list without flight", whole.payload()),
            whole.blankedBytes());
        continue;
      }
      apiLists.inc();
      ctx.output(API_LISTS_READ, list.list());
    }
    for (Rejection rejection : parsed.rejections()) {
      redacted = redacted != null ? redacted : redactor.redact(payload);
      RedactedBytes part =
          RedactedBytes.part(payload, redacted, rejection.fromByte(), rejection.toByte());
      deadLetter(
          ctx, IngestDeadLetters.rejected(message, rejection, part.payload()), part.blankedBytes());
    }
    FlightPushes.of(parsed).ifPresent(push -> ctx.output(PUSHES, push));
    ctx.output(AUDIT, IngestAuditEvents.receipt(message, parsed));
  }

  private void deadLetter(Context ctx, DeadLetter letter, int blankedBytes) {
    deadLetters.inc();
    ctx.output(DEAD_LETTERS, letter);
    if (blankedBytes > 0) {
      ctx.output(
          AUDIT,
          IngestAuditEvents.deadLetterRedaction(
              letter, IngestDeadLetters.idOf(letter), blankedBytes));
    }
  }
}
