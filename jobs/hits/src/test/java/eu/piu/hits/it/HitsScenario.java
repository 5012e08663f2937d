package eu.piu.hits.it;

import eu.piu.hits.HitsFixtures;
import eu.piu.schema.CodeRole;
import eu.piu.schema.Decision;
import eu.piu.schema.DecisionKind;
import eu.piu.schema.FlightLeg;
import eu.piu.schema.Hit;
import eu.piu.schema.IdentificationCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Two services (POLICE, VSSE), their own lists, a common FTF list: five hits and the decisions on
 * them, in the order they are written.
 *
 * <ul>
 *   <li>H1 (POLICE) and H2 (VSSE) on the same person and flight: a multiple hit; H1 validated, H2
 *       rejected; H1's validation is sent twice.
 *   <li>H3 on the common FTF list for both: validated by VSSE (follow-up to both, OCAM), then
 *       rejected by POLICE, which is only recorded.
 *   <li>H4 (POLICE): never decided: overdue.
 *   <li>H5 (POLICE): refused to a VSSE member, an expired code, the head of the PIU and an unknown
 *       code; validated late, 25 h after its notification. That decision also moves event time past
 *       every deadline.
 *   <li>A decision on a hit that never comes (H9): refused once its wait is over.
 * </ul>
 */
final class HitsScenario {

  static final Instant T0 = HitsFixtures.DETECTED;

  static final List<IdentificationCode> CODES =
      List.of(
          HitsFixtures.code("P-001", "POLICE", CodeRole.DETACHED_MEMBER),
          HitsFixtures.code("V-001", "VSSE", CodeRole.DETACHED_MEMBER),
          HitsFixtures.code("H-001", "PIU", CodeRole.HEAD_OF_PIU),
          HitsFixtures.code(
              "P-OLD",
              "POLICE",
              CodeRole.DETACHED_MEMBER,
              Instant.parse("2023-01-01T00:00:00Z"),
              Instant.parse("2026-01-01T00:00:00Z")));

  static final Hit H1 =
      onLaterFlight(HitsFixtures.hit("H1", "doc:A", "police-wanted", false, "POLICE"));
  static final Hit H2 = onLaterFlight(HitsFixtures.hit("H2", "doc:A", "vsse-watch", false, "VSSE"));
  static final Hit H3 =
      onLaterFlight(HitsFixtures.hit("H3", "doc:B", HitsFixtures.FTF, true, "POLICE", "VSSE"));
  static final Hit H4 =
      onLaterFlight(HitsFixtures.hit("H4", "doc:C", "police-wanted", false, "POLICE"));
  static final Hit H5 =
      onLaterFlight(HitsFixtures.hit("H5", "doc:D", "police-wanted", false, "POLICE"));
  static final List<Hit> HITS = List.of(H1, H2, H3, H4, H5);

  /** Decided before the crash. */
  static final List<Decision> FIRST =
      List.of(
          decision("d-h1", "H1", "P-001", DecisionKind.VALIDATE, 1),
          decision("d-h1", "H1", "P-001", DecisionKind.VALIDATE, 1),
          decision("d-h2", "H2", "V-001", DecisionKind.REJECT, 1),
          decision("d-h5-vsse", "H5", "V-001", DecisionKind.VALIDATE, 1),
          decision("d-h5-old", "H5", "P-OLD", DecisionKind.VALIDATE, 1),
          decision("d-h5-head", "H5", "H-001", DecisionKind.VALIDATE, 1),
          decision("d-h5-unknown", "H5", "X-404", DecisionKind.VALIDATE, 1),
          decision("d-h9", "H9", "P-001", DecisionKind.VALIDATE, 1));

  /** Decided around the crash. */
  static final List<Decision> SECOND =
      List.of(
          decision("d-h3-vsse", "H3", "V-001", DecisionKind.VALIDATE, 2),
          decision("d-h3-police", "H3", "P-001", DecisionKind.REJECT, 3));

  /** Decided last, 25 h after the notifications. */
  static final Decision LATE = decision("d-h5", "H5", "P-001", DecisionKind.VALIDATE, 25);

  static final int DECISION_RESULTS = 10;
  static final int CODE_CHANGES = 4;
  static final int DISCLOSURES = 5;
  static final int DEAD_LETTERS = 1;
  static final int AUDIT_EVENTS = CODE_CHANGES + DECISION_RESULTS + DISCLOSURES + 1 + DEAD_LETTERS;

  private HitsScenario() {}

  static Decision decision(String id, String hit, String code, DecisionKind kind, int hours) {
    return Decision.newBuilder(HitsFixtures.decision(id, hit, code, kind, T0))
        .setDecidedAt(T0.plus(Duration.ofHours(hours)))
        .build();
  }

  /** A flight whose window outlasts the scenario, so that no hit is forgotten during it. */
  private static Hit onLaterFlight(Hit hit) {
    FlightLeg flight = HitsFixtures.flight();
    flight.setScheduledDeparture(T0.plus(Duration.ofHours(30)));
    flight.setScheduledArrival(T0.plus(Duration.ofHours(32)));
    return Hit.newBuilder(hit).setFlight(flight).build();
  }
}
