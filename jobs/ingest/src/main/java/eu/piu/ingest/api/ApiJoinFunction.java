package eu.piu.ingest.api;

import static eu.piu.ingest.IngestDescriptors.API_LISTS;
import static eu.piu.ingest.IngestDescriptors.API_ONLY_PNRS;
import static eu.piu.ingest.IngestDescriptors.API_TRAVELLERS;
import static eu.piu.ingest.IngestDescriptors.BOOKINGS;

import eu.piu.ingest.Expiry;
import eu.piu.ingest.internal.ApiMatch;
import eu.piu.ingest.internal.ApiTraveller;
import eu.piu.ingest.internal.FlightBooking;
import eu.piu.schema.ApiPassenger;
import eu.piu.schema.ApiPassengerList;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.TimeDomain;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Joins the API travellers of a flight to the PNR passengers they are (keyed by flight: carrier +
 * flight number / date), whichever comes first: the PNRs of a flight are pushed 48 to 24 hours
 * before departure and again at closure, its API list at closure.
 *
 * <ul>
 *   <li>A PNR version arriving updates the flight's bookings and is tried against the travellers
 *       still unmatched that it could concern.
 *   <li>An API list arriving has each traveller matched against the flight's bookings ({@link
 *       ApiPassengerMatcher}). A match goes to the PNR's versions (main output, keyed by pnrId
 *       downstream); an unmatched traveller waits {@code waitForPnr} (wall clock) for its PNR, then
 *       becomes an API-only PNR record (side output) so that it is screened all the same.
 *   <li>A PNR arriving after that still gets the traveller's API data; the API-only record stays
 *       (it was screened, its hits stand).
 * </ul>
 *
 * Everything of a flight is forgotten by event-time timers once the flight is over plus the
 * retention.
 */
public final class ApiJoinFunction
    extends KeyedCoProcessFunction<String, FlightBooking, ApiPassengerList, ApiMatch> {

  private static final long serialVersionUID = 1L;

  private final Duration retention;
  private final Duration waitForPnr;

  private transient MapState<String, FlightBooking> bookings;
  private transient MapState<String, ApiPassengerList> lists;
  private transient MapState<String, ApiTraveller> travellers;
  private transient Counter matched;
  private transient Counter apiOnly;
  private transient Counter staleApiLists;

  public ApiJoinFunction(Duration retention, Duration waitForPnr) {
    this.retention = retention;
    this.waitForPnr = waitForPnr;
  }

  @Override
  public void open(OpenContext openContext) {
    bookings = getRuntimeContext().getMapState(BOOKINGS);
    lists = getRuntimeContext().getMapState(API_LISTS);
    travellers = getRuntimeContext().getMapState(API_TRAVELLERS);
    var metrics = getRuntimeContext().getMetricGroup();
    matched = metrics.counter("apiTravellersMatched");
    apiOnly = metrics.counter("apiOnlyTravellers");
    staleApiLists = metrics.counter("staleApiLists");
  }

  @Override
  public void processElement1(FlightBooking booking, Context ctx, Collector<ApiMatch> out)
      throws Exception {
    FlightBooking known = bookings.get(booking.getPnrId());
    if (known != null && known.getVersion() > booking.getVersion()) {
      return;
    }
    bookings.put(booking.getPnrId(), booking);
    ctx.timerService().registerEventTimeTimer(booking.getExpiresAt());
    List<FlightBooking> all = null;
    for (ApiTraveller traveller : list(travellers.values())) {
      if (traveller.getMatchedPnrId() != null) {
        continue;
      }
      ApiPassengerList list = lists.get(traveller.getListId());
      ApiPassenger passenger = passengerOf(list, traveller.getApiPassengerId());
      if (passenger == null || !ApiPassengerMatcher.couldMatch(passenger, booking)) {
        continue;
      }
      all = all != null ? all : list(bookings.values());
      Optional<ApiPassengerMatcher.Match> match = ApiPassengerMatcher.match(passenger, all);
      if (match.isPresent()) {
        matchTo(traveller, match.get());
        travellers.put(traveller.getApiPassengerId(), traveller);
        out.collect(matchOf(list, passenger, traveller));
      }
    }
  }

  @Override
  public void processElement2(ApiPassengerList list, Context ctx, Collector<ApiMatch> out)
      throws Exception {
    ApiPassengerList known = lists.get(list.getListId());
    if (known != null && known.getVersion() > list.getVersion()) {
      staleApiLists.inc();
      return;
    }
    lists.put(list.getListId(), list);
    ctx.timerService().registerEventTimeTimer(Expiry.of(list.getLegs(), retention));
    List<FlightBooking> all = list(bookings.values());
    long now = ctx.timerService().currentProcessingTime();
    for (ApiPassenger passenger : list.getPassengers()) {
      ApiTraveller traveller = travellers.get(passenger.getPassengerId());
      if (traveller != null && traveller.getListVersion() > list.getVersion()) {
        continue; // a later list (another part of the message) already has this traveller
      }
      if (traveller == null) {
        traveller =
            ApiTraveller.newBuilder()
                .setApiPassengerId(passenger.getPassengerId())
                .setListId(list.getListId())
                .setListVersion(list.getVersion())
                .build();
      }
      traveller.setListId(list.getListId());
      traveller.setListVersion(list.getVersion());
      if (traveller.getMatchedPnrId() == null) {
        Optional<ApiPassengerMatcher.Match> match = ApiPassengerMatcher.match(passenger, all);
        if (match.isPresent()) {
          matchTo(traveller, match.get());
        }
      }
      if (traveller.getMatchedPnrId() != null) {
        // Sent again with each list version; the PNR's versions drop unchanged API data.
        out.collect(matchOf(list, passenger, traveller));
      } else if (traveller.getApiOnlySent()) {
        ctx.output(API_ONLY_PNRS, ApiOnlyPnrs.of(list, passenger));
      } else if (traveller.getWaitUntil() == 0) {
        traveller.setWaitUntil(now + waitForPnr.toMillis());
        ctx.timerService().registerProcessingTimeTimer(traveller.getWaitUntil());
      }
      travellers.put(traveller.getApiPassengerId(), traveller);
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<ApiMatch> out)
      throws Exception {
    if (ctx.timeDomain() == TimeDomain.PROCESSING_TIME) {
      emitApiOnly(timestamp, ctx);
    } else {
      forgetWhatIsOver(timestamp);
    }
  }

  /** Travellers whose wait is over without a PNR: screened on their own from now on. */
  private void emitApiOnly(long now, OnTimerContext ctx) throws Exception {
    for (ApiTraveller traveller : list(travellers.values())) {
      if (traveller.getMatchedPnrId() != null
          || traveller.getApiOnlySent()
          || traveller.getWaitUntil() == 0
          || traveller.getWaitUntil() > now) {
        continue;
      }
      ApiPassengerList list = lists.get(traveller.getListId());
      ApiPassenger passenger = passengerOf(list, traveller.getApiPassengerId());
      if (passenger == null) {
        continue;
      }
      ctx.output(API_ONLY_PNRS, ApiOnlyPnrs.of(list, passenger));
      traveller.setApiOnlySent(true);
      travellers.put(traveller.getApiPassengerId(), traveller);
      apiOnly.inc();
    }
  }

  private void forgetWhatIsOver(long watermark) throws Exception {
    for (Map.Entry<String, FlightBooking> booking : list(bookings.entries())) {
      if (booking.getValue().getExpiresAt() <= watermark) {
        bookings.remove(booking.getKey());
      }
    }
    for (Map.Entry<String, ApiPassengerList> list : list(lists.entries())) {
      if (Expiry.of(list.getValue().getLegs(), retention) <= watermark) {
        lists.remove(list.getKey());
      }
    }
    for (ApiTraveller traveller : list(travellers.values())) {
      if (!lists.contains(traveller.getListId())) {
        travellers.remove(traveller.getApiPassengerId());
      }
    }
  }

  private void matchTo(ApiTraveller traveller, ApiPassengerMatcher.Match match) {
    traveller.setMatchedPnrId(match.pnrId());
    traveller.setMatchedPassengerId(match.passengerId());
    traveller.setMatchedBy(match.rule().name());
    matched.inc();
  }

  private ApiMatch matchOf(ApiPassengerList list, ApiPassenger passenger, ApiTraveller traveller) {
    return ApiMatches.of(
        list,
        passenger,
        traveller.getMatchedPnrId(),
        traveller.getMatchedPassengerId(),
        traveller.getMatchedBy(),
        retention);
  }

  private static ApiPassenger passengerOf(ApiPassengerList list, String apiPassengerId) {
    if (list == null) {
      return null;
    }
    for (ApiPassenger passenger : list.getPassengers()) {
      if (passenger.getPassengerId().equals(apiPassengerId)) {
        return passenger;
      }
    }
    return null;
  }

  /** State iterables are read into a list before the state they come from is changed. */
  private static <T> List<T> list(Iterable<T> iterable) {
    List<T> list = new ArrayList<>();
    iterable.forEach(list::add);
    return list;
  }
}
