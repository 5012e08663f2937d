package eu.piu.screening;

import eu.piu.schema.ChangeOp;
import eu.piu.schema.Hit;
import eu.piu.schema.Pnr;
import eu.piu.schema.Profile;
import eu.piu.schema.WatchlistEntry;
import eu.piu.schema.internal.ReferenceUpdate;
import eu.piu.screening.hits.HitFactory;
import eu.piu.screening.match.ProfileMatcher;
import eu.piu.screening.match.WatchlistIndex;
import eu.piu.screening.match.WatchlistMatch;
import eu.piu.screening.match.WatchlistMatcher;
import eu.piu.screening.names.NameMatchingSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Screens PNR versions against the watchlist entries and profiles it holds. Plain Java: the Flink
 * function keeps one per parallel instance and feeds it the broadcast changes.
 */
public final class Screener {

  private final WatchlistMatcher watchlists;
  private final ProfileMatcher profiles = new ProfileMatcher();

  public Screener(WatchlistMatcher watchlists) {
    this.watchlists = watchlists;
  }

  /** Documents and names matched as the job matches them, with these name settings. */
  public static Screener standard(NameMatchingSettings names) {
    return new Screener(new WatchlistIndex(names));
  }

  public static Screener standard() {
    return standard(NameMatchingSettings.defaults());
  }

  /** A screener holding only this change: to find who a new entry or profile hits. */
  public static Screener ofOnly(ReferenceUpdate update) {
    Screener screener = standard();
    screener.apply(update);
    return screener;
  }

  /**
   * Applies a change; a profile whose rule does not parse throws {@code ProfileRuleException}
   * before anything changes.
   */
  public void apply(ReferenceUpdate update) {
    if (update.getEntry() != null) {
      WatchlistEntry entry = update.getEntry();
      if (entry.getOp() == ChangeOp.DELETE) {
        watchlists.remove(entry.getListId(), entry.getEntryId());
      } else {
        watchlists.upsert(entry);
      }
    } else if (update.getProfile() != null) {
      Profile profile = update.getProfile();
      if (profile.getOp() == ChangeOp.DELETE) {
        profiles.remove(profile.getProfileId());
      } else {
        profiles.upsert(profile);
      }
    }
  }

  public List<Hit> screen(Pnr pnr) {
    List<Hit> hits = new ArrayList<>(0);
    for (PassengerLeg leg : PassengerLegs.of(pnr)) {
      for (WatchlistMatch match : watchlists.match(leg)) {
        hits.add(HitFactory.of(leg, match));
      }
      for (ProfileMatcher.Match match : profiles.match(pnr, leg)) {
        hits.add(HitFactory.of(leg, match));
      }
    }
    return hits;
  }

  public int watchlistEntries() {
    return watchlists.size();
  }

  public int profiles() {
    return profiles.size();
  }
}
