package eu.piu.screening.names;

import java.util.List;

/**
 * A watchlist entry's person as the pure scorer sees it: one or more names (the first primary, the
 * rest aliases), dates of birth ("YYYY-MM-DD" or "YYYY"), nationalities and gender.
 */
public record ListedPerson(
    List<String> names, List<String> datesOfBirth, List<String> nationalities, String gender) {

  public ListedPerson {
    names = List.copyOf(names);
    datesOfBirth = datesOfBirth == null ? List.of() : List.copyOf(datesOfBirth);
    nationalities = nationalities == null ? List.of() : List.copyOf(nationalities);
  }

  public static ListedPerson named(String name) {
    return new ListedPerson(List.of(name), List.of(), List.of(), null);
  }
}
