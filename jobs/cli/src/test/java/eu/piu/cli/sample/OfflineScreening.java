package eu.piu.cli.sample;

import eu.piu.schema.Hit;
import eu.piu.schema.Pnr;
import eu.piu.schema.Profile;
import eu.piu.schema.ServiceNotification;
import eu.piu.schema.WatchlistEntry;
import eu.piu.schema.internal.ReferenceUpdate;
import eu.piu.screening.Screener;
import eu.piu.screening.hits.NotificationPlanner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The screening job's own plain logic (Screener, NotificationPlanner) applied to sample data
 * without Flink or Kafka: what the job must produce from it, hit for hit.
 */
public final class OfflineScreening {

  public final Map<String, Hit> hits = new LinkedHashMap<>();
  public final List<ServiceNotification> notifications = new ArrayList<>();

  public OfflineScreening(List<WatchlistEntry> entries, List<Profile> profiles, List<Pnr> pnrs) {
    Screener screener = Screener.standard();
    entries.forEach(e -> screener.apply(new ReferenceUpdate(e, null)));
    profiles.forEach(p -> screener.apply(new ReferenceUpdate(null, p)));
    Map<String, List<Hit>> groups = new HashMap<>();
    for (Pnr pnr : pnrs) {
      for (Hit hit : screener.screen(pnr)) {
        if (hits.putIfAbsent(hit.getHitId(), hit) == null) {
          List<Hit> group =
              groups.computeIfAbsent(NotificationPlanner.groupKey(hit), k -> new ArrayList<>());
          notifications.addAll(NotificationPlanner.plan(group, hit));
          group.add(hit);
        }
      }
    }
  }
}
