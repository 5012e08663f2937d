package eu.piu.ingest.versions;

import static eu.piu.ingest.IngestDescriptors.API_DATA;
import static eu.piu.ingest.IngestDescriptors.AUDIT;
import static eu.piu.ingest.IngestDescriptors.EMITTED_CONTENT;
import static eu.piu.ingest.IngestDescriptors.EMITTED_VERSION;
import static eu.piu.ingest.IngestDescriptors.PNR_VERSION;
import static eu.piu.ingest.IngestDescriptors.RECEIVED_CONTENT;
import static eu.piu.ingest.IngestDescriptors.RECEIVED_PNR;

import eu.piu.ingest.api.ApiEnrichment;
import eu.piu.ingest.api.ApiMatches;
import eu.piu.ingest.audit.IngestAuditEvents;
import eu.piu.ingest.internal.ApiMatch;
import eu.piu.ingest.internal.EncodedPnr;
import eu.piu.ingest.internal.PnrVersionState;
import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
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
 * <p>PNRs come and go in the topic's encoding ({@link EncodePnr}): a version that is neither API
 * data joined nor raised is kept and written as it came, never decoded. Everything but the API data
 * is one state value ({@link PnrVersionState}). Savepoints taken before it existed hold the same
 * facts in four states ({@code received-pnr}, {@code received-content}, {@code emitted-content},
 * {@code emitted-version}); after such a restore a PNR without the new value is looked up there
 * once and moved over.
 */
public final class PnrVersionFunction
    extends KeyedCoProcessFunction<String, EncodedPnr, ApiMatch, EncodedPnr>
    implements CheckpointedFunction {

  private static final long serialVersionUID = 1L;

  private final Duration retention;

  private transient PnrEncoding encoding;
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
    encoding = new PnrEncoding(retention);
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
  public void processElement1(EncodedPnr pnr, Context ctx, Collector<EncodedPnr> out)
      throws Exception {
    PnrVersionState kept = kept();
    Long keptVersion = kept.getReceivedVersion();
    if (keptVersion != null && pnr.getVersion() < keptVersion) {
      stalePnrVersions.inc();
      return;
    }
    if (keptVersion != null && pnr.getContent().equals(kept.getReceivedContent())) {
      identicalResends.inc();
      ctx.output(AUDIT, IngestAuditEvents.identicalResend(pnr, keptVersion));
      return;
    }
    kept.setReceivedVersion(pnr.getVersion());
    kept.setReceivedContent(pnr.getContent());
    kept.setReceivedPnr(pnr.getPnr());
    kept.setReceivedExpiresAt(pnr.getExpiresAt());
    ctx.timerService().registerEventTimeTimer(pnr.getExpiresAt());
    emit(kept, pnr, null, out);
    versions.update(kept);
  }

  @Override
  public void processElement2(ApiMatch api, Context ctx, Collector<EncodedPnr> out)
      throws Exception {
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
      Pnr received = encoding.decode(kept.getReceivedPnr());
      if (hasPassenger(received, api.getPassengerId())) {
        emit(kept, null, received, out);
      }
    }
    versions.update(kept);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<EncodedPnr> out)
      throws Exception {
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
   * The PNR received last with its passengers' API data, unless that is what was emitted last. The
   * PNR is given as it came in ({@code encoded}) or as decoded from the state ({@code decoded}).
   */
  private void emit(
      PnrVersionState kept, EncodedPnr encoded, Pnr decoded, Collector<EncodedPnr> out)
      throws Exception {
    Pnr pnr = decoded;
    Map<String, ApiMatch> api = new HashMap<>();
    long version = kept.getReceivedVersion();
    if (kept.getApiData()) {
      pnr = pnr != null ? pnr : encoding.decode(encoded.getPnr());
      for (Map.Entry<String, ApiMatch> entry : apiData.entries()) {
        if (hasPassenger(pnr, entry.getKey())) {
          api.put(entry.getKey(), entry.getValue());
          version = Math.max(version, entry.getValue().getListVersion());
        }
      }
    }
    Pnr enriched = api.isEmpty() ? null : ApiEnrichment.apply(pnr, api);
    // Without API data the result is the PNR as received.
    EncodedPnr result = enriched == null ? encoded : encoding.of(enriched);
    String content = enriched == null ? kept.getReceivedContent() : result.getContent();
    if (content.equals(kept.getEmittedContent())) {
      unchangedResults.inc();
      return;
    }
    Long last = kept.getEmittedVersion();
    if (last != null && version <= last) {
      version = last + 1;
    }
    kept.setEmittedContent(content);
    kept.setEmittedVersion(version);
    pnrVersions.inc();
    if (result == null || version != result.getVersion()) {
      Pnr raised = enriched;
      if (raised == null) {
        raised = ShallowPnr.copyOf(pnr != null ? pnr : encoding.decode(encoded.getPnr()));
      }
      raised.setVersion(version);
      result = encoding.of(raised);
    }
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
    EncodedPnr encoded = encoding.of(received);
    kept.setReceivedVersion(encoded.getVersion());
    kept.setReceivedContent(encoded.getContent());
    kept.setReceivedPnr(encoded.getPnr());
    kept.setReceivedExpiresAt(encoded.getExpiresAt());
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
