package eu.piu.ingest;

import eu.piu.ingest.internal.ApiMatch;
import eu.piu.ingest.internal.ApiTraveller;
import eu.piu.ingest.internal.FlightBooking;
import eu.piu.ingest.internal.FlightPush;
import eu.piu.ingest.internal.PnrVersionState;
import eu.piu.ingest.internal.PushCompliance;
import eu.piu.ingest.internal.ReceivedMessage;
import eu.piu.schema.ApiPassengerList;
import eu.piu.schema.AuditEvent;
import eu.piu.schema.DeadLetter;
import eu.piu.schema.Pnr;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.apache.flink.util.OutputTag;

/**
 * Every state descriptor and output tag of the ingestion job, in one place: their names are part of
 * savepoints, so they change only with a state migration.
 */
public final class IngestDescriptors {

  private IngestDescriptors() {}

  // --- Multi-part messages, keyed by sender and access reference ---

  /** The parts received so far, by their first sequence number. */
  public static final MapStateDescriptor<Integer, ReceivedMessage> MESSAGE_PARTS =
      new MapStateDescriptor<>(
          "message-parts", Types.INT, new AvroTypeInfo<>(ReceivedMessage.class));

  // --- PNR versions, keyed by pnrId ---

  /** The PNR received last and what was emitted last. */
  public static final ValueStateDescriptor<PnrVersionState> PNR_VERSION =
      new ValueStateDescriptor<>("pnr-version", new AvroTypeInfo<>(PnrVersionState.class));

  // What PNR_VERSION holds was in the next four states until savepoints of this version: read
  // only to move it over after restoring such a savepoint.

  /** The latest PNR version received (as parsed, without API data), until its flights are over. */
  public static final ValueStateDescriptor<Pnr> RECEIVED_PNR =
      new ValueStateDescriptor<>("received-pnr", new AvroTypeInfo<>(Pnr.class));

  /** Hash of the received PNR's content without push metadata: an identical re-send has it too. */
  public static final ValueStateDescriptor<String> RECEIVED_CONTENT =
      new ValueStateDescriptor<>("received-content", Types.STRING);

  /** Hash of the content last emitted (with API data): an unchanged result is not re-emitted. */
  public static final ValueStateDescriptor<String> EMITTED_CONTENT =
      new ValueStateDescriptor<>("emitted-content", Types.STRING);

  /** The version last emitted: every emitted version is strictly higher than the one before. */
  public static final ValueStateDescriptor<Long> EMITTED_VERSION =
      new ValueStateDescriptor<>("emitted-version", Types.LONG);

  /** API data of the PNR's passengers, by PNR passengerId. */
  public static final MapStateDescriptor<String, ApiMatch> API_DATA =
      new MapStateDescriptor<>("api-data", Types.STRING, new AvroTypeInfo<>(ApiMatch.class));

  // --- API join, keyed by flight (carrier + flight number / departure date) ---

  /** The PNRs with a passenger on the flight, by pnrId (latest version). */
  public static final MapStateDescriptor<String, FlightBooking> BOOKINGS =
      new MapStateDescriptor<>(
          "flight-bookings", Types.STRING, new AvroTypeInfo<>(FlightBooking.class));

  /** The API lists of the flight (one per part), by listId (latest version). */
  public static final MapStateDescriptor<String, ApiPassengerList> API_LISTS =
      new MapStateDescriptor<>(
          "flight-api-lists", Types.STRING, new AvroTypeInfo<>(ApiPassengerList.class));

  /** Where each API traveller of the flight stands, by API passengerId. */
  public static final MapStateDescriptor<String, ApiTraveller> API_TRAVELLERS =
      new MapStateDescriptor<>(
          "flight-api-travellers", Types.STRING, new AvroTypeInfo<>(ApiTraveller.class));

  // --- push compliance, keyed by flight (carrier + flight number / departure date / origin) ---

  /** The flight's compliance so far (the FLIGHT document last written). */
  public static final ValueStateDescriptor<PushCompliance> FLIGHT_COMPLIANCE =
      new ValueStateDescriptor<>("flight-compliance", new AvroTypeInfo<>(PushCompliance.class));

  // --- side outputs ---

  public static final OutputTag<DeadLetter> DEAD_LETTERS =
      new OutputTag<>("dead-letters", new AvroTypeInfo<>(DeadLetter.class));

  public static final OutputTag<AuditEvent> AUDIT =
      new OutputTag<>("audit", new AvroTypeInfo<>(AuditEvent.class));

  /** API passenger lists read from PAXLST messages, on their way to the API join. */
  public static final OutputTag<ApiPassengerList> API_LISTS_READ =
      new OutputTag<>("api-lists", new AvroTypeInfo<>(ApiPassengerList.class));

  /** PNRGOV pushes, on their way to push compliance. */
  public static final OutputTag<FlightPush> PUSHES =
      new OutputTag<>("pushes", new AvroTypeInfo<>(FlightPush.class));

  /** API travellers with no PNR passenger, as PNR records of their own. */
  public static final OutputTag<Pnr> API_ONLY_PNRS =
      new OutputTag<>("api-only-pnrs", new AvroTypeInfo<>(Pnr.class));
}
