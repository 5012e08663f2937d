package eu.piu.screening.names;

import java.time.LocalDate;

/** A {@link NameQuery} normalised once for all the candidates it is scored against. */
record PreparedQuery(
    String[] tokens,
    LocalDate dateOfBirth,
    String nationality,
    byte gender,
    String nationalityAsWritten,
    String genderAsWritten,
    boolean[] tokensWithoutVowel) {

  PreparedQuery(
      String[] tokens,
      LocalDate dateOfBirth,
      String nationality,
      byte gender,
      String nationalityAsWritten,
      String genderAsWritten) {
    this(
        tokens,
        dateOfBirth,
        nationality,
        gender,
        nationalityAsWritten,
        genderAsWritten,
        withoutVowel(tokens));
  }

  /** Whether the token at {@code position} {@link TokenSimilarity#hasNoVowel}. */
  boolean withoutVowel(int position) {
    return tokensWithoutVowel[position];
  }

  private static boolean[] withoutVowel(String[] tokens) {
    boolean[] withoutVowel = new boolean[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      withoutVowel[i] = TokenSimilarity.hasNoVowel(tokens[i]);
    }
    return withoutVowel;
  }
}
