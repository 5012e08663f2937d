package eu.piu.screening;

import eu.piu.schema.AuditEvent;
import eu.piu.schema.DeadLetter;
import eu.piu.schema.Hit;
import eu.piu.schema.internal.ScreenedPnr;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.typeutils.base.StringSerializer;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.apache.flink.util.OutputTag;

/**
 * Every state descriptor and output tag of the screening job, in one place: their names are part of
 * savepoints, so they change only with a state migration.
 */
public final class ScreeningDescriptors {

  private ScreeningDescriptors() {}

  /**
   * Broadcast: every watchlist entry and profile in force (deletions as tombstones), by {@link
   * ReferenceUpdates#keyOf}, as single-object encoded {@code ReferenceUpdate}s: immutable bytes
   * make the per-checkpoint copy of a large list cheap (see {@link ImmutableBytesSerializer}).
   */
  public static final MapStateDescriptor<String, byte[]> REFERENCE_DATA =
      new MapStateDescriptor<>(
          "reference-data", StringSerializer.INSTANCE, ImmutableBytesSerializer.INSTANCE);

  /** Keyed by PNR id: its latest version and the ids of the hits already raised for it. */
  public static final ValueStateDescriptor<ScreenedPnr> SCREENED_PNR =
      new ValueStateDescriptor<>("screened-pnr", new AvroTypeInfo<>(ScreenedPnr.class));

  /** Keyed by person and flight: the hits of the group, by hit id. */
  public static final MapStateDescriptor<String, Hit> GROUP_HITS =
      new MapStateDescriptor<>("group-hits", Types.STRING, new AvroTypeInfo<>(Hit.class));

  public static final OutputTag<DeadLetter> DEAD_LETTERS =
      new OutputTag<>("dead-letters", new AvroTypeInfo<>(DeadLetter.class));

  public static final OutputTag<AuditEvent> AUDIT =
      new OutputTag<>("audit", new AvroTypeInfo<>(AuditEvent.class));
}
