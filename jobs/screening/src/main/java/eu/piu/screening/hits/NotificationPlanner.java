package eu.piu.screening.hits;

import eu.piu.schema.Hit;
import eu.piu.schema.NotificationReason;
import eu.piu.schema.ServiceNotification;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Who is told what when a hit joins the group of hits on one person and flight (RD 21-12-2017 art.
 * 8 §1): each service the new hit concerns receives it with the names of the other services that
 * have hits in the group (their existence only, never their content); when the new hit brings a
 * service the group did not have, every earlier recipient is told of the new set.
 */
public final class NotificationPlanner {

  private NotificationPlanner() {}

  public static String groupKey(Hit hit) {
    return hit.getPersonKey() + "@" + hit.getFlightKey();
  }

  /**
   * @param earlier the hits already in the group, in arrival order
   * @param hit the hit joining it
   */
  public static List<ServiceNotification> plan(Collection<Hit> earlier, Hit hit) {
    TreeSet<String> before = servicesOf(earlier);
    TreeSet<String> after = new TreeSet<>(before);
    after.addAll(hit.getServices());

    List<ServiceNotification> notifications = new ArrayList<>();
    for (String service : hit.getServices()) {
      notifications.add(notification(hit, service, after, NotificationReason.NEW_HIT));
    }
    if (!after.equals(before)) {
      for (Hit previous : earlier) {
        for (String service : previous.getServices()) {
          notifications.add(
              notification(previous, service, after, NotificationReason.OTHER_SERVICES_CHANGED));
        }
      }
    }
    return notifications;
  }

  private static ServiceNotification notification(
      Hit hit, String recipient, TreeSet<String> groupServices, NotificationReason reason) {
    TreeSet<String> others = new TreeSet<>(groupServices);
    others.remove(recipient);
    List<String> otherServices = List.copyOf(others);
    return ServiceNotification.newBuilder()
        .setNotificationId(
            "n-" + HitIds.digest(hit.getHitId(), recipient, String.join(",", otherServices)))
        .setRecipientService(recipient)
        .setHitId(hit.getHitId())
        .setKind(hit.getKind())
        .setCommon(hit.getCommon())
        .setGroupKey(groupKey(hit))
        .setFlightKey(hit.getFlightKey())
        .setOtherServices(otherServices)
        .setReason(reason)
        .setCreatedAt(hit.getDetectedAt())
        .build();
  }

  private static TreeSet<String> servicesOf(Collection<Hit> hits) {
    TreeSet<String> services = new TreeSet<>();
    hits.forEach(h -> services.addAll(h.getServices()));
    return services;
  }
}
