package eu.piu.hits;

import eu.piu.schema.AuditEvent;
import eu.piu.schema.DeadLetter;
import eu.piu.schema.DecisionResult;
import eu.piu.schema.FollowUp;
import eu.piu.schema.Hit;
import eu.piu.schema.IdentificationCode;
import eu.piu.schema.OcamTransfer;
import eu.piu.schema.OverdueAlert;
import eu.piu.schema.internal.HitDecision;
import eu.piu.schema.internal.HitState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.apache.flink.util.OutputTag;

/**
 * Every state descriptor and output tag of the hits job, in one place: their names are part of
 * savepoints, so they change only with a state migration.
 */
public final class HitsDescriptors {

  private HitsDescriptors() {}

  /** Broadcast: the identification code registry, latest version of each code. */
  public static final MapStateDescriptor<String, IdentificationCode> CODES =
      new MapStateDescriptor<>(
          "identification-codes", Types.STRING, new AvroTypeInfo<>(IdentificationCode.class));

  /** Keyed by code: the version last journaled, so each change is journaled once. */
  public static final ValueStateDescriptor<IdentificationCode> JOURNALED_CODE =
      new ValueStateDescriptor<>("journaled-code", new AvroTypeInfo<>(IdentificationCode.class));

  /** Keyed by person and flight: the hits of the group, by hit id. */
  public static final MapStateDescriptor<String, Hit> GROUP_HITS =
      new MapStateDescriptor<>("group-hits", Types.STRING, new AvroTypeInfo<>(Hit.class));

  /** Keyed by hit id: the hit in its lifecycle. */
  public static final ValueStateDescriptor<HitState> HIT_STATE =
      new ValueStateDescriptor<>("hit-state", new AvroTypeInfo<>(HitState.class));

  /** Keyed by hit id: decisions that arrived before their hit, by decision id. */
  public static final MapStateDescriptor<String, HitDecision> EARLY_DECISIONS =
      new MapStateDescriptor<>(
          "early-decisions", Types.STRING, new AvroTypeInfo<>(HitDecision.class));

  public static final OutputTag<DeadLetter> DEAD_LETTERS =
      new OutputTag<>("dead-letters", new AvroTypeInfo<>(DeadLetter.class));

  public static final OutputTag<AuditEvent> AUDIT =
      new OutputTag<>("audit", new AvroTypeInfo<>(AuditEvent.class));

  public static final OutputTag<DecisionResult> DECISION_RESULTS =
      new OutputTag<>("decision-results", new AvroTypeInfo<>(DecisionResult.class));

  public static final OutputTag<FollowUp> FOLLOW_UPS =
      new OutputTag<>("follow-ups", new AvroTypeInfo<>(FollowUp.class));

  public static final OutputTag<OcamTransfer> OCAM_TRANSFERS =
      new OutputTag<>("ocam-transfers", new AvroTypeInfo<>(OcamTransfer.class));

  public static final OutputTag<OverdueAlert> OVERDUE_ALERTS =
      new OutputTag<>("overdue-alerts", new AvroTypeInfo<>(OverdueAlert.class));
}
