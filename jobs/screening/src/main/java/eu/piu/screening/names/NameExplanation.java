package eu.piu.screening.names;

import java.util.List;
import java.util.Locale;

/**
 * Why a person scored what they did against one name of an entry: the token pairs the scorer
 * aligned, the tokens left over on each side, the name score, the adjustments from date of birth,
 * nationality and gender, and the final score.
 *
 * @param passengerName the person's name, normalised
 * @param listName the entry's name that scored best, normalised
 */
public record NameExplanation(
    String passengerName,
    String listName,
    List<AlignedTokens> aligned,
    List<String> unmatchedPassengerTokens,
    List<String> unmatchedListTokens,
    double nameScore,
    List<ScoreAdjustment> adjustments,
    double score) {

  public NameExplanation {
    aligned = List.copyOf(aligned);
    unmatchedPassengerTokens = List.copyOf(unmatchedPassengerTokens);
    unmatchedListTokens = List.copyOf(unmatchedListTokens);
    adjustments = List.copyOf(adjustments);
  }

  /** One readable line: aligned tokens, leftovers, adjustments, score against the threshold. */
  public String describe(double threshold) {
    StringBuilder line = new StringBuilder();
    line.append("aligned ")
        .append(aligned.isEmpty() ? "none" : String.join(", ", strings(aligned)));
    if (!unmatchedPassengerTokens.isEmpty()) {
      line.append("; passenger only ").append(String.join(" ", unmatchedPassengerTokens));
    }
    if (!unmatchedListTokens.isEmpty()) {
      line.append("; list only ").append(String.join(" ", unmatchedListTokens));
    }
    line.append(String.format(Locale.ROOT, "; name %.3f", nameScore));
    for (ScoreAdjustment adjustment : adjustments) {
      line.append("; ").append(adjustment);
    }
    line.append(
        String.format(
            Locale.ROOT,
            "; score %.3f %s threshold %.2f",
            score,
            score >= threshold ? ">=" : "<",
            threshold));
    return line.toString();
  }

  private static List<String> strings(List<AlignedTokens> pairs) {
    return pairs.stream().map(AlignedTokens::toString).toList();
  }
}
