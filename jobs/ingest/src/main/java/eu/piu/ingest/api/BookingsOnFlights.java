package eu.piu.ingest.api;

import eu.piu.formats.values.Names;
import eu.piu.ingest.Expiry;
import eu.piu.ingest.FlightKeys;
import eu.piu.ingest.internal.BookedPassenger;
import eu.piu.ingest.internal.FlightBooking;
import eu.piu.schema.FlightLeg;
import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import eu.piu.schema.TravelDocument;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * A PNR version as the API join sees it: one booking per flight of its itinerary (under the
 * marketing and, for a code-share, the operating flight number), with what API travellers are
 * matched on. Each booking is forgotten once its flight is over.
 */
public final class BookingsOnFlights implements FlatMapFunction<Pnr, FlightBooking> {

  private static final long serialVersionUID = 1L;

  private final Duration retention;

  public BookingsOnFlights(Duration retention) {
    this.retention = retention;
  }

  @Override
  public void flatMap(Pnr pnr, Collector<FlightBooking> out) {
    of(pnr, retention).forEach(out::collect);
  }

  public static List<FlightBooking> of(Pnr pnr, Duration retention) {
    Map<String, Long> flights = new LinkedHashMap<>();
    for (FlightLeg leg : pnr.getLegs()) {
      long expiry = Expiry.of(leg, retention);
      flights.merge(FlightKeys.of(leg), expiry, Math::max);
      String operating = FlightKeys.ofOperating(leg);
      if (operating != null) {
        flights.merge(operating, expiry, Math::max);
      }
    }
    List<BookedPassenger> passengers = passengers(pnr);
    List<String> otherLocators = otherLocators(pnr);
    List<FlightBooking> bookings = new ArrayList<>(flights.size());
    flights.forEach(
        (flightKey, expiry) ->
            bookings.add(
                FlightBooking.newBuilder()
                    .setFlightKey(flightKey)
                    .setPnrId(pnr.getPnrId())
                    .setVersion(pnr.getVersion())
                    .setRecordLocator(pnr.getRecordLocator())
                    .setOtherRecordLocators(otherLocators)
                    .setPassengers(passengers)
                    .setExpiresAt(expiry)
                    .build()));
    return bookings;
  }

  private static List<BookedPassenger> passengers(Pnr pnr) {
    List<BookedPassenger> passengers = new ArrayList<>(pnr.getPassengers().size());
    for (Passenger p : pnr.getPassengers()) {
      List<String> documents = new ArrayList<>(p.getDocuments().size());
      for (TravelDocument d : p.getDocuments()) {
        documents.add(DocumentNumbers.normalise(d.getNumber()));
      }
      passengers.add(
          BookedPassenger.newBuilder()
              .setPassengerId(p.getPassengerId())
              .setSurname(Names.normalise(p.getSurname()))
              .setGivenNames(Names.normalise(p.getGivenNames()))
              .setDateOfBirth(p.getDateOfBirth())
              .setDocumentNumbers(documents)
              .build());
    }
    return passengers;
  }

  /** {@code 1A:ZZ9ABC} → {@code ZZ9ABC}: API messages carry the bare locator. */
  private static List<String> otherLocators(Pnr pnr) {
    List<String> locators = new ArrayList<>(pnr.getOtherRecordLocators().size());
    for (String other : pnr.getOtherRecordLocators()) {
      int colon = other.indexOf(':');
      locators.add(colon < 0 ? other : other.substring(colon + 1));
    }
    return locators;
  }
}
