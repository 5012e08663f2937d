package eu.piu.hits.index;

import eu.piu.connectors.serde.AvroDocuments;
import eu.piu.schema.internal.HitDecision;
import eu.piu.schema.internal.HitState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysts' view of a hit in Elasticsearch: the hit as raised, with its current status, the
 * deciders' codes and times, its deadline, and its relations to the other hits on the same person
 * and flight. Written whole from the job's keyed state, in order per hit, so the last write is the
 * newest state; {@code sequence} grows with every change, so that a reader (or a later conditional
 * upsert) can tell a newer state from an older one, e.g. a state replayed after a restore, or a hit
 * whose later state landed in the next index after a rollover of the write alias.
 */
public final class HitDocuments {

  private HitDocuments() {}

  public static String idOf(HitState state) {
    return state.getHit().getHitId();
  }

  public static Map<String, Object> of(HitState state) {
    Map<String, Object> document = AvroDocuments.of(state.getHit());
    document.put("status", state.getStatus().name());
    document.put("sequence", state.getSequence());
    document.put("notifiedAt", state.getNotifiedAt().toString());
    document.put("deadlineAt", state.getDeadline().toString());
    document.put("overdue", state.getOverdue());
    document.put("decidedBy", state.getDecidedBy());
    document.put("decidedByService", state.getDecidedByService());
    document.put(
        "decidedAt", state.getDecidedAt() == null ? null : state.getDecidedAt().toString());
    document.put("rejectedBy", new ArrayList<>(state.getRejectedBy()));
    document.put("relatedHitIds", new ArrayList<>(state.getRelatedHitIds()));
    document.put("groupServices", new ArrayList<>(state.getGroupServices()));
    document.put("multiple", state.getGroupServices().size() > 1);
    List<Map<String, Object>> decisions = new ArrayList<>();
    for (HitDecision kept : state.getDecisions()) {
      Map<String, Object> decision = new LinkedHashMap<>();
      decision.put("decisionId", kept.getDecision().getDecisionId());
      decision.put("code", kept.getDecision().getCode());
      decision.put("service", kept.getService());
      decision.put("kind", kept.getDecision().getKind().name());
      decision.put("effect", kept.getEffect().name());
      decision.put("late", kept.getLate());
      decision.put("reason", kept.getDecision().getReason());
      decision.put("decidedAt", kept.getDecision().getDecidedAt().toString());
      decisions.add(decision);
    }
    document.put("decisions", decisions);
    document.put(
        "deciders", state.getDecisions().stream().map(d -> d.getDecision().getCode()).toList());
    return document;
  }
}
