package eu.piu.formats;

import eu.piu.schema.Pnr;
import java.util.List;

/**
 * One PNR read from a PNRGOV message: the record (sensitive data already removed), what was erased
 * from it for the journal, and notes about quirks met (never content).
 *
 * @param fromByte first byte of this PNR in the payload (its SRC)
 * @param toByte end (exclusive) of this PNR in the payload
 */
public record ParsedPnr(
    Pnr pnr, List<Erasure> erasures, List<String> notes, int fromByte, int toByte) {

  public ParsedPnr {
    erasures = List.copyOf(erasures);
    notes = List.copyOf(notes);
  }
}
