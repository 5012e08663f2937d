package eu.piu.screening;

import eu.piu.schema.FlightLeg;
import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Splits a PNR version into its passenger legs: every passenger on every flight. */
public final class PassengerLegs {

  private PassengerLegs() {}

  public static List<PassengerLeg> of(Pnr pnr) {
    List<PassengerLeg> legs = new ArrayList<>(pnr.getPassengers().size() * pnr.getLegs().size());
    for (int i = 0; i < pnr.getLegs().size(); i++) {
      FlightLeg leg = pnr.getLegs().get(i);
      String flightKey = flightKey(leg);
      for (Passenger passenger : pnr.getPassengers()) {
        legs.add(
            new PassengerLeg(
                pnr.getPnrId(),
                pnr.getVersion(),
                pnr.getCarrier(),
                pnr.getRecordLocator(),
                pnr.getPushedAt(),
                passenger,
                i,
                leg,
                pnr.getPnrId() + "|" + passenger.getPassengerId() + "|" + flightKey,
                flightKey,
                PersonKeys.of(passenger)));
      }
    }
    return legs;
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
