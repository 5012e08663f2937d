package eu.piu.ingest.versions;

import eu.piu.connectors.serde.AvroCodec;
import eu.piu.ingest.audit.Digests;
import eu.piu.schema.Pnr;
import eu.piu.schema.PushType;
import java.time.Instant;

/**
 * What a PNR says, without when and how it was pushed: two pushes with the same content hash are
 * the same PNR (an identical re-send), whatever their push time, message, push type (full or
 * changes), the flight they were pushed for (a PNR is pushed once per flight of its itinerary) or
 * the PNRGOV version.
 */
public final class PnrContent {

  private final AvroCodec<Pnr> codec = AvroCodec.of(Pnr.class);

  public String hash(Pnr pnr) {
    Pnr content = ShallowPnr.copyOf(pnr);
    content.setVersion(0);
    content.setPushedAt(Instant.EPOCH);
    content.setSourceMessageId(null);
    content.setPushType(PushType.UNKNOWN);
    content.setPushedFlight(null);
    content.setMessageVersion(null);
    return Digests.of(codec.encode(content));
  }
}
