package eu.piu.screening.match;

import eu.piu.schema.MatchedField;
import eu.piu.schema.WatchlistEntry;
import java.util.List;

/** A watchlist entry that matched a passenger leg, with the evidence. */
public record WatchlistMatch(
    WatchlistEntry entry, List<MatchedField> evidence, String reason, double score) {}
