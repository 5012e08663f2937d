package eu.piu.screening.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameScorerTest {

  static final double THRESHOLD = NameMatchingSettings.DEFAULT_THRESHOLD;

  private static NameExplanation score(String passenger, String listed) {
    return NameScorer.score(NameQuery.ofName(passenger), ListedPerson.named(listed));
  }

  private static NameExplanation score(LocalDate born, String... listedDates) {
    return NameScorer.score(
        new NameQuery("Karim Benali", null, born, null, null),
        new ListedPerson(List.of("Karim Benali"), List.of(listedDates), List.of(), null));
  }

  @Test
  void theSameNameInAnyOrderScoresOne() {
    assertThat(score("John Smith", "SMITH, John").score()).isEqualTo(1.0);
    assertThat(score("Smith John", "John Smith").score()).isEqualTo(1.0);
  }

  @Test
  void typosDroppedAndDoubledLettersStayAboveThreshold() {
    assertThat(score("Jonathan Smyth", "Jonathan Smith").score()).isGreaterThan(THRESHOLD);
    assertThat(score("Abdulhai Salk", "Abdulhai Salek").score()).isGreaterThan(THRESHOLD);
    assertThat(score("Kim Sko Chol", "Kim Sok Chol").score()).isGreaterThan(THRESHOLD);
    assertThat(score("Innocent Zimmurinda", "Innocent Zimurinda").score()).isGreaterThan(THRESHOLD);
  }

  @Test
  void aTokenOnlyTheListHasCostsLessThanOneOnlyThePassengerHas() {
    double listHasMiddleName = score("John Smith", "John Michael Smith").score();
    double passengerHasMiddleName = score("John Michael Smith", "John Smith").score();
    assertThat(listHasMiddleName).isGreaterThan(THRESHOLD);
    assertThat(listHasMiddleName).isGreaterThan(passengerHasMiddleName);
  }

  @Test
  void aShortListNameDoesNotMatchALongPassengerName() {
    assertThat(score("Emma Louise Charlotte Watson", "Emma").score()).isLessThan(THRESHOLD);
  }

  @Test
  void aSharedGivenNameWithADifferentSurnameIsNoMatch() {
    assertThat(score("George Bush", "George Habbash").score()).isLessThan(THRESHOLD);
  }

  @Test
  void crossScriptNamesMatch() {
    assertThat(score("Владимир Путин", "Vladimir Putin").score()).isGreaterThan(THRESHOLD);
    assertThat(score("محمد علي", "Mohamed Ali").score()).isGreaterThan(THRESHOLD);
  }

  @Test
  void theSameDateOfBirthRaisesAndADifferentOneLowersTheScore() {
    double none = score((LocalDate) null, "1970-05-12").score();
    assertThat(score(LocalDate.of(1970, 5, 12), "1970-05-12").score()).isGreaterThan(none - 1e-9);
    NameExplanation different = score(LocalDate.of(1985, 2, 3), "1970-05-12");
    assertThat(different.score()).isLessThan(none);
    assertThat(different.adjustments())
        .singleElement()
        .satisfies(a -> assertThat(a.why()).isEqualTo("different"));
  }

  @Test
  void aYearOnlyListDateMatchesOnTheYearAndSeveralDatesTakeTheBest() {
    NameExplanation sameYear = score(LocalDate.of(1970, 5, 12), "1965", "1970");
    assertThat(sameYear.adjustments().get(0).why()).isEqualTo("same year");
    assertThat(sameYear.adjustments().get(0).delta()).isPositive();
    // A passenger's 1 January is a placeholder: compared on the year.
    assertThat(score(LocalDate.of(1970, 1, 1), "1970-05-12").adjustments().get(0).why())
        .isEqualTo("same year");
  }

  @Test
  void aDateOnePartApartIsNotPenalised() {
    for (LocalDate near :
        List.of(LocalDate.of(1970, 5, 13), LocalDate.of(1970, 6, 12), LocalDate.of(1971, 5, 12))) {
      ScoreAdjustment adjustment = score(near, "1970-05-12").adjustments().get(0);
      assertThat(adjustment.why()).isEqualTo("one part apart");
      assertThat(adjustment.delta()).isGreaterThanOrEqualTo(0);
    }
  }

  @Test
  void nationalityAndGenderAdjustWithoutFiltering() {
    ListedPerson listed =
        new ListedPerson(List.of("Karim Benali"), List.of(), List.of("DZ"), "male");
    NameExplanation same =
        NameScorer.score(new NameQuery("Benali", "Karim", null, "DZA", "M"), listed);
    NameExplanation other =
        NameScorer.score(new NameQuery("Benali", "Karim", null, "FRA", "F"), listed);
    assertThat(same.score()).isEqualTo(1.0);
    assertThat(other.score()).isLessThan(same.score()).isGreaterThan(THRESHOLD);
    assertThat(other.adjustments())
        .extracting(ScoreAdjustment::field)
        .containsExactly("nationality", "gender");
  }

  @Test
  void theExplanationNamesAlignedAndLeftoverTokensAndTheScore() {
    NameExplanation explanation =
        NameScorer.score(
            new NameQuery("Smyth", "John", LocalDate.of(1970, 5, 12), null, null),
            new ListedPerson(List.of("John Michael Smith"), List.of("1970-05-12"), null, null));
    assertThat(explanation.aligned())
        .extracting(AlignedTokens::passengerToken, AlignedTokens::listToken)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("john", "john"),
            org.assertj.core.groups.Tuple.tuple("smyth", "smith"));
    assertThat(explanation.unmatchedListTokens()).containsExactly("michael");
    assertThat(explanation.unmatchedPassengerTokens()).isEmpty();
    assertThat(explanation.score())
        .isCloseTo(
            Math.min(1.0, explanation.nameScore() + DateOfBirthAdjustment.SAME_DATE), within(1e-9));
    assertThat(explanation.describe(0.85))
        .contains("smyth~smith", "list only michael", "dateOfBirth same", ">= threshold 0.85");
  }

  @Test
  void twoTokensWrittenAsOneOnEitherSideAlign() {
    NameExplanation joinedOnList = score("Abdul Hai Salek", "Abdulhai Salek");
    assertThat(joinedOnList.score()).isGreaterThan(0.95);
    assertThat(joinedOnList.aligned())
        .extracting(AlignedTokens::passengerToken)
        .contains("abdulhai");
    assertThat(joinedOnList.passengerName()).isEqualTo("abdul hai salek");
    assertThat(score("Abdulhai Salek", "Abdul Hai Salek").score()).isGreaterThan(0.95);
  }

  @Test
  void theBestOfSeveralNamesCounts() {
    NameExplanation explanation =
        NameScorer.score(
            NameQuery.ofName("Abu Omar"),
            new ListedPerson(List.of("Karim Benali", "Abu Omar"), null, null, null));
    assertThat(explanation.listName()).isEqualTo("abu omar");
    assertThat(explanation.score()).isEqualTo(1.0);
  }
}
