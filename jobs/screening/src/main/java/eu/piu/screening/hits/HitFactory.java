package eu.piu.screening.hits;

import eu.piu.schema.Hit;
import eu.piu.schema.HitKind;
import eu.piu.schema.Profile;
import eu.piu.schema.WatchlistEntry;
import eu.piu.screening.PassengerLeg;
import eu.piu.screening.match.ProfileMatcher;
import eu.piu.screening.match.WatchlistMatch;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Turns matches into hits: who they concern, what matched, and why. */
public final class HitFactory {

  private HitFactory() {}

  public static Hit of(PassengerLeg leg, WatchlistMatch match) {
    WatchlistEntry entry = match.entry();
    return base(leg, HitIds.watchlistSource(entry.getListId(), entry.getEntryId()))
        .setKind(HitKind.WATCHLIST)
        .setServices(
            concerned(entry.getOwningService(), entry.getCommon(), entry.getConcernedServices()))
        .setCommon(entry.getCommon())
        .setListId(entry.getListId())
        .setEntryId(entry.getEntryId())
        .setReferenceVersion(entry.getVersion())
        .setMatchedFields(match.evidence())
        .setReason(match.reason())
        .setScore(match.score())
        .setDetectedAt(later(leg.pushedAt(), entry.getUpdatedAt()))
        .build();
  }

  public static Hit of(PassengerLeg leg, ProfileMatcher.Match match) {
    Profile profile = match.profile();
    return base(leg, HitIds.profileSource(profile.getProfileId()))
        .setKind(HitKind.PROFILE)
        .setServices(
            concerned(
                profile.getOwningServices(), profile.getCommon(), profile.getConcernedServices()))
        .setCommon(profile.getCommon())
        .setProfileId(profile.getProfileId())
        .setReferenceVersion(profile.getVersion())
        .setMatchedFields(match.match().matchedFields())
        .setReason(
            "profile "
                + profile.getProfileId()
                + " v"
                + profile.getVersion()
                + ": "
                + match.match().explanation())
        .setScore(1.0)
        .setDetectedAt(later(leg.pushedAt(), profile.getUpdatedAt()))
        .build();
  }

  /** The services a hit concerns: the owner(s), and for a common list or profile all concerned. */
  static List<String> concerned(String owner, boolean common, Collection<String> concerned) {
    return concerned(List.of(owner), common, concerned);
  }

  static List<String> concerned(
      Collection<String> owners, boolean common, Collection<String> concerned) {
    TreeSet<String> services = new TreeSet<>(owners);
    if (common) {
      services.addAll(concerned);
    }
    return List.copyOf(services);
  }

  private static Hit.Builder base(PassengerLeg leg, String source) {
    return Hit.newBuilder()
        .setHitId(HitIds.hit(leg.passengerLegId(), source))
        .setPnrId(leg.pnrId())
        .setPnrVersion(leg.pnrVersion())
        .setCarrier(leg.carrier())
        .setRecordLocator(leg.recordLocator())
        .setPassengerLegId(leg.passengerLegId())
        .setPassengerId(leg.passenger().getPassengerId())
        .setPersonKey(leg.personKey())
        .setFlightKey(leg.flightKey())
        .setFlight(leg.leg())
        .setSurname(leg.passenger().getSurname())
        .setGivenNames(leg.passenger().getGivenNames())
        .setDateOfBirth(leg.passenger().getDateOfBirth());
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
