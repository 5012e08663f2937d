package eu.piu.hits.codes;

import eu.piu.schema.CodeRole;
import eu.piu.schema.Decision;
import eu.piu.schema.IdentificationCode;
import eu.piu.schema.Refusal;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether the holder of a decision's code may decide on hits at all (RD 21-12-2017 arts. 7-8): a
 * known code, valid when the decision was taken (its time, not the time it is processed, so that a
 * replay decides the same), held by a detached member. Whether the member's service is concerned by
 * the hit is checked against the hit, in the lifecycle.
 */
public final class DecisionCheck {

  private DecisionCheck() {}

  /** Empty when the code may decide; the refusal otherwise. */
  public static Optional<Refusal> check(Decision decision, IdentificationCode code) {
    if (code == null) {
      return Optional.of(Refusal.UNKNOWN_CODE);
    }
    if (!isValidAt(code, decision.getDecidedAt())) {
      return Optional.of(Refusal.EXPIRED_CODE);
    }
    if (code.getRole() != CodeRole.DETACHED_MEMBER) {
      return Optional.of(Refusal.WRONG_ROLE);
    }
    return Optional.empty();
  }

  static boolean isValidAt(IdentificationCode code, Instant at) {
    return !at.isBefore(code.getValidFrom())
        && (code.getValidUntil() == null || at.isBefore(code.getValidUntil()));
  }
}
