package eu.piu.formats.edifact;

/**
 * Reads the segments of one message type between the service segments. Implementations catch their
 * own problems: one bad PNR or traveller never stops the others.
 */
public interface BodyHandler {

  /** A {@code UNH} opened a message of this handler's type. */
  void startMessage(SegmentReader unh);

  /** A segment between UNH and UNT (or of a message that lacks them). */
  void segment(SegmentReader r);

  /** A {@code UNT} closed the message, or the payload ended without one. */
  void endMessage(SegmentReader r);

  /** The payload ended: finish whatever is pending. */
  void finish(int payloadEnd);
}
