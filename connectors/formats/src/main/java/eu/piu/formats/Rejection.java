package eu.piu.formats;

/**
 * Part of a message that could not be turned into a record: a whole message, or one PNR of an
 * interchange (the others are kept). Holds where and why, never content: the job dead-letters the
 * raw bytes {@code [fromByte, toByte)} of the payload with this position and reason.
 *
 * @param scope what was lost
 * @param segmentTag tag of the segment where reading stopped, when it is a known segment
 * @param segmentIndex ordinal of that segment in the payload (from 0), -1 when none
 * @param bytePosition offset of that segment in the payload
 * @param reason what was wrong, in words about structure only
 * @param recordLocator locator of a rejected PNR when it was read before the problem, else null
 * @param fromByte first byte of the rejected part
 * @param toByte end (exclusive) of the rejected part
 */
public record Rejection(
    Scope scope,
    String segmentTag,
    int segmentIndex,
    int bytePosition,
    String reason,
    String recordLocator,
    int fromByte,
    int toByte) {

  /** What a rejection covers. */
  public enum Scope {
    MESSAGE,
    PNR,
    API_LIST
  }

  /** Position for a dead letter: {@code segment TIF #12 at byte 345}. */
  public String position() {
    return segmentIndex < 0
        ? "byte " + bytePosition
        : "segment " + segmentTag + " #" + segmentIndex + " at byte " + bytePosition;
  }
}
