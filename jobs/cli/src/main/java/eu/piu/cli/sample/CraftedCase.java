package eu.piu.cli.sample;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The passengers the sample feed crafts to hit, one PNR each, and the hits each must raise (one per
 * screened passenger leg; every crafted PNR has one leg). Every other passenger of the feed hits
 * nothing, so these are all the hits the demo expects.
 */
public enum CraftedCase {
  DOCUMENT("document number on the POLICE list", List.of(Set.of(Services.POLICE))),
  NAME_AND_DATE_OF_BIRTH(
      "exact name and year of birth on the VSSE list", List.of(Set.of(Services.VSSE))),
  PROFILE(
      "CUSTOMS profile: from IST or DXB, booked less than 48 h ahead",
      List.of(Set.of(Services.CUSTOMS))),
  TWO_SERVICES_LISTS(
      "POLICE list (document) and VSSE list (name + date of birth): a multiple hit",
      List.of(Set.of(Services.POLICE), Set.of(Services.VSSE))),
  LIST_AND_PROFILE(
      "POLICE list (document) and CUSTOMS profile: a multiple hit",
      List.of(Set.of(Services.POLICE), Set.of(Services.CUSTOMS))),
  COMMON_LIST(
      "common FTF list: one hit for POLICE, VSSE and CUSTOMS",
      List.of(Set.of(Services.POLICE, Services.VSSE, Services.CUSTOMS)));

  /** The services the sample data uses; the job must be configured with them (piu.services). */
  public static final class Services {
    public static final String POLICE = "POLICE";
    public static final String VSSE = "VSSE";
    public static final String CUSTOMS = "CUSTOMS";

    private Services() {}
  }

  private final String description;
  private final List<Set<String>> hits;

  CraftedCase(String description, List<Set<String>> hits) {
    this.description = description;
    this.hits = hits;
  }

  public String description() {
    return description;
  }

  /** The services of each hit this case raises. */
  public List<Set<String>> hits() {
    return hits;
  }

  /** Every service hit on this person and flight. */
  public Set<String> services() {
    TreeSet<String> all = new TreeSet<>();
    hits.forEach(all::addAll);
    return all;
  }

  /** A hit on a common list: one hit concerning several services. */
  public boolean common() {
    return this == COMMON_LIST;
  }

  /** Several services' own lists or profiles hit the same person on the same flight (RD art. 8). */
  public boolean multipleThroughSeveralServices() {
    return hits.size() > 1;
  }
}
