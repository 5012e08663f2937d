package eu.piu.screening.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.piu.screening.profile.ProfileRuleException.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R10: criteria may not use data revealing Directive 2016/681 art. 6(4) categories. */
class SensitiveFieldTest {

  private static final List<String> SENSITIVE_NAMES =
      List.of(
          "passenger.meal",
          "passenger.specialMeal",
          "passenger.mealCode",
          "ssr.code",
          "passenger.SSRCodes",
          "pnr.remarks",
          "pnr.generalRemark",
          "passenger.religion",
          "passenger.religiousPreference",
          "passenger.health",
          "passenger.medicalCondition",
          "passenger.ethnicity",
          "passenger.race",
          "passenger.racialOrigin",
          "passenger.politicalParty",
          "passenger.tradeUnion",
          "passenger.unionMember",
          "passenger.sexualOrientation",
          "passenger.orientation",
          "passenger.disability",
          "passenger.wheelchair",
          "passenger.dietary",
          "pnr.freeText",
          "pnr.free_text",
          "pnr.osi",
          "passenger.ssr.WCHR",
          "passenger.moml",
          "passenger.pregnancy");

  @Test
  void sensitiveFieldsAreRefusedWithTheirOwnReasonAndMessage() {
    for (String name : SENSITIVE_NAMES) {
      ProfileRuleException refusal =
          catchThrowableOfType(
              ProfileRuleException.class, () -> ProfileRule.parse(name + " = \"X\""));
      assertThat(refusal).as(name).isNotNull();
      assertThat(refusal.reason()).as(name).isEqualTo(Reason.FORBIDDEN_FIELD);
      assertThat(refusal.position()).as(name).isZero();
      assertThat(refusal.detail())
          .as(name)
          .isEqualTo(
              "field \"" + name + "\" is forbidden: sensitive data (Directive 2016/681 art. 6(4))");
    }
  }

  @Test
  void theRefusalPointsAtTheSensitiveField() {
    assertThatThrownBy(
            () -> ProfileRule.parse("leg.origin = \"IST\" and passenger.mealCode = \"MOML\""))
        .isInstanceOf(ProfileRuleException.class)
        .hasFieldOrPropertyWithValue("reason", Reason.FORBIDDEN_FIELD)
        .hasFieldOrPropertyWithValue("position", 23);
  }

  @Test
  void aSensitiveNameIsRefusedWhateverTheOperator() {
    assertThatThrownBy(() -> ProfileRule.parse("not passenger.remarks contains \"HALAL\""))
        .hasFieldOrPropertyWithValue("reason", Reason.FORBIDDEN_FIELD);
    assertThatThrownBy(() -> ProfileRule.parse("passenger.healthScore between 1 and 2"))
        .hasFieldOrPropertyWithValue("reason", Reason.FORBIDDEN_FIELD);
  }

  @Test
  void ordinaryWordsContainingACodeAreOnlyUnknown() {
    // "position" contains "osi", "traceId" contains "race", "reunion" contains "union".
    for (String name : List.of("passenger.position", "pnr.traceId", "pnr.reunionFlag")) {
      assertThatThrownBy(() -> ProfileRule.parse(name + " = \"X\""))
          .as(name)
          .hasFieldOrPropertyWithValue("reason", Reason.UNKNOWN_FIELD);
    }
  }

  @Test
  void genderAndNationalityAreAllowedAsApiData() {
    assertThat(
            ProfileRule.parse("passenger.gender = \"F\" and passenger.nationality = \"BEL\"")
                .fields())
        .containsExactlyInAnyOrder(
            ProfileField.PASSENGER_GENDER, ProfileField.PASSENGER_NATIONALITY);
  }
}
