package eu.piu.ingest.versions;

import static eu.piu.ingest.IngestDescriptors.API_DATA;
import static eu.piu.ingest.IngestDescriptors.AUDIT;
import static eu.piu.ingest.IngestDescriptors.EMITTED_CONTENT;
import static eu.piu.ingest.IngestDescriptors.EMITTED_VERSION;
import static eu.piu.ingest.IngestDescriptors.PNR_VERSION;
import static eu.piu.ingest.IngestDescriptors.RECEIVED_CONTENT;
import static eu.piu.ingest.IngestDescriptors.RECEIVED_PNR;

import eu.piu.ingest.Expiry;
import eu.piu.ingest.api.ApiEnrichment;
import eu.piu.ingest.api.ApiMatches;
import eu.piu.ingest.audit.IngestAuditEvents;
import eu.piu.ingest.internal.ApiMatch;
import eu.piu.ingest.internal.PnrVersionState;
import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The versions of one PNR (keyed by pnrId), R1: a later push updates it, an identical re-send is
 * dropped, and the API data of its passengers is joined to it; what comes out is the PNR the
 * screening job screens.
 *
 * <ul>
 *   <li>A push older than the one kept (a late, out-of-order delivery) is dropped: metric {@code
 *       stalePnrVersions}.
 *   <li>A push with the same content as the one kept (push metadata aside, see {@link PnrContent})
 *       is dropped: metric {@code identicalResends} and an {@code OTHER} journal entry.
 *   <li>API data arriving (from the API join) is kept per passenger and applied to the current and
 *       every later version; an older API list's data does not replace a newer one's.
 *   <li>A result with the same content as the last one emitted is not emitted again (e.g. API data
 *       equal to the booking's DOCS): metric {@code unchangedResults}.
 *   <li>Every emitted version is strictly higher than the previous one: the later of the PNR's and
 *       the API data's push times, or the previous version + 1 ms when that is not higher (an API
 *       list pushed after the PNR's closure push but read first).
 * </ul>
 *
 * The state is forgotten by an event-time timer once the PNR's flights (and the API flights) are
 * over plus the retention; a later version that moved the flights keeps it.
 *
 * <p>Everything but the API data is one state value ({@link PnrVersionState}). Savepoints taken
 * before it existed hold the same facts in four states ({@code received-pnr}, {@code
 * received-content}, {@code emitted-content}, {@code emitted-version}); after such a restore a PNR
 * without the new value is looked up there once and moved over.
 */
public final class PnrVersionFunction extends KeyedCoProcessFunction<String, Pnr, ApiMatch, Pnr>
    implements CheckpointedFunction {

  private static final long serialVersionUID = 1L;

  private final Duration retention;

  private transient PnrContent content;
  private transient ValueState<PnrVersionState> versions;
  private transient MapState<String, ApiMatch> apiData;
  private transient boolean restored;
  private transient ValueState<Pnr> formerReceived;
  private transient ValueState<String> formerReceivedContent;
  private transient ValueState<String> formerEmittedContent;
  private transient ValueState<Long> formerEmittedVersion;
  private transient Counter stalePnrVersions;
  private transient Counter identicalResends;
  private transient Counter unchangedResults;
  private transient Counter pnrVersions;

  public PnrVersionFunction(Duration retention) {
    this.retention = retention;
  }

  @Override
  public void initializeState(FunctionInitializationContext context) {
    restored = context.isRestored();
  }

  @Override
  public void snapshotState(FunctionSnapshotContext context) {
    // Everything is keyed state.
  }

  @Override
  public void open(OpenContext openContext) {
    content = new PnrContent();
    versions = getRuntimeContext().getState(PNR_VERSION);
    apiData = getRuntimeContext().getMapState(API_DATA);
    if (restored) {
      formerReceived = getRuntimeContext().getState(RECEIVED_PNR);
      formerReceivedContent = getRuntimeContext().getState(RECEIVED_CONTENT);
      formerEmittedContent = getRuntimeContext().getState(EMITTED_CONTENT);
      formerEmittedVersion = getRuntimeContext().getState(EMITTED_VERSION);
    }
    var metrics = getRuntimeContext().getMetricGroup();
    stalePnrVersions = metrics.counter("stalePnrVersions");
    identicalResends = metrics.counter("identicalResends");
    unchangedResults = metrics.counter("unchangedResults");
    pnrVersions = metrics.counter("pnrVersionsEmitted");
  }

  @Override
  public void processElement1(Pnr pnr, Context ctx, Collector<Pnr> out) throws Exception {
    PnrVersionState kept = kept();
    Long keptVersion = kept.getReceivedVersion();
    if (keptVersion != null && pnr.getVersion() < keptVersion) {
      stalePnrVersions.inc();
      return;
    }
    byte[] received = content.of(pnr);
    if (keptVersion != null && ByteBuffer.wrap(received).equals(kept.getReceivedContent())) {
      identicalResends.inc();
      ctx.output(AUDIT, IngestAuditEvents.identicalResend(pnr, keptVersion));
      return;
    }
    long expiresAt = Expiry.of(pnr.getLegs(), retention);
    kept.setReceivedVersion(pnr.getVersion());
    kept.setReceivedContent(ByteBuffer.wrap(received));
    kept.setReceivedPush(ByteBuffer.wrap(content.pushOf(pnr)));
    kept.setReceivedExpiresAt(expiresAt);
    ctx.timerService().registerEventTimeTimer(expiresAt);
    emit(kept, pnr, received, out);
    versions.update(kept);
  }

  @Override
  public void processElement2(ApiMatch api, Context ctx, Collector<Pnr> out) throws Exception {
    ApiMatch known = apiData.get(api.getPassengerId());
    if (known != null
        && (known.getListVersion() > api.getListVersion() || ApiMatches.sameData(known, api))) {
      return;
    }
    apiData.put(api.getPassengerId(), api);
    ctx.timerService().registerEventTimeTimer(api.getExpiresAt());
    PnrVersionState kept = kept();
    kept.setApiData(true);
    if (kept.getReceivedVersion() != null) {
      Pnr pnr = content.joined(kept.getReceivedContent(), kept.getReceivedPush());
      if (hasPassenger(pnr, api.getPassengerId())) {
        emit(kept, pnr, null, out);
      }
    }
    versions.update(kept);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<Pnr> out) throws Exception {
    PnrVersionState kept = kept();
    long over = kept.getReceivedVersion() == null ? Long.MIN_VALUE : kept.getReceivedExpiresAt();
    if (kept.getApiData()) {
      for (ApiMatch api : apiData.values()) {
        over = Math.max(over, api.getExpiresAt());
      }
    }
    // A later version may have moved the flights: only the timer of the latest itinerary clears.
    if (over <= timestamp) {
      versions.clear();
      apiData.clear();
    }
  }

  /**
   * The PNR with its passengers' API data, unless that is what was emitted last; {@code pnrContent}
   * is the PNR's encoded content when the caller has it.
   */
  private void emit(PnrVersionState kept, Pnr pnr, byte[] pnrContent, Collector<Pnr> out)
      throws Exception {
    Map<String, ApiMatch> api = new HashMap<>();
    long version = pnr.getVersion();
    if (kept.getApiData()) {
      for (Map.Entry<String, ApiMatch> entry : apiData.entries()) {
        if (hasPassenger(pnr, entry.getKey())) {
          api.put(entry.getKey(), entry.getValue());
          version = Math.max(version, entry.getValue().getListVersion());
        }
      }
    }
    Pnr result = ApiEnrichment.apply(pnr, api);
    // Without API data the result's content is the PNR's.
    String hash =
        PnrContent.hash(api.isEmpty() && pnrContent != null ? pnrContent : content.of(result));
    if (hash.equals(kept.getEmittedContent())) {
      unchangedResults.inc();
      return;
    }
    Long last = kept.getEmittedVersion();
    if (last != null && version <= last) {
      version = last + 1;
    }
    result.setVersion(version);
    kept.setEmittedContent(hash);
    kept.setEmittedVersion(version);
    pnrVersions.inc();
    out.collect(result);
  }

  /** What is kept of this PNR; empty for a PNR not seen yet. */
  private PnrVersionState kept() throws Exception {
    PnrVersionState kept = versions.value();
    if (kept != null) {
      return kept;
    }
    kept = new PnrVersionState();
    if (restored) {
      moveFormerState(kept);
    }
    return kept;
  }

  /** What a savepoint from before {@link PnrVersionState} holds of this PNR, into {@code kept}. */
  private void moveFormerState(PnrVersionState kept) throws Exception {
    kept.setApiData(!apiData.isEmpty());
    Pnr received = formerReceived.value();
    if (received == null) {
      return;
    }
    kept.setReceivedVersion(received.getVersion());
    kept.setReceivedContent(ByteBuffer.wrap(content.of(received)));
    kept.setReceivedPush(ByteBuffer.wrap(content.pushOf(received)));
    kept.setReceivedExpiresAt(Expiry.of(received.getLegs(), retention));
    kept.setEmittedContent(formerEmittedContent.value());
    kept.setEmittedVersion(formerEmittedVersion.value());
    versions.update(kept);
    formerReceived.clear();
    formerReceivedContent.clear();
    formerEmittedContent.clear();
    formerEmittedVersion.clear();
  }

  private static boolean hasPassenger(Pnr pnr, String passengerId) {
    for (Passenger passenger : pnr.getPassengers()) {
      if (passenger.getPassengerId().equals(passengerId)) {
        return true;
      }
    }
    return false;
  }
}
