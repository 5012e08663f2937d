package eu.piu.formats.json;

import eu.piu.formats.Erasure;
import eu.piu.formats.ParsedApiList;
import eu.piu.formats.ParsedMessage;
import eu.piu.formats.ParsedPnr;
import eu.piu.formats.Rejection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts over parsed messages for an operator checking a carrier's feed: messages, PNRs,
 * passengers, legs, API lists, rejects by reason, erasures by type. Holds no content.
 */
public final class ParseSummary {

  private int messages;
  private int pnrMessages;
  private int apiMessages;
  private int emptyPushes;
  private int pnrs;
  private int passengers;
  private int legs;
  private int apiLists;
  private int apiPassengers;
  private int apiLegs;
  private int rejectedMessages;
  private int rejectedParts;
  private final Map<String, Integer> rejectReasons = new TreeMap<>();
  private final Map<String, Integer> erasures = new TreeMap<>();
  private final Map<String, Integer> notes = new TreeMap<>();

  public synchronized void add(ParsedMessage m) {
    messages++;
    switch (m.format()) {
      case PNRGOV -> pnrMessages++;
      case PAXLST -> apiMessages++;
      default -> {}
    }
    if (m.isEmptyPush()) {
      emptyPushes++;
    }
    for (ParsedPnr p : m.pnrs()) {
      pnrs++;
      passengers += p.pnr().getPassengers().size();
      legs += p.pnr().getLegs().size();
      count(p.erasures());
      p.notes().forEach(n -> notes.merge(n, 1, Integer::sum));
    }
    for (ParsedApiList l : m.apiLists()) {
      apiLists++;
      apiPassengers += l.list().getPassengers().size();
      apiLegs += l.list().getLegs().size();
      count(l.erasures());
      l.notes().forEach(n -> notes.merge(n, 1, Integer::sum));
    }
    for (Rejection r : m.rejections()) {
      if (r.scope() == Rejection.Scope.MESSAGE) {
        rejectedMessages++;
      } else {
        rejectedParts++;
      }
      rejectReasons.merge(r.scope() + ": " + r.reason(), 1, Integer::sum);
    }
    m.notes().forEach(n -> notes.merge(n, 1, Integer::sum));
  }

  private void count(Iterable<Erasure> list) {
    for (Erasure e : list) {
      erasures.merge(e.elementType(), e.count(), Integer::sum);
    }
  }

  public synchronized int messages() {
    return messages;
  }

  public synchronized int pnrs() {
    return pnrs;
  }

  public synchronized int passengers() {
    return passengers;
  }

  public synchronized int legs() {
    return legs;
  }

  public synchronized int apiLists() {
    return apiLists;
  }

  public synchronized int apiPassengers() {
    return apiPassengers;
  }

  public synchronized int rejects() {
    return rejectedMessages + rejectedParts;
  }

  public synchronized Map<String, Integer> rejectReasons() {
    return Map.copyOf(rejectReasons);
  }

  public synchronized Map<String, Integer> erasures() {
    return Map.copyOf(erasures);
  }

  /** Lines for standard error. */
  public synchronized String render() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            "messages: %d (PNRGOV %d, PAXLST %d, empty pushes %d)%n",
            messages, pnrMessages, apiMessages, emptyPushes));
    sb.append(String.format("PNRs: %d, passengers: %d, legs: %d%n", pnrs, passengers, legs));
    sb.append(
        String.format(
            "API lists: %d, API passengers: %d, API legs: %d%n", apiLists, apiPassengers, apiLegs));
    sb.append(
        String.format(
            "rejects: %d (whole messages %d, PNRs or API lists %d)%n",
            rejectedMessages + rejectedParts, rejectedMessages, rejectedParts));
    rejectReasons.forEach((k, v) -> sb.append(String.format("  %6d  %s%n", v, k)));
    if (!erasures.isEmpty()) {
      sb.append("erased (R10):\n");
      erasures.forEach((k, v) -> sb.append(String.format("  %6d  %s%n", v, k)));
    }
    if (!notes.isEmpty()) {
      sb.append("notes:\n");
      notes.forEach((k, v) -> sb.append(String.format("  %6d  %s%n", v, k)));
    }
    return sb.toString();
  }
}
