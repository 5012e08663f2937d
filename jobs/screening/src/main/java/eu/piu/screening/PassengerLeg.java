package eu.piu.screening;

import eu.piu.schema.FlightLeg;
import eu.piu.schema.Passenger;
import java.time.Instant;

/**
 * The unit of screening: one passenger on one flight of a PNR version.
 *
 * @param legIndex position of {@code leg} in the PNR's itinerary
 * @param passengerLegId stable across PNR versions: PNR, passenger and flight
 * @param flightKey carrier, flight number, departure date (UTC) and origin
 * @param personKey who the passenger is, for grouping hits on one person (see {@link PersonKeys})
 */
public record PassengerLeg(
    String pnrId,
    long pnrVersion,
    String carrier,
    String recordLocator,
    Instant pushedAt,
    Passenger passenger,
    int legIndex,
    FlightLeg leg,
    String passengerLegId,
    String flightKey,
    String personKey) {}
