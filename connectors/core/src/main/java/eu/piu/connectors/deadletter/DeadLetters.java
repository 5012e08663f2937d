package eu.piu.connectors.deadletter;

import eu.piu.schema.DeadLetter;
import eu.piu.schema.internal.SourceRecord;

/** Builds dead letters that keep a record's raw bytes and origin with the reason. */
public final class DeadLetters {

  public static final String DESERIALIZATION = "DESERIALIZATION";
  public static final String VALIDATION = "VALIDATION";

  private DeadLetters() {}

  public static DeadLetter of(SourceRecord record, String job, String errorType, String reason) {
    return DeadLetter.newBuilder()
        .setJob(job)
        .setSourceTopic(record.getTopic())
        .setSourcePartition(record.getPartition())
        .setSourceOffset(record.getOffset())
        .setSourceTimestamp(
            record.getTimestamp() < 0
                ? null
                : java.time.Instant.ofEpochMilli(record.getTimestamp()))
        .setKey(record.getKey())
        .setPayload(record.getValue())
        .setErrorType(errorType)
        .setReason(reason)
        .build();
  }

  /** Stable id of a dead letter: a replay of the same record yields the same one. */
  public static String idOf(DeadLetter letter) {
    return letter.getJob()
        + "/"
        + letter.getSourceTopic()
        + "/"
        + letter.getSourcePartition()
        + "/"
        + letter.getSourceOffset();
  }
}
