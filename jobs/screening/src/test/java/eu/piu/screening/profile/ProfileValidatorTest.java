package eu.piu.screening.profile;

import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.schema.ChangeOp;
import eu.piu.schema.Profile;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileValidatorTest {

  private final ProfileValidator validator = new ProfileValidator();

  private static Profile.Builder valid() {
    return Profile.newBuilder()
        .setProfileId("VSSE-2025-007")
        .setVersion(3)
        .setOp(ChangeOp.UPSERT)
        .setOwningServices(List.of("VSSE"))
        .setCommon(false)
        .setRule("leg.origin in (\"IST\",\"DXB\") and booking.leadTimeHours < 72")
        .setPurpose("late bookings on routes used to reach conflict zones")
        .setLegalBasis("law 25-12-2016 art. 24 §1")
        .setReviewDate(LocalDate.parse("2025-09-30"))
        .setUpdatedAt(Instant.parse("2025-03-01T09:00:00Z"));
  }

  @Test
  void aCompleteProfileHasNoProblems() {
    assertThat(validator.problems(valid().build())).isEmpty();
  }

  @Test
  void aCommonProfileWithTwoConcernedServicesHasNoProblems() {
    Profile common =
        valid().setCommon(true).setConcernedServices(List.of("VSSE", "POLICE")).build();
    assertThat(validator.problems(common)).isEmpty();
  }

  @Test
  void anInvalidRuleIsReportedWithItsReasonAndPosition() {
    assertThat(validator.problems(valid().setRule("passenger.meal = \"MOML\"").build()))
        .singleElement()
        .asString()
        .contains("FORBIDDEN_FIELD")
        .contains("at position 0");
    assertThat(validator.problems(valid().setRule("leg.orign = \"IST\"").build()))
        .singleElement()
        .asString()
        .contains("UNKNOWN_FIELD");
    assertThat(validator.problems(valid().setRule("  ").build())).containsExactly("rule is blank");
  }

  @Test
  void eachMissingElementIsNamed() {
    assertThat(validator.problems(valid().setPurpose(" ").build()))
        .singleElement()
        .asString()
        .startsWith("purpose is blank");
    assertThat(validator.problems(valid().setOwningServices(List.of()).build()))
        .containsExactly("owningServices is empty");
    assertThat(validator.problems(valid().setReviewDate(null).build()))
        .singleElement()
        .asString()
        .startsWith("reviewDate is missing");
  }

  @Test
  void aCommonProfileNeedsTwoDistinctConcernedServices() {
    assertThat(
            validator.problems(
                valid().setCommon(true).setConcernedServices(List.of("VSSE")).build()))
        .containsExactly("a common profile needs at least 2 concernedServices, has 1");
    assertThat(
            validator.problems(
                valid().setCommon(true).setConcernedServices(List.of("VSSE", "VSSE", " ")).build()))
        .containsExactly("a common profile needs at least 2 concernedServices, has 1");
  }

  @Test
  void allProblemsAreReportedAtOnce() {
    Profile empty =
        valid().setRule("").setPurpose("").setOwningServices(List.of()).setReviewDate(null).build();
    assertThat(validator.problems(empty)).hasSize(4);
  }

  @Test
  void aDeleteNeedsOnlyTheId() {
    Profile delete =
        Profile.newBuilder()
            .setProfileId("VSSE-2025-007")
            .setVersion(4)
            .setOp(ChangeOp.DELETE)
            .setOwningServices(List.of())
            .setRule("")
            .setPurpose("")
            .setUpdatedAt(Instant.parse("2025-04-01T09:00:00Z"))
            .build();
    assertThat(validator.problems(delete)).isEmpty();
    assertThat(validator.problems(Profile.newBuilder(delete).setProfileId(" ").build()))
        .containsExactly("profileId is blank");
  }

  @Test
  void aMissingProfileIsAProblem() {
    assertThat(validator.problems(null)).containsExactly("profile is missing");
  }
}
