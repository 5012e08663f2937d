package eu.piu.ingest.versions;

import static eu.piu.ingest.IngestDescriptors.API_DATA;
import static eu.piu.ingest.IngestDescriptors.AUDIT;
import static eu.piu.ingest.IngestDescriptors.EMITTED_CONTENT;
import static eu.piu.ingest.IngestDescriptors.EMITTED_VERSION;
import static eu.piu.ingest.IngestDescriptors.RECEIVED_CONTENT;
import static eu.piu.ingest.IngestDescriptors.RECEIVED_PNR;

import eu.piu.ingest.Expiry;
import eu.piu.ingest.api.ApiEnrichment;
import eu.piu.ingest.api.ApiMatches;
import eu.piu.ingest.audit.IngestAuditEvents;
import eu.piu.ingest.internal.ApiMatch;
import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.metrics.Counter;
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
 */
public final class PnrVersionFunction extends KeyedCoProcessFunction<String, Pnr, ApiMatch, Pnr> {

  private static final long serialVersionUID = 1L;

  private final Duration retention;

  private transient PnrContent content;
  private transient ValueState<Pnr> received;
  private transient ValueState<String> receivedContent;
  private transient ValueState<String> emittedContent;
  private transient ValueState<Long> emittedVersion;
  private transient MapState<String, ApiMatch> apiData;
  private transient Counter stalePnrVersions;
  private transient Counter identicalResends;
  private transient Counter unchangedResults;
  private transient Counter pnrVersions;

  public PnrVersionFunction(Duration retention) {
    this.retention = retention;
  }

  @Override
  public void open(OpenContext openContext) {
    content = new PnrContent();
    received = getRuntimeContext().getState(RECEIVED_PNR);
    receivedContent = getRuntimeContext().getState(RECEIVED_CONTENT);
    emittedContent = getRuntimeContext().getState(EMITTED_CONTENT);
    emittedVersion = getRuntimeContext().getState(EMITTED_VERSION);
    apiData = getRuntimeContext().getMapState(API_DATA);
    var metrics = getRuntimeContext().getMetricGroup();
    stalePnrVersions = metrics.counter("stalePnrVersions");
    identicalResends = metrics.counter("identicalResends");
    unchangedResults = metrics.counter("unchangedResults");
    pnrVersions = metrics.counter("pnrVersionsEmitted");
  }

  @Override
  public void processElement1(Pnr pnr, Context ctx, Collector<Pnr> out) throws Exception {
    Pnr kept = received.value();
    if (kept != null && pnr.getVersion() < kept.getVersion()) {
      stalePnrVersions.inc();
      return;
    }
    String hash = content.hash(pnr);
    if (kept != null && hash.equals(receivedContent.value())) {
      identicalResends.inc();
      ctx.output(AUDIT, IngestAuditEvents.identicalResend(pnr, kept.getVersion()));
      return;
    }
    received.update(pnr);
    receivedContent.update(hash);
    ctx.timerService().registerEventTimeTimer(Expiry.of(pnr.getLegs(), retention));
    emit(pnr, out);
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
    Pnr pnr = received.value();
    if (pnr != null && hasPassenger(pnr, api.getPassengerId())) {
      emit(pnr, out);
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<Pnr> out) throws Exception {
    Pnr pnr = received.value();
    long over = pnr == null ? Long.MIN_VALUE : Expiry.of(pnr.getLegs(), retention);
    for (ApiMatch api : apiData.values()) {
      over = Math.max(over, api.getExpiresAt());
    }
    // A later version may have moved the flights: only the timer of the latest itinerary clears.
    if (over <= timestamp) {
      received.clear();
      receivedContent.clear();
      emittedContent.clear();
      emittedVersion.clear();
      apiData.clear();
    }
  }

  /** The PNR with its passengers' API data, unless that is what was emitted last. */
  private void emit(Pnr pnr, Collector<Pnr> out) throws Exception {
    Map<String, ApiMatch> api = new HashMap<>();
    long version = pnr.getVersion();
    for (Map.Entry<String, ApiMatch> entry : apiData.entries()) {
      if (hasPassenger(pnr, entry.getKey())) {
        api.put(entry.getKey(), entry.getValue());
        version = Math.max(version, entry.getValue().getListVersion());
      }
    }
    Pnr result = ApiEnrichment.apply(pnr, api);
    String hash = content.hash(result);
    if (hash.equals(emittedContent.value())) {
      unchangedResults.inc();
      return;
    }
    Long last = emittedVersion.value();
    if (last != null && version <= last) {
      version = last + 1;
    }
    result.setVersion(version);
    emittedContent.update(hash);
    emittedVersion.update(version);
    pnrVersions.inc();
    out.collect(result);
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
