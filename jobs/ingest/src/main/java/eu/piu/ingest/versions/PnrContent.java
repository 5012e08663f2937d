package eu.piu.ingest.versions;

import eu.piu.connectors.serde.AvroCodec;
import eu.piu.ingest.audit.Digests;
import eu.piu.schema.Pnr;
import eu.piu.schema.PushType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.avro.Schema;

/**
 * What a PNR says, without when and how it was pushed: two pushes with the same content hash are
 * the same PNR (an identical re-send), whatever their push time, message, push type (full or
 * changes), the flight they were pushed for (a PNR is pushed once per flight of its itinerary) or
 * the PNRGOV version.
 *
 * <p>The hash is that of the PNR's Avro single-object encoding with the push metadata blanked.
 * {@link PnrEncoding} computes the same hash while encoding a PNR; this is the definition.
 */
public final class PnrContent {

  /** The push metadata, as Pnr field names. */
  static final Set<String> PUSH_FIELDS =
      Set.of(
          "version", "pushedAt", "sourceMessageId", "pushType", "pushedFlight", "messageVersion");

  /**
   * A PNR with empty identifiers and lists, every other field at its default: its push metadata is
   * what the content hash puts in place of a PNR's.
   */
  static final Pnr EMPTY =
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

  public String hash(Pnr pnr) {
    return Digests.of(codec.encode(blanked(pnr)));
  }

  /** A copy of the PNR with its push metadata blanked. */
  static Pnr blanked(Pnr pnr) {
    Pnr content = ShallowPnr.copyOf(pnr);
    for (Schema.Field field : Pnr.getClassSchema().getFields()) {
      if (PUSH_FIELDS.contains(field.name())) {
        content.put(field.pos(), EMPTY.get(field.pos()));
      }
    }
    return content;
  }
}
