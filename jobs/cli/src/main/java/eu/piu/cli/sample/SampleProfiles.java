package eu.piu.cli.sample;

import static eu.piu.cli.sample.CraftedCase.Services.CUSTOMS;
import static eu.piu.cli.sample.CraftedCase.Services.VSSE;

import eu.piu.schema.ChangeOp;
import eu.piu.schema.Profile;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Sample risk profiles: explicit rules in the profile language (eu.piu.screening.profile), each
 * with an owner, a purpose and a review date (R15). One of them hits the crafted passengers, the
 * other no one in the sample feed.
 */
public final class SampleProfiles {

  public static final String CUSTOMS_SHORT_NOTICE = "customs-short-notice-ist-dxb";
  public static final String VSSE_UNDOCUMENTED = "vsse-undocumented-one-way";

  /** Hours of booking lead time below which the CUSTOMS profile hits. */
  public static final int SHORT_NOTICE_HOURS = 48;

  private SampleProfiles() {}

  public static List<Profile> demo(Instant updatedAt) {
    return List.of(
        profile(
            CUSTOMS_SHORT_NOTICE,
            CUSTOMS,
            "leg.origin in (\"IST\", \"DXB\") and booking.leadTimeHours < " + SHORT_NOTICE_HOURS,
            "cash couriers: short-notice bookings from known transit hubs",
            updatedAt),
        profile(
            VSSE_UNDOCUMENTED,
            VSSE,
            "passenger.documentCount = 0 and itinerary.isRoundTrip = false"
                + " and leg.destination in (\"IST\", \"AMM\", \"BEY\")",
            "one-way travel without a travel document towards conflict-zone transit airports",
            updatedAt));
  }

  private static Profile profile(
      String profileId, String owner, String rule, String purpose, Instant updatedAt) {
    return Profile.newBuilder()
        .setProfileId(profileId)
        .setVersion(1)
        .setOp(ChangeOp.UPSERT)
        .setOwningServices(List.of(owner))
        .setCommon(false)
        .setConcernedServices(List.of())
        .setRule(rule)
        .setPurpose(purpose)
        .setLegalBasis("law of 25 December 2016, art. 25")
        .setReviewDate(updatedAt.plus(Duration.ofDays(180)).atZone(ZoneOffset.UTC).toLocalDate())
        .setUpdatedAt(updatedAt)
        .build();
  }
}
