package eu.piu.connectors.serde;

/**
 * A payload that is not a readable record of the expected contract; carries a reason for humans.
 */
public final class UndecodableRecordException extends Exception {

  public UndecodableRecordException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
