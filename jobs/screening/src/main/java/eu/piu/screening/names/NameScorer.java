package eu.piu.screening.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores a person against a listed person: the best of the entry's names by {@link TokenAlignment},
 * then the date of birth, nationality and gender adjustments, clamped to [0, 1]. The same code
 * scores pairs for {@code piu score-names} and candidates in {@link NameScreeningIndex}, so a pair
 * scores the same whatever else is on the list.
 *
 * <p>An instance reuses scratch arrays and is not thread-safe; {@link #score(NameQuery,
 * ListedPerson)} makes its own.
 */
public final class NameScorer {

  static final double SAME_NATIONALITY = 0.02;
  static final double OTHER_NATIONALITY = -0.03;
  static final double OTHER_GENDER = -0.05;

  /** The most the adjustments can add: a candidate below threshold minus this cannot match. */
  static final double MAX_BONUS = DateOfBirthAdjustment.SAME_DATE + SAME_NATIONALITY;

  private final TokenAlignment alignment = new TokenAlignment();
  private double[] similarity = new double[64];

  /** Scores one pair: the pure entry point, independent of any index. */
  public static NameExplanation score(NameQuery query, ListedPerson person) {
    List<String[]> names = new ArrayList<>();
    for (String name : person.names()) {
      names.add(NameNormalizer.tokens(name).toArray(String[]::new));
    }
    String[] nationalities =
        person.nationalities().stream()
            .map(Nationalities::canonical)
            .filter(n -> n != null)
            .toArray(String[]::new);
    PreparedQuery prepared = query.prepare();
    return new NameScorer()
        .explain(
            prepared,
            names,
            adjustments(
                prepared,
                DateOfBirthAdjustment.encodeAll(person.datesOfBirth()),
                nationalities,
                Genders.code(person.gender())));
  }

  /**
   * A join must make a nearly identical token to count ("abdul hai" and "abdulhai"): similar and of
   * the same length give or take a letter, since Jaro-Winkler alone rewards a shared prefix
   * ("charles tyler" joined is not "charles").
   */
  static final double JOINED_MIN = 0.9;

  /** Token arrays with two adjacent tokens of one side joined, and their name score. */
  record Joined(String[] passenger, String[] list, double score) {}

  /**
   * The best name score with two adjacent tokens of one side written as one token of the other
   * ("ABDUL HAI" listed, "ABDULHAI" booked), or null when no join makes a nearly identical token.
   */
  Joined joined(String[] passenger, String[] list) {
    int[] lengths = new int[list.length];
    long[] shapes = new long[list.length];
    for (int l = 0; l < list.length; l++) {
      lengths[l] = list[l].length();
      shapes[l] = TokenSimilarity.shape(list[l]);
    }
    return joined(passenger, list, lengths, shapes, list.length);
  }

  /**
   * As {@link #joined(String[], String[])}, with the list tokens' lengths and {@link
   * TokenSimilarity#shape shapes} given: a list token is only read when they allow a join.
   */
  Joined joined(
      String[] passenger, String[] list, int[] listLengths, long[] listShapes, int listCount) {
    Joined best = null;
    String[] exactList = null;
    for (int i = 0; i + 1 < passenger.length; i++) {
      if (passenger[i].length() < 2 || passenger[i + 1].length() < 2) {
        continue; // An initial is not half of a written-together name.
      }
      int length = passenger[i].length() + passenger[i + 1].length();
      if (!anyOfLength(length, listLengths, listCount)) {
        continue;
      }
      String together = passenger[i] + passenger[i + 1];
      if (alikeAny(together, list, listLengths, listShapes, listCount)) {
        exactList = exactList != null ? exactList : java.util.Arrays.copyOf(list, listCount);
        String[] variant = joinAt(passenger, passenger.length, i);
        double score = nameScore(variant, exactList);
        if (best == null || score > best.score()) {
          best = new Joined(variant, exactList, score);
        }
      }
    }
    int[] passengerLengths = null;
    long[] passengerShapes = null;
    for (int j = 0; j + 1 < listCount; j++) {
      if (listLengths[j] < 2 || listLengths[j + 1] < 2) {
        continue;
      }
      if (passengerLengths == null) {
        passengerLengths = new int[passenger.length];
        passengerShapes = new long[passenger.length];
        for (int p = 0; p < passenger.length; p++) {
          passengerLengths[p] = passenger[p].length();
          passengerShapes[p] = TokenSimilarity.shape(passenger[p]);
        }
      }
      if (!anyOfLength(listLengths[j] + listLengths[j + 1], passengerLengths, passenger.length)) {
        continue;
      }
      String together = list[j] + list[j + 1];
      if (alikeAny(together, passenger, passengerLengths, passengerShapes, passenger.length)) {
        String[] variant = joinAt(list, listCount, j);
        double score = nameScore(passenger, variant);
        if (best == null || score > best.score()) {
          best = new Joined(passenger, variant, score);
        }
      }
    }
    return best;
  }

  /** True when a token is as long as {@code length} give or take a letter, as a join needs. */
  private static boolean anyOfLength(int length, int[] lengths, int count) {
    for (int i = 0; i < count; i++) {
      if (Math.abs(length - lengths[i]) <= 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a token of about the same length is nearly identical; a token's shape rules it out
   * before the token is read.
   */
  private static boolean alikeAny(
      String token, String[] tokens, int[] lengths, long[] shapes, int count) {
    boolean withoutVowel = TokenSimilarity.hasNoVowel(token);
    for (int i = 0; i < count; i++) {
      if (Math.abs(token.length() - lengths[i]) <= 1
          && !TokenSimilarity.ruledOut(token, withoutVowel, shapes[i])
          && TokenSimilarity.of(token, tokens[i]) >= JOINED_MIN) {
        return true;
      }
    }
    return false;
  }

  private static String[] joinAt(String[] tokens, int count, int at) {
    String[] joined = new String[count - 1];
    for (int i = 0, o = 0; i < count; i++) {
      joined[o++] = i == at ? tokens[i] + tokens[++i] : tokens[i];
    }
    return joined;
  }

  /** The name score of the person's tokens against one name's tokens. */
  double nameScore(String[] passenger, String[] list) {
    double[] matrix = matrix(passenger.length * list.length);
    for (int p = 0; p < passenger.length; p++) {
      for (int l = 0; l < list.length; l++) {
        matrix[p * list.length + l] = TokenSimilarity.of(passenger[p], list[l]);
      }
    }
    return alignment.align(matrix, passenger, passenger.length, list, list.length);
  }

  /** The name score from a similarity matrix the caller filled (the index memoises pairs). */
  double nameScore(double[] matrix, String[] passenger, int[] listLengths, int listCount) {
    return alignment.align(matrix, passenger, passenger.length, listLengths, listCount);
  }

  double[] matrix(int size) {
    if (similarity.length < size) {
      similarity = new double[Math.max(size, similarity.length * 2)];
    }
    return similarity;
  }

  /**
   * The full explanation against the best of the names, with the adjustments (from {@link
   * #adjustments}) of the listed person's other facts.
   */
  NameExplanation explain(
      PreparedQuery query, List<String[]> names, List<ScoreAdjustment> adjustments) {
    String[] passenger = query.tokens();
    String[] bestPassenger = passenger;
    String[] best = null;
    double bestScore = -1;
    for (String[] name : names) {
      double score = nameScore(passenger, name);
      if (score > bestScore) {
        bestScore = score;
        best = name;
        bestPassenger = passenger;
      }
      Joined joined = joined(passenger, name);
      if (joined != null && joined.score() > bestScore) {
        bestScore = joined.score();
        best = joined.list();
        bestPassenger = joined.passenger();
      }
    }
    if (best == null) {
      best = new String[0];
      bestScore = 0;
    }
    passenger = bestPassenger;
    nameScore(passenger, best);
    double score = bestScore;
    for (ScoreAdjustment adjustment : adjustments) {
      score += adjustment.delta();
    }
    return new NameExplanation(
        String.join(" ", query.tokens()),
        String.join(" ", best),
        alignment.alignedTokens(passenger, best),
        alignment.unmatchedPassengerTokens(passenger, passenger.length),
        alignment.unmatchedListTokens(best, best.length),
        bestScore,
        adjustments,
        Math.max(0.0, Math.min(1.0, score)));
  }

  static List<ScoreAdjustment> adjustments(
      PreparedQuery query, int[] datesOfBirth, String[] nationalities, byte gender) {
    List<ScoreAdjustment> adjustments = new ArrayList<>(3);
    ScoreAdjustment dateOfBirth = DateOfBirthAdjustment.of(query.dateOfBirth(), datesOfBirth);
    if (dateOfBirth != null) {
      adjustments.add(dateOfBirth);
    }
    if (query.nationality() != null && nationalities != null && nationalities.length > 0) {
      String same = null;
      for (String nationality : nationalities) {
        if (nationality.equals(query.nationality())) {
          same = nationality;
        }
      }
      adjustments.add(
          same != null
              ? new ScoreAdjustment(
                  "nationality", query.nationalityAsWritten(), same, SAME_NATIONALITY, "same")
              : new ScoreAdjustment(
                  "nationality",
                  query.nationalityAsWritten(),
                  String.join(",", nationalities),
                  OTHER_NATIONALITY,
                  "different"));
    }
    if (query.gender() != Genders.UNKNOWN
        && gender != Genders.UNKNOWN
        && query.gender() != gender) {
      adjustments.add(
          new ScoreAdjustment(
              "gender",
              query.genderAsWritten(),
              String.valueOf((char) gender),
              OTHER_GENDER,
              "different"));
    }
    return adjustments;
  }
}
