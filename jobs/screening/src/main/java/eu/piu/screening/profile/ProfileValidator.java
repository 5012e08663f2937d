package eu.piu.screening.profile;

import eu.piu.schema.ChangeOp;
import eu.piu.schema.Profile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a profile change before it is applied: an invalid criterion must be refused (and
 * journaled) rather than half-applied or silently never matching.
 */
public final class ProfileValidator {

  /** What is wrong with the change; empty when it can be applied. */
  public List<String> problems(Profile profile) {
    List<String> problems = new ArrayList<>();
    if (profile == null) {
      problems.add("profile is missing");
      return problems;
    }
    if (isBlank(profile.getProfileId())) {
      problems.add("profileId is blank");
    }
    if (profile.getOp() == null) {
      problems.add("op is missing");
      return problems;
    }
    if (profile.getOp() == ChangeOp.DELETE) {
      // A delete carries only the key: the rest of the record may be empty.
      return problems;
    }
    checkRule(profile.getRule(), problems);
    if (isBlank(profile.getPurpose())) {
      problems.add("purpose is blank (R15: a criterion is targeted at a stated purpose)");
    }
    checkServices(profile, problems);
    if (profile.getReviewDate() == null) {
      problems.add("reviewDate is missing (R15: criteria are regularly reviewed)");
    }
    return problems;
  }

  private static void checkRule(String rule, List<String> problems) {
    if (isBlank(rule)) {
      problems.add("rule is blank");
      return;
    }
    try {
      ProfileRule.parse(rule);
    } catch (ProfileRuleException e) {
      problems.add("rule " + e.reason() + " " + e.getMessage());
    }
  }

  private static void checkServices(Profile profile, List<String> problems) {
    Set<String> owning = services(profile.getOwningServices());
    if (owning.isEmpty()) {
      problems.add("owningServices is empty");
    }
    if (profile.getCommon()) {
      Set<String> concerned = services(profile.getConcernedServices());
      if (concerned.size() < 2) {
        problems.add(
            "a common profile needs at least 2 concernedServices, has " + concerned.size());
      }
    }
  }

  /** Distinct non-blank names: a list of one service twice does not make a common profile. */
  private static Set<String> services(List<String> names) {
    Set<String> services = new HashSet<>();
    if (names != null) {
      for (String name : names) {
        if (!isBlank(name)) {
          services.add(name.trim());
        }
      }
    }
    return services;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
