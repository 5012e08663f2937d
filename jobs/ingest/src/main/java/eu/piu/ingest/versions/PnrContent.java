package eu.piu.ingest.versions;

import eu.piu.connectors.serde.AvroCodec;
import eu.piu.connectors.serde.UndecodableRecordException;
import eu.piu.ingest.audit.Digests;
import eu.piu.schema.Pnr;
import eu.piu.schema.PushType;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;

/**
 * What a PNR says, without when and how it was pushed: two pushes with the same content are the
 * same PNR (an identical re-send), whatever their push time, message, push type (full or changes),
 * the flight they were pushed for (a PNR is pushed once per flight of its itinerary) or the PNRGOV
 * version.
 *
 * <p>The content is kept as bytes (Avro single-object encoding of the PNR with its push metadata
 * blanked): equal bytes are equal content, and the same bytes are what the versions keep, so that a
 * push is encoded once. The push metadata is encoded apart, as a PNR holding nothing else, so that
 * it keeps the contract's types; {@link #joined} puts the two back together.
 */
public final class PnrContent {

  /** A PNR with empty identifiers and lists, every other field at its default. */
  private static final Pnr NOTHING_BUT_PUSH =
      Pnr.newBuilder()
          .setPnrId("")
          .setCarrier("")
          .setRecordLocator("")
          .setVersion(0)
          .setPushType(PushType.UNKNOWN)
          .setPushedAt(Instant.EPOCH)
          .setLegs(List.of())
          .setPassengers(List.of())
          .build();

  private final AvroCodec<Pnr> codec = AvroCodec.of(Pnr.class);

  /** The PNR's content, encoded. */
  public byte[] of(Pnr pnr) {
    Pnr content = ShallowPnr.copyOf(pnr);
    content.setVersion(0);
    content.setPushedAt(Instant.EPOCH);
    content.setSourceMessageId(null);
    content.setPushType(PushType.UNKNOWN);
    content.setPushedFlight(null);
    content.setMessageVersion(null);
    return codec.encode(content);
  }

  /** The PNR's push metadata, encoded. */
  public byte[] pushOf(Pnr pnr) {
    Pnr push = ShallowPnr.copyOf(NOTHING_BUT_PUSH);
    push.setVersion(pnr.getVersion());
    push.setPushedAt(pnr.getPushedAt());
    push.setSourceMessageId(pnr.getSourceMessageId());
    push.setPushType(pnr.getPushType());
    push.setPushedFlight(pnr.getPushedFlight());
    push.setMessageVersion(pnr.getMessageVersion());
    return codec.encode(push);
  }

  /** The PNR whose content and push metadata these are. */
  public Pnr joined(ByteBuffer content, ByteBuffer push) {
    Pnr pnr = decode(content);
    Pnr metadata = decode(push);
    pnr.setVersion(metadata.getVersion());
    pnr.setPushedAt(metadata.getPushedAt());
    pnr.setSourceMessageId(metadata.getSourceMessageId());
    pnr.setPushType(metadata.getPushType());
    pnr.setPushedFlight(metadata.getPushedFlight());
    pnr.setMessageVersion(metadata.getMessageVersion());
    return pnr;
  }

  /** Hash of encoded content: equal hashes, same content. */
  public static String hash(byte[] content) {
    return Digests.of(content);
  }

  private Pnr decode(ByteBuffer bytes) {
    ByteBuffer view = bytes.duplicate();
    byte[] array = new byte[view.remaining()];
    view.get(array);
    try {
      return codec.decode(array);
    } catch (UndecodableRecordException e) {
      // Written by this job from a record it had encoded: only a corrupt state gets here.
      throw new IllegalStateException("kept PNR unreadable", e);
    }
  }
}
