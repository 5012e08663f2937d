package eu.piu.screening.match;

import eu.piu.schema.WatchlistEntry;
import eu.piu.screening.PassengerLeg;
import java.util.List;

/**
 * Matches passenger legs against the watchlists it holds. Implementations keep an index that is
 * updated entry by entry; {@link #match} must never scan the whole list.
 */
public interface WatchlistMatcher {

  /** Adds or replaces the entry with the same list and entry id. */
  void upsert(WatchlistEntry entry);

  void remove(String listId, String entryId);

  List<WatchlistMatch> match(PassengerLeg leg);

  int size();
}
