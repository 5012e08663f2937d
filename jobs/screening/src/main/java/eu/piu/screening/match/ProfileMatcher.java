package eu.piu.screening.match;

import eu.piu.schema.Pnr;
import eu.piu.schema.Profile;
import eu.piu.screening.PassengerLeg;
import eu.piu.screening.profile.ProfileMatch;
import eu.piu.screening.profile.ProfileRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The profiles in force, each parsed once. Profiles are few (tens to hundreds of explicit criteria)
 * so every one is evaluated for every passenger leg.
 */
public final class ProfileMatcher {

  /** A profile that matched, with the rule's explanation. */
  public record Match(Profile profile, ProfileMatch match) {}

  private record Compiled(Profile profile, ProfileRule rule) {}

  // Sorted so that every parallel instance evaluates, and emits, in the same order.
  private final Map<String, Compiled> profiles = new TreeMap<>();

  /** Parses and installs the profile; throws {@code ProfileRuleException} if the rule is bad. */
  public void upsert(Profile profile) {
    profiles.put(
        profile.getProfileId(), new Compiled(profile, ProfileRule.parse(profile.getRule())));
  }

  public void remove(String profileId) {
    profiles.remove(profileId);
  }

  public int size() {
    return profiles.size();
  }

  /** Every profile that {@code leg}, a passenger leg of {@code pnr}, satisfies. */
  public List<Match> match(Pnr pnr, PassengerLeg leg) {
    List<Match> matches = new ArrayList<>(0);
    for (Compiled compiled : profiles.values()) {
      compiled
          .rule()
          .evaluate(pnr, leg.passenger(), leg.legIndex())
          .ifPresent(match -> matches.add(new Match(compiled.profile(), match)));
    }
    return matches;
  }
}
