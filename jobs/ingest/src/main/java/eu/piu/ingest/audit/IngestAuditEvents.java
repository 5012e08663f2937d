package eu.piu.ingest.audit;

import eu.piu.formats.Erasure;
import eu.piu.formats.ParsedApiList;
import eu.piu.formats.ParsedMessage;
import eu.piu.formats.ParsedPnr;
import eu.piu.ingest.internal.EncodedPnr;
import eu.piu.ingest.internal.ReceivedMessage;
import eu.piu.schema.AuditEvent;
import eu.piu.schema.AuditEventType;
import eu.piu.schema.DeadLetter;
import eu.piu.schema.Pnr;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The journal entries the ingestion job writes (Directive art. 13(6)): identifiers, codes and
 * counts only, never names, documents or free text. Ids and times derive from the facts, so a
 * replay writes the same entries.
 *
 * <p>The collection of each accepted PNR version is journaled by the screening job (COLLECTION,
 * subject PNR); this job journals the <em>receipt of the message</em> instead, as COLLECTION with
 * subject type MESSAGE: the data was collected from the carrier, whatever became of it.
 */
public final class IngestAuditEvents {

  public static final String JOB = "ingest";
  private static final String ACTOR = "system:" + JOB;
  private static final String COLLECTION_PURPOSE =
      "receipt of carrier data (Directive 2016/681 art. 8; law 25-12-2016)";
  private static final String ERASURE_PURPOSE =
      "sensitive data deleted on receipt (Directive 2016/681 arts. 6(4), 13(4))";

  private IngestAuditEvents() {}

  /** The receipt of one carrier message, with what was read from it (counts only). */
  public static AuditEvent receipt(ReceivedMessage message, ParsedMessage parsed) {
    Map<String, String> details = origin(message);
    details.put("format", parsed.format().name());
    details.put("carrier", String.valueOf(parsed.carrier()));
    details.put("sender", message.getSender());
    details.put("pushType", parsed.pushType().name());
    details.put("pushedAt", String.valueOf(parsed.pushedAt()));
    details.put("pnrs", String.valueOf(parsed.pnrs().size()));
    details.put("passengers", String.valueOf(parsed.passengerCount()));
    details.put("apiLists", String.valueOf(parsed.apiLists().size()));
    details.put("rejections", String.valueOf(parsed.rejections().size()));
    details.put("erasedElements", String.valueOf(erasedElements(parsed)));
    return event(AuditEventType.COLLECTION, "MESSAGE", message.getMessageId(), message)
        .setEventId(id("receipt", originKey(message)))
        .setPurpose(COLLECTION_PURPOSE)
        .setDetails(details)
        .build();
  }

  /** One type of sensitive element removed from a PNR before anything was kept. */
  public static AuditEvent erasure(ReceivedMessage message, Pnr pnr, Erasure erasure) {
    Map<String, String> details = erasureDetails(message, erasure);
    details.put("pnrVersion", String.valueOf(pnr.getVersion()));
    details.put("carrier", pnr.getCarrier());
    return event(AuditEventType.ERASURE, "PNR", pnr.getPnrId(), message)
        .setEventId(id("erasure", originKey(message), pnr.getPnrId(), erasure.elementType()))
        .setPurpose(ERASURE_PURPOSE)
        .setDetails(details)
        .build();
  }

  /** One type of sensitive element removed from an API list before anything was kept. */
  public static AuditEvent erasure(ReceivedMessage message, ParsedApiList list, Erasure erasure) {
    Map<String, String> details = erasureDetails(message, erasure);
    details.put("listVersion", String.valueOf(list.list().getVersion()));
    details.put("carrier", list.list().getCarrier());
    String listId = list.list().getListId();
    return event(AuditEventType.ERASURE, "API_LIST", listId, message)
        .setEventId(id("erasure", originKey(message), listId, erasure.elementType()))
        .setPurpose(ERASURE_PURPOSE)
        .setDetails(details)
        .build();
  }

  /**
   * Sensitive segments blanked in the bytes of a dead letter: the part that could not be read is
   * kept for the operators, without what R10 forbids to keep.
   */
  public static AuditEvent deadLetterRedaction(
      DeadLetter letter, String deadLetterId, int blankedBytes) {
    Instant at = letter.getSourceTimestamp() == null ? Instant.EPOCH : letter.getSourceTimestamp();
    Map<String, String> details = new LinkedHashMap<>();
    details.put("elementType", "DEAD_LETTER:SENSITIVE_SEGMENTS");
    details.put("blankedBytes", String.valueOf(blankedBytes));
    details.put("sourceTopic", letter.getSourceTopic());
    details.put("sourcePartition", String.valueOf(letter.getSourcePartition()));
    details.put("sourceOffset", String.valueOf(letter.getSourceOffset()));
    return AuditEvent.newBuilder()
        .setType(AuditEventType.ERASURE)
        .setJob(JOB)
        .setActor(ACTOR)
        .setSubjectType("MESSAGE")
        .setSubjectId(deadLetterId)
        .setOccurredAt(at)
        .setEventId(id("redaction", deadLetterId))
        .setPurpose(ERASURE_PURPOSE)
        .setDetails(details)
        .build();
  }

  /** A push that repeats the PNR's current content: dropped, not a new version. */
  public static AuditEvent identicalResend(EncodedPnr resent, long currentVersion) {
    return AuditEvent.newBuilder()
        .setType(AuditEventType.OTHER)
        .setJob(JOB)
        .setActor(ACTOR)
        .setSubjectType("PNR")
        .setSubjectId(resent.getPnrId())
        .setOccurredAt(resent.getPushedAt())
        .setEventId(
            id(
                "identical-resend",
                resent.getPnrId(),
                String.valueOf(resent.getVersion()),
                String.valueOf(resent.getSourceMessageId())))
        .setPurpose("identical re-send of a PNR dropped (R1: only changes make a new version)")
        .setDetails(
            Map.of(
                "outcome", "IDENTICAL_RESEND_DROPPED",
                "resentVersion", String.valueOf(resent.getVersion()),
                "currentVersion", String.valueOf(currentVersion),
                "messageId", String.valueOf(resent.getSourceMessageId())))
        .build();
  }

  /** A dead letter: where it came from and why, never its bytes. */
  public static AuditEvent deadLetter(DeadLetter letter, String deadLetterId) {
    Instant at = letter.getSourceTimestamp() == null ? Instant.EPOCH : letter.getSourceTimestamp();
    Map<String, String> details = new LinkedHashMap<>();
    details.put("errorType", letter.getErrorType());
    details.put("sourceTopic", letter.getSourceTopic());
    details.put("sourcePartition", String.valueOf(letter.getSourcePartition()));
    details.put("sourceOffset", String.valueOf(letter.getSourceOffset()));
    if (letter.getPosition() != null) {
      details.put("position", letter.getPosition());
    }
    return AuditEvent.newBuilder()
        .setType(AuditEventType.DEAD_LETTER)
        .setJob(JOB)
        .setActor(ACTOR)
        .setSubjectType("MESSAGE")
        .setSubjectId(deadLetterId)
        .setOccurredAt(at)
        .setEventId(id("dead-letter", deadLetterId))
        .setDetails(details)
        .build();
  }

  private static Map<String, String> erasureDetails(ReceivedMessage message, Erasure erasure) {
    Map<String, String> details = origin(message);
    details.put("elementType", erasure.elementType());
    details.put("count", String.valueOf(erasure.count()));
    details.put("messageId", message.getMessageId());
    return details;
  }

  private static int erasedElements(ParsedMessage parsed) {
    int n = 0;
    for (ParsedPnr p : parsed.pnrs()) {
      for (Erasure e : p.erasures()) {
        n += e.count();
      }
    }
    for (ParsedApiList l : parsed.apiLists()) {
      for (Erasure e : l.erasures()) {
        n += e.count();
      }
    }
    return n;
  }

  private static Map<String, String> origin(ReceivedMessage message) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("sourceTopic", message.getTopic());
    details.put("sourcePartition", String.valueOf(message.getPartition()));
    details.put("sourceOffset", String.valueOf(message.getOffset()));
    return details;
  }

  /** A Kafka record is received once; its replay after a restart is the same receipt. */
  private static String originKey(ReceivedMessage message) {
    return message.getTopic() + "/" + message.getPartition() + "/" + message.getOffset();
  }

  private static AuditEvent.Builder event(
      AuditEventType type, String subjectType, String subjectId, ReceivedMessage message) {
    return AuditEvent.newBuilder()
        .setType(type)
        .setJob(JOB)
        .setActor(ACTOR)
        .setSubjectType(subjectType)
        .setSubjectId(subjectId)
        .setOccurredAt(message.getReceivedAt());
  }

  private static String id(String... parts) {
    return "a-" + Digests.of(parts);
  }
}
