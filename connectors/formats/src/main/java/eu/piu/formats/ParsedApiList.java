package eu.piu.formats;

import eu.piu.schema.ApiPassengerList;
import java.util.List;

/** One API passenger list read from a PAXLST message, with what was erased and notes. */
public record ParsedApiList(ApiPassengerList list, List<Erasure> erasures, List<String> notes) {

  public ParsedApiList {
    erasures = List.copyOf(erasures);
    notes = List.copyOf(notes);
  }
}
