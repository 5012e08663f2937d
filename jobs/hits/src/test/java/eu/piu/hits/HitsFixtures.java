package eu.piu.hits;

import eu.piu.schema.CodeRole;
import eu.piu.schema.Decision;
import eu.piu.schema.DecisionEffect;
import eu.piu.schema.DecisionKind;
import eu.piu.schema.FlightLeg;
import eu.piu.schema.Hit;
import eu.piu.schema.HitKind;
import eu.piu.schema.IdentificationCode;
import eu.piu.schema.internal.GroupedHit;
import eu.piu.schema.internal.HitDecision;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Hits, codes and decisions on one flight, with its times spelled out. */
public final class HitsFixtures {

  public static final Instant DETECTED = Instant.parse("2026-11-22T08:00:00Z");
  public static final Instant DEPARTURE = Instant.parse("2026-11-23T10:00:00Z");
  public static final Instant ARRIVAL = DEPARTURE.plus(Duration.ofHours(2));
  public static final Duration DEADLINE_AFTER = Duration.ofHours(24);
  public static final Duration RETENTION = Duration.ofHours(24);
  public static final Duration WAIT_FOR_HIT = Duration.ofHours(1);

  /** The 24 h validation deadline of a hit detected at {@link #DETECTED}. */
  public static final Instant DEADLINE = DETECTED.plus(DEADLINE_AFTER);

  /** The end of the flight's window: every hit on it is forgotten then. */
  public static final Instant WINDOW_END = ARRIVAL.plus(RETENTION);

  public static final String FTF = "common-ftf";
  public static final String REASON = "checked passport copy against the file";

  private HitsFixtures() {}

  public static Hit hit(String id, String listId, boolean common, String... services) {
    return hit(id, "doc:X1", listId, common, services);
  }

  public static Hit hit(
      String id, String personKey, String listId, boolean common, String... services) {
    return Hit.newBuilder()
        .setHitId(id)
        .setKind(HitKind.WATCHLIST)
        .setServices(List.of(services))
        .setCommon(common)
        .setListId(listId)
        .setEntryId("e-" + id)
        .setReferenceVersion(1)
        .setPnrId("SN:ABC123:2026-11-01")
        .setPnrVersion(1)
        .setCarrier("SN")
        .setRecordLocator("ABC123")
        .setPassengerLegId("leg-" + id)
        .setPassengerId("p1")
        .setPersonKey(personKey)
        .setFlightKey("SN0123/2026-11-23/BRU")
        .setFlight(flight())
        .setSurname("MARTENS")
        .setMatchedFields(List.of())
        .setReason("document number on list")
        .setScore(1.0)
        .setDetectedAt(DETECTED)
        .build();
  }

  public static FlightLeg flight() {
    return FlightLeg.newBuilder()
        .setCarrier("SN")
        .setFlightNumber("0123")
        .setOrigin("BRU")
        .setDestination("IST")
        .setScheduledDeparture(DEPARTURE)
        .setScheduledArrival(ARRIVAL)
        .build();
  }

  public static GroupedHit alone(Hit hit) {
    return new GroupedHit(hit.getHitId(), hit, List.of(), List.copyOf(hit.getServices()));
  }

  public static IdentificationCode code(String code, String service, CodeRole role) {
    return code(code, service, role, Instant.parse("2026-01-01T00:00:00Z"), null);
  }

  public static IdentificationCode code(
      String code, String service, CodeRole role, Instant from, Instant until) {
    return IdentificationCode.newBuilder()
        .setCode(code)
        .setService(service)
        .setRole(role)
        .setValidFrom(from)
        .setValidUntil(until)
        .setUpdatedAt(from)
        .build();
  }

  public static Decision decision(
      String id, String hitId, String code, DecisionKind kind, Instant at) {
    return Decision.newBuilder()
        .setDecisionId(id)
        .setHitId(hitId)
        .setCode(code)
        .setKind(kind)
        .setReason(REASON)
        .setDecidedAt(at)
        .build();
  }

  /** A decision the code registry accepted for a member of {@code service}. */
  public static HitDecision accepted(
      String id, String hitId, String code, String service, DecisionKind kind, Instant at) {
    return new HitDecision(
        decision(id, hitId, code, kind, at), service, DecisionEffect.UNKNOWN, false);
  }

  public static HitDecision validate(String id, String hitId, String service, Instant at) {
    return accepted(id, hitId, "C-" + service, service, DecisionKind.VALIDATE, at);
  }

  public static HitDecision reject(String id, String hitId, String service, Instant at) {
    return accepted(id, hitId, "C-" + service, service, DecisionKind.REJECT, at);
  }

  public static Instant hoursAfterDetection(long hours) {
    return DETECTED.plus(Duration.ofHours(hours));
  }
}
