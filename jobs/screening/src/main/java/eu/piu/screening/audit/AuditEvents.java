package eu.piu.screening.audit;

import eu.piu.schema.AuditEvent;
import eu.piu.schema.AuditEventType;
import eu.piu.schema.DeadLetter;
import eu.piu.schema.Hit;
import eu.piu.schema.Pnr;
import eu.piu.schema.Profile;
import eu.piu.schema.ServiceNotification;
import eu.piu.schema.WatchlistEntry;
import eu.piu.schema.internal.ReferenceUpdate;
import eu.piu.screening.ReferenceUpdates;
import eu.piu.screening.hits.HitIds;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The journal entries the screening job writes (Directive art. 13(6)): identifiers, codes and
 * counts only, never names, documents or free text. Ids and times derive from the facts, so a
 * replay writes the same entries.
 */
public final class AuditEvents {

  public static final String JOB = "screening";
  private static final String ACTOR = "system:" + JOB;

  private AuditEvents() {}

  public static AuditEvent collection(Pnr pnr) {
    return event(AuditEventType.COLLECTION, "PNR", pnr.getPnrId(), pnr.getPushedAt())
        .setEventId(id("collection", pnr.getPnrId(), String.valueOf(pnr.getVersion())))
        .setPurpose("screening against watchlists and profiles (law 25-12-2016 arts. 24-25)")
        .setDetails(
            Map.of(
                "pnrVersion", String.valueOf(pnr.getVersion()),
                "pushType", pnr.getPushType().name(),
                "carrier", pnr.getCarrier(),
                "legs", String.valueOf(pnr.getLegs().size()),
                "passengers", String.valueOf(pnr.getPassengers().size())))
        .build();
  }

  public static AuditEvent hit(Hit hit) {
    String source =
        hit.getListId() != null ? "list:" + hit.getListId() : "profile:" + hit.getProfileId();
    return event(AuditEventType.HIT, "HIT", hit.getHitId(), hit.getDetectedAt())
        .setEventId(id("hit", hit.getHitId()))
        .setService(hit.getServices().get(0))
        .setRecipients(hit.getServices())
        .setPurpose("automated match awaiting human review (Directive art. 6(5))")
        .setDetails(
            Map.of(
                "kind", hit.getKind().name(),
                "source", source,
                "referenceVersion", String.valueOf(hit.getReferenceVersion()),
                "pnrId", hit.getPnrId(),
                "pnrVersion", String.valueOf(hit.getPnrVersion()),
                "flightKey", hit.getFlightKey(),
                "common", String.valueOf(hit.getCommon())))
        .build();
  }

  public static AuditEvent notification(ServiceNotification notification) {
    return event(
            AuditEventType.NOTIFICATION,
            "NOTIFICATION",
            notification.getNotificationId(),
            notification.getCreatedAt())
        .setEventId(id("notification", notification.getNotificationId()))
        .setService(notification.getRecipientService())
        .setRecipients(List.of(notification.getRecipientService()))
        .setPurpose("automatic notice of a hit to the concerned service (RD 21-12-2017 art. 8)")
        .setDetails(
            Map.of(
                "hitId", notification.getHitId(),
                "reason", notification.getReason().name(),
                "otherServices", String.join(",", notification.getOtherServices()),
                "common", String.valueOf(notification.getCommon())))
        .build();
  }

  public static AuditEvent entryChange(WatchlistEntry entry, String outcome) {
    return referenceChange(new ReferenceUpdate(entry, null), outcome);
  }

  public static AuditEvent profileChange(Profile profile, String outcome) {
    return referenceChange(new ReferenceUpdate(null, profile), outcome);
  }

  private static AuditEvent referenceChange(ReferenceUpdate update, String outcome) {
    boolean entry = update.getEntry() != null;
    Instant at = entry ? update.getEntry().getUpdatedAt() : update.getProfile().getUpdatedAt();
    String key = ReferenceUpdates.keyOf(update);
    String version = String.valueOf(ReferenceUpdates.versionOf(update));
    return event(AuditEventType.REFERENCE_CHANGE, entry ? "WATCHLIST_ENTRY" : "PROFILE", key, at)
        .setEventId(id("reference", key, version, outcome))
        .setService(
            entry
                ? update.getEntry().getOwningService()
                : firstOwner(update.getProfile().getOwningServices()))
        .setDetails(
            Map.of(
                "version", version,
                "op", ReferenceUpdates.isDelete(update) ? "DELETE" : "UPSERT",
                "outcome", outcome))
        .build();
  }

  public static AuditEvent deadLetter(DeadLetter letter, String deadLetterId) {
    Instant at = letter.getSourceTimestamp() == null ? Instant.EPOCH : letter.getSourceTimestamp();
    return event(AuditEventType.DEAD_LETTER, "MESSAGE", deadLetterId, at)
        .setEventId(id("dead-letter", deadLetterId))
        .setDetails(
            Map.of(
                "errorType", letter.getErrorType(),
                "sourceTopic", letter.getSourceTopic(),
                "sourcePartition", String.valueOf(letter.getSourcePartition()),
                "sourceOffset", String.valueOf(letter.getSourceOffset())))
        .build();
  }

  private static String firstOwner(List<String> owners) {
    return owners.isEmpty() ? null : owners.get(0);
  }

  private static AuditEvent.Builder event(
      AuditEventType type, String subjectType, String subjectId, Instant at) {
    return AuditEvent.newBuilder()
        .setType(type)
        .setJob(JOB)
        .setActor(ACTOR)
        .setSubjectType(subjectType)
        .setSubjectId(subjectId)
        .setOccurredAt(at);
  }

  private static String id(String... parts) {
    return "a-" + HitIds.digest(parts);
  }
}
