package eu.piu.cli.demo;

import eu.piu.connectors.deadletter.DeadLetters;
import eu.piu.schema.AuditEvent;
import eu.piu.schema.DeadLetter;
import eu.piu.schema.Hit;
import eu.piu.schema.ServiceNotification;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the job wrote during one demo run, one record per id: the job's ids are deterministic, so a
 * record written twice (a replay after a restart) is the same record and counts once.
 *
 * @param hitsIndexed documents of this run's hits found in the hits index
 * @param auditIndexed documents of this run's audit events found in the audit index
 */
public record DemoOutputs(
    List<Hit> hits,
    List<ServiceNotification> notifications,
    List<AuditEvent> audit,
    List<DeadLetter> deadLetters,
    long hitsIndexed,
    long auditIndexed) {

  public static DemoOutputs distinct(
      Collection<Hit> hits,
      Collection<ServiceNotification> notifications,
      Collection<AuditEvent> audit,
      Collection<DeadLetter> deadLetters,
      long hitsIndexed,
      long auditIndexed) {
    return new DemoOutputs(
        distinct(hits, Hit::getHitId),
        distinct(notifications, ServiceNotification::getNotificationId),
        distinct(audit, AuditEvent::getEventId),
        distinct(deadLetters, DeadLetters::idOf),
        hitsIndexed,
        auditIndexed);
  }

  private static <T> List<T> distinct(Collection<T> records, Function<T, String> id) {
    Map<String, T> byId = new LinkedHashMap<>();
    for (T record : records) {
      byId.putIfAbsent(id.apply(record), record);
    }
    return List.copyOf(byId.values());
  }
}
