package eu.piu.screening.hits;

import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.schema.Hit;
import eu.piu.schema.HitKind;
import eu.piu.schema.NotificationReason;
import eu.piu.schema.ServiceNotification;
import eu.piu.screening.ScreeningFixtures;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationPlannerTest {

  static Hit hit(String id, boolean common, String... services) {
    return Hit.newBuilder()
        .setHitId(id)
        .setKind(HitKind.WATCHLIST)
        .setServices(List.of(services))
        .setCommon(common)
        .setListId("list-" + id)
        .setEntryId("e")
        .setReferenceVersion(1)
        .setPnrId("SN:ABC123:2026-11-01")
        .setPnrVersion(1)
        .setCarrier("SN")
        .setRecordLocator("ABC123")
        .setPassengerLegId("leg")
        .setPassengerId("p1")
        .setPersonKey("doc:X1")
        .setFlightKey("SN0123/2026-11-23/BRU")
        .setFlight(ScreeningFixtures.leg("0123", "BRU", "IST", ScreeningFixtures.DEPARTURE))
        .setSurname("S")
        .setMatchedFields(List.of())
        .setReason("r")
        .setScore(1.0)
        .setDetectedAt(Instant.parse("2026-11-22T08:00:00Z"))
        .build();
  }

  @Test
  void aLoneHitIsSentToItsServiceWithNoOtherServices() {
    List<ServiceNotification> plan =
        NotificationPlanner.plan(List.of(), hit("h1", false, "POLICE"));

    assertThat(plan).hasSize(1);
    assertThat(plan.get(0).getRecipientService()).isEqualTo("POLICE");
    assertThat(plan.get(0).getOtherServices()).isEmpty();
    assertThat(plan.get(0).getReason()).isEqualTo(NotificationReason.NEW_HIT);
  }

  @Test
  void aSecondServicesHitTellsBothOfEachOtherAndNothingMore() {
    Hit police = hit("h1", false, "POLICE");
    Hit vsse = hit("h2", false, "VSSE");

    List<ServiceNotification> plan = NotificationPlanner.plan(List.of(police), vsse);

    assertThat(plan)
        .extracting(
            ServiceNotification::getRecipientService,
            ServiceNotification::getHitId,
            ServiceNotification::getOtherServices,
            ServiceNotification::getReason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "VSSE", "h2", List.of("POLICE"), NotificationReason.NEW_HIT),
            org.assertj.core.groups.Tuple.tuple(
                "POLICE", "h1", List.of("VSSE"), NotificationReason.OTHER_SERVICES_CHANGED));
  }

  @Test
  void aHitOfAServiceAlreadyInTheGroupDoesNotReNotifyTheOthers() {
    Hit police = hit("h1", false, "POLICE");
    Hit vsse = hit("h2", false, "VSSE");
    Hit police2 = hit("h3", false, "POLICE");

    List<ServiceNotification> plan = NotificationPlanner.plan(List.of(police, vsse), police2);

    assertThat(plan).hasSize(1);
    assertThat(plan.get(0).getHitId()).isEqualTo("h3");
    assertThat(plan.get(0).getOtherServices()).containsExactly("VSSE");
  }

  @Test
  void aCommonHitIsOneHitSentToEachConcernedService() {
    List<ServiceNotification> plan =
        NotificationPlanner.plan(List.of(), hit("h1", true, "CUSTOMS", "POLICE", "VSSE"));

    assertThat(plan)
        .extracting(ServiceNotification::getRecipientService)
        .containsExactly("CUSTOMS", "POLICE", "VSSE");
    assertThat(plan).allMatch(n -> n.getHitId().equals("h1") && n.getCommon());
    assertThat(plan.get(1).getOtherServices()).containsExactly("CUSTOMS", "VSSE");
  }

  @Test
  void notificationIdsAreDeterministicAndDistinct() {
    Hit police = hit("h1", false, "POLICE");
    Hit vsse = hit("h2", false, "VSSE");

    List<ServiceNotification> first = NotificationPlanner.plan(List.of(police), vsse);
    List<ServiceNotification> again = NotificationPlanner.plan(List.of(police), vsse);

    assertThat(first).isEqualTo(again);
    assertThat(first).extracting(ServiceNotification::getNotificationId).doesNotHaveDuplicates();
  }
}
