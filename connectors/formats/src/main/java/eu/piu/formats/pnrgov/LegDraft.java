package eu.piu.formats.pnrgov;

import java.time.LocalDate;
import java.time.LocalTime;

/** A flight of the itinerary while it is read (Gr.5 TVL, or the level-0 pushed flight). */
final class LegDraft {
  int index;
  String carrier;
  String flightNumber;
  String origin;
  String destination;
  LocalDate departureDate;
  LocalTime departureTime;
  LocalDate arrivalDate;
  LocalTime arrivalTime;
  String operatingCarrier;
  String operatingFlightNumber;
  String bookingClass;
  String status;
  Integer seatsBooked;
}
