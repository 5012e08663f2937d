package eu.piu.screening.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aligns a person's name tokens one-to-one with an entry's name tokens, best pairs first, and turns
 * the alignment into a name score in [0, 1]. Each token weighs its length (capped: long tokens are
 * not endlessly more telling). Tokens left over cost asymmetrically: a token only the passenger has
 * (an extra surname, "George Bush" against "George Habbash") costs its full weight, a token only
 * the list has (a middle name the booking left out) costs a third of it. The score of a pair
 * (person, entry) depends on those two alone, never on other entries.
 *
 * <p>Not thread-safe: the scratch arrays are reused between calls.
 */
final class TokenAlignment {

  /** Below this a token pair is no evidence: both tokens count as left over. */
  static final double MIN_PAIR_SIMILARITY = 0.75;

  static final double EXTRA_PASSENGER_TOKEN_COST = 1.0;
  static final double EXTRA_LIST_TOKEN_COST = 0.35;

  private static final int MAX_WEIGHT = 8;

  private boolean[] passengerUsed = new boolean[8];
  private boolean[] listUsed = new boolean[8];
  private int[] pairPassenger = new int[8];
  private int[] pairList = new int[8];
  private double[] pairSimilarity = new double[8];
  private int pairs;

  private int[] listLengths = new int[8];

  static int weight(int length) {
    return Math.min(length, MAX_WEIGHT);
  }

  /**
   * Aligns and scores. {@code similarity[p * listCount + l]} is the similarity of passenger token p
   * and list token l.
   */
  double align(
      double[] similarity, String[] passenger, int passengerCount, String[] list, int listCount) {
    ensure(Math.max(passengerCount, listCount));
    for (int l = 0; l < listCount; l++) {
      listLengths[l] = list[l].length();
    }
    return align(similarity, passenger, passengerCount, listLengths, listCount);
  }

  /**
   * Aligns and scores with the list tokens' lengths only: the index knows them without reading the
   * tokens.
   */
  double align(
      double[] similarity,
      String[] passenger,
      int passengerCount,
      int[] listTokenLengths,
      int listCount) {
    ensure(Math.max(passengerCount, listCount));
    Arrays.fill(passengerUsed, 0, passengerCount, false);
    Arrays.fill(listUsed, 0, listCount, false);
    pairs = 0;
    while (true) {
      int bestP = -1;
      int bestL = -1;
      double best = MIN_PAIR_SIMILARITY;
      for (int p = 0; p < passengerCount; p++) {
        if (passengerUsed[p]) {
          continue;
        }
        for (int l = 0; l < listCount; l++) {
          double s = similarity[p * listCount + l];
          if (!listUsed[l] && (s > best || (s == best && bestP < 0))) {
            best = s;
            bestP = p;
            bestL = l;
          }
        }
      }
      if (bestP < 0) {
        break;
      }
      passengerUsed[bestP] = true;
      listUsed[bestL] = true;
      pairPassenger[pairs] = bestP;
      pairList[pairs] = bestL;
      pairSimilarity[pairs] = best;
      pairs++;
    }
    if (pairs == 0) {
      return 0.0;
    }
    double matched = 0;
    double total = 0;
    for (int i = 0; i < pairs; i++) {
      double weight =
          weight(passenger[pairPassenger[i]].length()) + weight(listTokenLengths[pairList[i]]);
      matched += pairSimilarity[i] * weight;
      total += weight;
    }
    for (int p = 0; p < passengerCount; p++) {
      if (!passengerUsed[p]) {
        total += EXTRA_PASSENGER_TOKEN_COST * weight(passenger[p].length());
      }
    }
    for (int l = 0; l < listCount; l++) {
      if (!listUsed[l]) {
        total += EXTRA_LIST_TOKEN_COST * weight(listTokenLengths[l]);
      }
    }
    return matched / total;
  }

  /** The pairs of the last {@link #align} call. */
  List<AlignedTokens> alignedTokens(String[] passenger, String[] list) {
    List<AlignedTokens> aligned = new ArrayList<>(pairs);
    for (int i = 0; i < pairs; i++) {
      aligned.add(
          new AlignedTokens(passenger[pairPassenger[i]], list[pairList[i]], pairSimilarity[i]));
    }
    return aligned;
  }

  List<String> unmatchedPassengerTokens(String[] passenger, int passengerCount) {
    return unused(passenger, passengerCount, passengerUsed);
  }

  List<String> unmatchedListTokens(String[] list, int listCount) {
    return unused(list, listCount, listUsed);
  }

  private static List<String> unused(String[] tokens, int count, boolean[] used) {
    List<String> unused = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (!used[i]) {
        unused.add(tokens[i]);
      }
    }
    return unused;
  }

  private void ensure(int size) {
    if (passengerUsed.length < size) {
      passengerUsed = new boolean[size];
      listUsed = new boolean[size];
      pairPassenger = new int[size];
      pairList = new int[size];
      pairSimilarity = new double[size];
      listLengths = new int[size];
    }
  }
}
