package eu.piu.ingest.message;

import eu.piu.connectors.deadletter.DeadLetters;
import eu.piu.formats.Rejection;
import eu.piu.ingest.audit.IngestAuditEvents;
import eu.piu.ingest.internal.ReceivedMessage;
import eu.piu.schema.DeadLetter;
import eu.piu.schema.internal.SourceRecord;
import java.nio.ByteBuffer;

/**
 * Dead letters of the ingestion job. One carrier message can yield several (one per PNR that could
 * not be read), so their id adds the position in the payload to the Kafka origin.
 */
public final class IngestDeadLetters {

  private IngestDeadLetters() {}

  /** Stable id: a replay of the same record yields the same one, two rejections two ids. */
  public static String idOf(DeadLetter letter) {
    return letter.getPosition() == null
        ? DeadLetters.idOf(letter)
        : DeadLetters.idOf(letter) + "@" + letter.getPosition();
  }

  /** A Kafka record that is not a CarrierMessage; its bytes already redacted. */
  public static DeadLetter undecodable(SourceRecord record, byte[] redacted, String reason) {
    DeadLetter letter =
        DeadLetters.of(record, IngestAuditEvents.JOB, DeadLetters.DESERIALIZATION, reason);
    letter.setPayload(redacted == null ? null : ByteBuffer.wrap(redacted));
    return letter;
  }

  /**
   * A message, PNR or API list that could not be read: its redacted bytes, where reading stopped
   * and why. A whole message could not be read at all (DESERIALIZATION); a PNR or API list broke a
   * rule of its format (VALIDATION) while the rest of the message was kept.
   */
  public static DeadLetter rejected(ReceivedMessage message, Rejection rejection, byte[] part) {
    boolean whole = rejection.scope() == Rejection.Scope.MESSAGE;
    DeadLetter letter =
        DeadLetters.of(
            originOf(message),
            IngestAuditEvents.JOB,
            whole ? DeadLetters.DESERIALIZATION : DeadLetters.VALIDATION,
            label(rejection.scope()) + " not read: " + rejection.reason());
    letter.setPayload(ByteBuffer.wrap(part));
    letter.setPosition(rejection.position());
    return letter;
  }

  /** A rule of this job broken by something the parser returned (e.g. an API list without legs). */
  public static DeadLetter invalid(ReceivedMessage message, String reason, byte[] redacted) {
    DeadLetter letter =
        DeadLetters.of(originOf(message), IngestAuditEvents.JOB, DeadLetters.VALIDATION, reason);
    letter.setPayload(ByteBuffer.wrap(redacted));
    return letter;
  }

  private static String label(Rejection.Scope scope) {
    return switch (scope) {
      case MESSAGE -> "message";
      case PNR -> "PNR";
      case API_LIST -> "API list";
    };
  }

  /** The Kafka record a message came from, without its value (never needed again). */
  private static SourceRecord originOf(ReceivedMessage message) {
    return SourceRecord.newBuilder()
        .setTopic(message.getTopic())
        .setPartition(message.getPartition())
        .setOffset(message.getOffset())
        .setTimestamp(message.getKafkaTimestamp())
        .setKey(message.getKey())
        .setValue(null)
        .build();
  }
}
