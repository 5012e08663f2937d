package eu.piu.hits.audit;

import eu.piu.hits.Digests;
import eu.piu.hits.disclosure.Disclosures;
import eu.piu.schema.AuditEvent;
import eu.piu.schema.AuditEventType;
import eu.piu.schema.DeadLetter;
import eu.piu.schema.DecisionResult;
import eu.piu.schema.FollowUp;
import eu.piu.schema.IdentificationCode;
import eu.piu.schema.OcamTransfer;
import eu.piu.schema.OverdueAlert;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The journal entries the hits job writes (Directive art. 13(6)): identifiers, codes and counts
 * only, never names, documents or free text (a decision's reason stays with the hit). Ids and times
 * derive from the facts, so a replay writes the same entries.
 */
public final class HitsAuditEvents {

  public static final String JOB = "hits";
  private static final String SYSTEM = "system:" + JOB;

  private HitsAuditEvents() {}

  /** A decision and what became of it; the actor is the decider's code. */
  public static AuditEvent decision(DecisionResult result, String service) {
    return event(AuditEventType.DECISION, "DECISION", result.getDecisionId(), result.getDecidedAt())
        .setEventId(id("decision", result.getDecisionId(), result.getEffect().name()))
        .setActor(result.getCode())
        .setService(service)
        .setPurpose("human review of an automated hit (Directive art. 6(5))")
        .setDetails(
            Map.of(
                "hitId", result.getHitId(),
                "kind", result.getKind().name(),
                "effect", result.getEffect().name(),
                "refusal", result.getRefusal() == null ? "" : result.getRefusal().name(),
                "hitStatus", result.getHitStatus().name(),
                "late", String.valueOf(result.getLate())))
        .build();
  }

  /** A new version of an identification code: the DPO holds the list's history (RD art. 7). */
  public static AuditEvent codeChange(IdentificationCode code) {
    return event(
            AuditEventType.IDENTIFICATION_CODE,
            "IDENTIFICATION_CODE",
            code.getCode(),
            code.getUpdatedAt())
        .setEventId(id("code", code.getCode(), code.getUpdatedAt().toString()))
        .setService(code.getService())
        .setRecipients(List.of("DPO"))
        .setPurpose("identification code list kept for the DPO (RD 21-12-2017 art. 7)")
        .setDetails(
            Map.of(
                "role",
                code.getRole().name(),
                "validFrom",
                code.getValidFrom().toString(),
                "validUntil",
                code.getValidUntil() == null ? "" : code.getValidUntil().toString()))
        .build();
  }

  public static AuditEvent disclosure(FollowUp followUp) {
    return event(
            AuditEventType.DISCLOSURE,
            "FOLLOW_UP",
            followUp.getFollowUpId(),
            followUp.getValidatedAt())
        .setEventId(id("disclosure", followUp.getFollowUpId()))
        .setService(followUp.getRecipientService())
        .setRecipients(List.of(followUp.getRecipientService()))
        .setPurpose("follow-up of a validated hit by the competent service (law art. 24 §5)")
        .setDetails(
            Map.of(
                "hitId", followUp.getHitId(),
                "validatedBy", followUp.getValidatedBy(),
                "validatedByService", followUp.getValidatedByService()))
        .build();
  }

  public static AuditEvent disclosure(OcamTransfer transfer) {
    return event(
            AuditEventType.DISCLOSURE,
            "OCAM_TRANSFER",
            transfer.getTransferId(),
            transfer.getValidatedAt())
        .setEventId(id("disclosure", transfer.getTransferId()))
        .setService(transfer.getValidatedByService())
        .setRecipients(List.of(Disclosures.OCAM))
        .setPurpose(
            "threat analysis of a validated Foreign Terrorist Fighters hit (RD 21-12-2017 art. 8"
                + " §2)")
        .setDetails(
            Map.of(
                "hitId", transfer.getHitId(),
                "listId", transfer.getListId(),
                "validatedBy", transfer.getValidatedBy()))
        .build();
  }

  public static AuditEvent overdue(OverdueAlert alert) {
    return event(AuditEventType.OVERDUE, "HIT", alert.getHitId(), alert.getDeadline())
        .setEventId(id("overdue", alert.getAlertId()))
        .setService(alert.getServices().isEmpty() ? null : alert.getServices().get(0))
        .setRecipients(List.of("SUPERVISION"))
        .setPurpose("hit not validated within 24 h of its notification (law art. 24)")
        .setDetails(
            Map.of(
                "alertId", alert.getAlertId(),
                "services", String.join(",", alert.getServices()),
                "notifiedAt", alert.getNotifiedAt().toString()))
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

  private static AuditEvent.Builder event(
      AuditEventType type, String subjectType, String subjectId, Instant at) {
    return AuditEvent.newBuilder()
        .setType(type)
        .setJob(JOB)
        .setActor(SYSTEM)
        .setSubjectType(subjectType)
        .setSubjectId(subjectId)
        .setOccurredAt(at);
  }

  private static String id(String... parts) {
    return "a-" + Digests.of(parts);
  }
}
