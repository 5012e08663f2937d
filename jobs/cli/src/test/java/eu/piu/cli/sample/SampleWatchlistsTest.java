package eu.piu.cli.sample;

import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.schema.Profile;
import eu.piu.schema.WatchlistEntry;
import eu.piu.screening.Validations;
import eu.piu.screening.profile.ProfileValidator;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SampleWatchlistsTest {

  static final Instant UPDATED = Instant.parse("2026-11-21T10:00:00Z");
  static final List<String> SERVICES = List.of("POLICE", "VSSE", "ADIV", "CUSTOMS");

  @Test
  void threeListsEveryEntryValidAndKeyedOnce() {
    SampleWatchlists lists = SampleWatchlists.demo(42, UPDATED, 40);
    assertThat(lists.listIds())
        .containsExactly(
            SampleWatchlists.POLICE_LIST,
            SampleWatchlists.VSSE_LIST,
            SampleWatchlists.COMMON_FTF_LIST);
    assertThat(lists.entries()).hasSize(6 + 3 * 40);
    Set<String> keys = new HashSet<>();
    Set<String> documents = new HashSet<>();
    for (WatchlistEntry entry : lists.entries()) {
      assertThat(Validations.watchlistEntry(SERVICES).problems(entry)).isEmpty();
      assertThat(keys.add(SampleWatchlists.keyOf(entry))).isTrue();
      entry.getDocuments().forEach(d -> assertThat(documents.add(d.getNumber())).isTrue());
    }
  }

  @Test
  void theCommonListConcernsPoliceVsseAndCustoms() {
    SampleWatchlists.demo(42, UPDATED, 5).entries().stream()
        .filter(e -> e.getListId().equals(SampleWatchlists.COMMON_FTF_LIST))
        .forEach(
            e -> {
              assertThat(e.getCommon()).isTrue();
              assertThat(e.getConcernedServices())
                  .containsExactlyInAnyOrder("POLICE", "VSSE", "CUSTOMS");
            });
  }

  @Test
  void deterministic() {
    assertThat(SampleWatchlists.demo(42, UPDATED, 40).entries())
        .isEqualTo(SampleWatchlists.demo(42, UPDATED, 40).entries());
    assertThat(SampleWatchlists.benchEntry(7, "bench-list", "POLICE", 99_999, UPDATED))
        .isEqualTo(SampleWatchlists.benchEntry(7, "bench-list", "POLICE", 99_999, UPDATED));
  }

  @Test
  void profilesAreValidCriteria() {
    List<Profile> profiles = SampleProfiles.demo(UPDATED);
    assertThat(profiles).hasSize(2);
    for (Profile profile : profiles) {
      assertThat(new ProfileValidator().problems(profile)).isEmpty();
      assertThat(Validations.profile(SERVICES).problems(profile)).isEmpty();
    }
  }

  @Test
  void listedAndTravellingPeopleNeverShareADocumentOrSurname() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(1);
    for (int i = 0; i < 1_000; i++) {
      Person traveller = FabricatedPeople.traveller(random);
      Person listed = FabricatedPeople.listed(random, FabricatedPeople.listedDocument(i));
      assertThat(traveller.documentNumber()).startsWith("P");
      assertThat(listed.documentNumber()).startsWith("X");
      assertThat(traveller.surname().charAt(0)).isNotIn('Q', 'X', 'Y', 'Z');
      assertThat(FabricatedPeople.asCarrierSends(listed.surname()).charAt(0))
          .isIn('Q', 'X', 'Y', 'Z');
    }
  }
}
