package eu.piu.screening.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Names the catalogue fields an unknown name was probably meant to be. */
final class FieldSuggestions {

  private static final int MAX_SUGGESTIONS = 5;

  private FieldSuggestions() {}

  static String unknownFieldMessage(String name) {
    List<String> close = closeTo(name);
    String detail = "unknown field \"" + name + "\"";
    if (close.isEmpty()) {
      return detail
          + "; fields start with leg., itinerary., booking., ticket., payment., pnr. or passenger.";
    }
    return detail + "; close names: " + String.join(", ", close);
  }

  /**
   * Catalogue names within a small edit distance, or with the same last part ({@code origin} →
   * {@code leg.origin}, {@code itinerary.origin}), nearest first.
   */
  static List<String> closeTo(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    String wantedLeaf = leaf(wanted);
    int tolerance = Math.max(2, wanted.length() / 4);
    List<Candidate> candidates = new ArrayList<>();
    for (ProfileField field : ProfileField.values()) {
      String known = field.fieldName().toLowerCase(Locale.ROOT);
      int distance = editDistance(wanted, known);
      if (distance <= tolerance || leaf(known).equals(wantedLeaf)) {
        candidates.add(new Candidate(field.fieldName(), distance));
      }
    }
    candidates.sort(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name));
    List<String> names = new ArrayList<>();
    for (Candidate candidate :
        candidates.subList(0, Math.min(MAX_SUGGESTIONS, candidates.size()))) {
      names.add(candidate.name());
    }
    return names;
  }

  private record Candidate(String name, int distance) {}

  private static String leaf(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /** Levenshtein distance; the names are short and this runs only when a rule is refused. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
