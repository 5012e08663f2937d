package eu.piu.cli.demo;

import eu.piu.schema.AuditEvent;
import eu.piu.schema.AuditEventType;
import eu.piu.schema.DeadLetter;
import eu.piu.schema.Hit;
import eu.piu.schema.ServiceNotification;
import eu.piu.screening.hits.NotificationPlanner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The numbers of a demo run, computed from what the job wrote. Identifiers only: nothing here holds
 * a passenger's name, document or date of birth.
 */
public record DemoSummary(
    int pnrVersionsScreened,
    int pnrsScreened,
    long passengerLegsScreened,
    int hits,
    SortedMap<String, Integer> hitsByService,
    SortedMap<String, Integer> hitsByKind,
    List<HitRow> hitRows,
    List<MultipleHit> multipleHits,
    int commonHits,
    SortedMap<String, Integer> notificationsByService,
    int deadLetters,
    SortedMap<String, Integer> deadLettersByError,
    SortedMap<String, Integer> auditByType,
    int auditEvents,
    long hitsIndexed,
    long auditIndexed) {

  /** One hit, as identifiers. */
  public record HitRow(
      String hitId,
      String kind,
      List<String> services,
      boolean common,
      String source,
      String matchedFields,
      String pnrId,
      String passengerId,
      String flightKey) {}

  /**
   * A person on a flight hit for several services (RD art. 8): the services, and the hits of the
   * group.
   */
  public record MultipleHit(
      SortedSet<String> services,
      String pnrId,
      String passengerId,
      String flightKey,
      List<String> hitIds,
      boolean commonListOnly) {}

  public static DemoSummary of(DemoOutputs outputs, List<String> services) {
    List<Hit> hits = outputs.hits();
    SortedMap<String, Integer> byService = zeros(services);
    SortedMap<String, Integer> byKind = new TreeMap<>();
    List<HitRow> rows = new ArrayList<>();
    int common = 0;
    for (Hit hit : hits) {
      hit.getServices().forEach(s -> byService.merge(s, 1, Integer::sum));
      byKind.merge(hit.getKind().name(), 1, Integer::sum);
      common += hit.getCommon() ? 1 : 0;
      rows.add(row(hit));
    }
    rows.sort((a, b) -> (a.pnrId() + a.hitId()).compareTo(b.pnrId() + b.hitId()));

    SortedMap<String, Integer> notifications = zeros(services);
    outputs
        .notifications()
        .forEach(n -> notifications.merge(n.getRecipientService(), 1, Integer::sum));

    SortedMap<String, Integer> deadLetters = new TreeMap<>();
    for (DeadLetter letter : outputs.deadLetters()) {
      deadLetters.merge(letter.getErrorType(), 1, Integer::sum);
    }

    SortedMap<String, Integer> audit = new TreeMap<>();
    int pnrVersions = 0;
    long passengerLegs = 0;
    TreeSet<String> pnrs = new TreeSet<>();
    for (AuditEvent event : outputs.audit()) {
      audit.merge(event.getType().name(), 1, Integer::sum);
      if (event.getType() == AuditEventType.COLLECTION) {
        pnrVersions++;
        pnrs.add(event.getSubjectId());
        passengerLegs +=
            Long.parseLong(event.getDetails().getOrDefault("legs", "0"))
                * Long.parseLong(event.getDetails().getOrDefault("passengers", "0"));
      }
    }

    return new DemoSummary(
        pnrVersions,
        pnrs.size(),
        passengerLegs,
        hits.size(),
        byService,
        byKind,
        rows,
        multipleHits(hits, outputs.notifications()),
        common,
        notifications,
        outputs.deadLetters().size(),
        deadLetters,
        audit,
        outputs.audit().size(),
        outputs.hitsIndexed(),
        outputs.auditIndexed());
  }

  /**
   * Groups whose notifications name other services: each service learns that the others hit the
   * same person on the same flight, without their content.
   */
  static List<MultipleHit> multipleHits(List<Hit> hits, List<ServiceNotification> notifications) {
    Map<String, SortedSet<String>> servicesByGroup = new TreeMap<>();
    for (ServiceNotification notification : notifications) {
      if (!notification.getOtherServices().isEmpty()) {
        SortedSet<String> services =
            servicesByGroup.computeIfAbsent(notification.getGroupKey(), k -> new TreeSet<>());
        services.add(notification.getRecipientService());
        services.addAll(notification.getOtherServices());
      }
    }
    Map<String, List<Hit>> hitsByGroup = new LinkedHashMap<>();
    for (Hit hit : hits) {
      hitsByGroup
          .computeIfAbsent(NotificationPlanner.groupKey(hit), k -> new ArrayList<>())
          .add(hit);
    }
    List<MultipleHit> multiple = new ArrayList<>();
    servicesByGroup.forEach(
        (group, services) -> {
          List<Hit> groupHits = hitsByGroup.getOrDefault(group, List.of());
          if (services.size() < 2 || groupHits.isEmpty()) {
            return;
          }
          Hit first = groupHits.get(0);
          multiple.add(
              new MultipleHit(
                  services,
                  first.getPnrId(),
                  first.getPassengerId(),
                  first.getFlightKey(),
                  groupHits.stream().map(Hit::getHitId).sorted().toList(),
                  groupHits.size() == 1 && first.getCommon()));
        });
    multiple.sort((a, b) -> a.pnrId().compareTo(b.pnrId()));
    return multiple;
  }

  private static HitRow row(Hit hit) {
    String source =
        hit.getListId() != null
            ? hit.getListId() + "/" + hit.getEntryId()
            : "profile " + hit.getProfileId();
    TreeSet<String> fields = new TreeSet<>();
    hit.getMatchedFields().forEach(f -> fields.add(f.getField()));
    return new HitRow(
        hit.getHitId(),
        hit.getKind().name(),
        hit.getServices(),
        hit.getCommon(),
        source,
        String.join("+", fields),
        hit.getPnrId(),
        hit.getPassengerId(),
        hit.getFlightKey());
  }

  private static SortedMap<String, Integer> zeros(List<String> services) {
    SortedMap<String, Integer> counts = new TreeMap<>();
    services.forEach(s -> counts.put(s, 0));
    return counts;
  }
}
