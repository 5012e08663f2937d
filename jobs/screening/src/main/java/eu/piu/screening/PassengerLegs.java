package eu.piu.screening;

import eu.piu.schema.FlightLeg;
import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import eu.piu.schema.internal.PassengerProbe;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Splits a PNR version into its passenger legs: every passenger on every flight. */
public final class PassengerLegs {

  private PassengerLegs() {}

  public static List<PassengerLeg> of(Pnr pnr) {
    List<PassengerLeg> legs = new ArrayList<>(pnr.getPassengers().size() * pnr.getLegs().size());
    for (int i = 0; i < pnr.getLegs().size(); i++) {
      for (Passenger passenger : pnr.getPassengers()) {
        legs.add(
            leg(
                pnr.getPnrId(),
                pnr.getVersion(),
                pnr.getCarrier(),
                pnr.getRecordLocator(),
                pnr.getPushedAt(),
                passenger,
                i,
                pnr.getLegs().get(i)));
      }
    }
    return legs;
  }

  /** The legs of the one passenger a watchlist lookup probe stands for. */
  public static List<PassengerLeg> of(PassengerProbe probe) {
    List<PassengerLeg> legs = new ArrayList<>(probe.getFlights().size());
    for (int i = 0; i < probe.getFlights().size(); i++) {
      legs.add(
          leg(
              probe.getPnrId(),
              probe.getPnrVersion(),
              probe.getCarrier(),
              probe.getRecordLocator(),
              probe.getPushedAt(),
              probe.getPassenger(),
              i,
              probe.getFlights().get(i)));
    }
    return legs;
  }

  private static PassengerLeg leg(
      String pnrId,
      long version,
      String carrier,
      String recordLocator,
      java.time.Instant pushedAt,
      Passenger passenger,
      int legIndex,
      FlightLeg flight) {
    String flightKey = flightKey(flight);
    return new PassengerLeg(
        pnrId,
        version,
        carrier,
        recordLocator,
        pushedAt,
        passenger,
        legIndex,
        flight,
        passengerRef(pnrId, passenger) + "|" + flightKey,
        flightKey,
        PersonKeys.of(passenger));
  }

  /** One passenger of one PNR, whatever the version. */
  public static String passengerRef(String pnrId, Passenger passenger) {
    return pnrId + "|" + passenger.getPassengerId();
  }

  /** e.g. {@code SN0123/2026-11-23/BRU}: one flight departure, whoever booked it. */
  public static String flightKey(FlightLeg leg) {
    return leg.getCarrier()
        + leg.getFlightNumber()
        + "/"
        + leg.getScheduledDeparture().atZone(ZoneOffset.UTC).toLocalDate()
        + "/"
        + leg.getOrigin();
  }
}
