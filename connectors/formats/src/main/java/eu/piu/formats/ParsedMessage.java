package eu.piu.formats;

import eu.piu.schema.FlightLeg;
import eu.piu.schema.MessageFormat;
import eu.piu.schema.PushType;
import java.time.Instant;
import java.util.List;

/**
 * Everything read from one carrier message: its PNRs or API lists, what could not be read, and
 * facts about the push itself (for push-compliance reporting).
 *
 * <p>Every message yields at least one PNR, API list or rejection, except an explicitly empty
 * PNRGOV push ({@code EQN+0}), see {@link #isEmptyPush()}.
 *
 * @param carrier the pushing carrier as far as the message tells, else the sender
 * @param pushedAt when the carrier made the push (UNB/UNG time), else when it was received
 * @param pushedFlight the flight pushed for (PNRGOV level-0 TVL, first PAXLST leg), or null
 * @param declaredPnrCount the PNR count the message announces (EQN), or null
 * @param notes quirks met and how they were handled, never content
 */
public record ParsedMessage(
    String messageId,
    MessageFormat format,
    String carrier,
    Instant pushedAt,
    PushType pushType,
    FlightLeg pushedFlight,
    Integer declaredPnrCount,
    List<ParsedPnr> pnrs,
    List<ParsedApiList> apiLists,
    List<Rejection> rejections,
    List<String> notes) {

  public ParsedMessage {
    pnrs = List.copyOf(pnrs);
    apiLists = List.copyOf(apiLists);
    rejections = List.copyOf(rejections);
    notes = List.copyOf(notes);
  }

  /** A PNRGOV push announcing no PNR at all: nothing to keep, nothing wrong. */
  public boolean isEmptyPush() {
    return pnrs.isEmpty()
        && apiLists.isEmpty()
        && rejections.isEmpty()
        && declaredPnrCount != null
        && declaredPnrCount == 0;
  }

  /** True when the message as a whole could not be read. */
  public boolean isRejectedWhole() {
    return rejections.stream().anyMatch(r -> r.scope() == Rejection.Scope.MESSAGE);
  }

  /** Passengers over every PNR. */
  public int passengerCount() {
    int n = 0;
    for (ParsedPnr p : pnrs) {
      n += p.pnr().getPassengers().size();
    }
    return n;
  }
}
