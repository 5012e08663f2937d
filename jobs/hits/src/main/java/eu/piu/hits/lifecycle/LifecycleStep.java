package eu.piu.hits.lifecycle;

import eu.piu.schema.DecisionResult;
import eu.piu.schema.internal.HitState;

/**
 * What one decision did to a hit.
 *
 * @param state the hit's new state; null when the decision changed nothing kept
 * @param result the answer to the decider; null for a duplicate, which was answered already
 * @param validated whether this decision validated the hit, so that it is transferred now
 */
public record LifecycleStep(HitState state, DecisionResult result, boolean validated) {

  static LifecycleStep duplicate() {
    return new LifecycleStep(null, null, false);
  }

  public boolean isDuplicate() {
    return result == null;
  }
}
