package eu.piu.hits;

import eu.piu.connectors.deadletter.RecordValidator;
import eu.piu.schema.CodeRole;
import eu.piu.schema.Decision;
import eu.piu.schema.DecisionKind;
import eu.piu.schema.Hit;
import eu.piu.schema.IdentificationCode;
import java.util.ArrayList;
import java.util.List;

/** What the hits job needs of its inputs; a record failing these becomes a dead letter. */
public final class HitsValidations {

  private HitsValidations() {}

  public static RecordValidator<Hit> hit() {
    return hit -> {
      List<String> problems = new ArrayList<>();
      if (hit.getHitId().isBlank()) {
        problems.add("hitId: blank");
      }
      if (hit.getServices().isEmpty()) {
        problems.add("services: empty");
      }
      return problems;
    };
  }

  public static RecordValidator<Decision> decision() {
    return decision -> {
      List<String> problems = new ArrayList<>();
      if (decision.getDecisionId().isBlank()) {
        problems.add("decisionId: blank");
      }
      if (decision.getHitId().isBlank()) {
        problems.add("hitId: blank");
      }
      if (decision.getCode().isBlank()) {
        problems.add("code: blank");
      }
      if (decision.getKind() == DecisionKind.UNKNOWN) {
        problems.add("kind: neither VALIDATE nor REJECT");
      }
      // The reason itself is free text and never repeated here.
      if (decision.getReason().isBlank()) {
        problems.add("reason: blank");
      }
      return problems;
    };
  }

  public static RecordValidator<IdentificationCode> identificationCode(
      List<String> services, String piuService) {
    return code -> {
      List<String> problems = new ArrayList<>();
      if (code.getCode().isBlank()) {
        problems.add("code: blank");
      }
      if (!services.contains(code.getService()) && !piuService.equals(code.getService())) {
        problems.add(
            "service: unknown "
                + code.getService()
                + " (configured: piu.services, "
                + piuService
                + ")");
      }
      if (code.getRole() == CodeRole.UNKNOWN) {
        problems.add("role: unknown");
      }
      if (code.getValidUntil() != null && !code.getValidUntil().isAfter(code.getValidFrom())) {
        problems.add("validUntil: not after validFrom");
      }
      return problems;
    };
  }
}
