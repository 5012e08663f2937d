package eu.piu.formats.edifact;

import java.nio.charset.Charset;
import java.util.BitSet;
import java.util.Optional;

/**
 * Which transfers of a multi-part message a payload holds, from the status of the transfer in its
 * UNH ({@code UNH+REF+PNRGOV:13:1:IA+ACCESS+SEQ:C}: sequence number, {@code C} for the first of
 * several, {@code F} for the final one). A carrier may split a large push into several parts sent
 * one by one; a PNR may run from one part into the next, so the parts are read together, in order.
 *
 * <p>A payload is a part still waiting for others when it announces more to come (a first part
 * {@code C} without its final part) or continues an earlier one (its lowest sequence is 2 or more);
 * a message with no status, or with all its parts from 1 to the final one, stands alone.
 *
 * @param reference the common access reference (UNH element 3) that the parts share
 * @param parts the sequence numbers present in this payload
 * @param finalPart the sequence number marked final, or 0 when none is here
 */
public record TransferParts(String reference, BitSet parts, int finalPart) {

  private static final int MAX_PARTS = 999;

  /** The multi-part status of {@code payload}, or empty when it stands alone. */
  public static Optional<TransferParts> of(byte[] payload) {
    if (payload == null || payload.length == 0) {
      return Optional.empty();
    }
    Charset charset = SegmentReader.charsetFor(payload, 0, payload.length);
    SyntaxSetup setup = ServiceStringAdvice.read(payload, 0, payload.length);
    SegmentReader r =
        new SegmentReader(payload, setup.bodyStart(), payload.length, setup.separators(), charset);
    String reference = null;
    BitSet parts = new BitSet();
    int finalPart = 0;
    boolean announcesMore = false;
    while (r.next()) {
      if (r.tag() != Tags.UNH) {
        continue;
      }
      String sequence = r.text(4, 0);
      if (sequence == null || sequence.length() > 3 || !EdifactDates.digits(sequence)) {
        continue;
      }
      int part = Integer.parseInt(sequence);
      if (part < 1 || part > MAX_PARTS) {
        continue;
      }
      if (reference == null) {
        reference = r.text(3, 0);
      }
      parts.set(part);
      String status = r.text(4, 1);
      if ("F".equals(status)) {
        finalPart = Math.max(finalPart, part);
      } else if ("C".equals(status)) {
        announcesMore = true;
      }
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    TransferParts found = new TransferParts(reference == null ? "" : reference, parts, finalPart);
    boolean waiting = (announcesMore && finalPart == 0) || parts.nextSetBit(0) >= 2;
    return waiting && !found.complete() ? Optional.of(found) : Optional.empty();
  }

  /** Whether parts 1 to the final one are all here. */
  public boolean complete() {
    return finalPart > 0 && parts.nextClearBit(1) > finalPart;
  }

  /** These parts together with {@code other}'s, as one status. */
  public TransferParts with(TransferParts other) {
    BitSet union = (BitSet) parts.clone();
    union.or(other.parts);
    return new TransferParts(reference, union, Math.max(finalPart, other.finalPart));
  }
}
