package eu.piu.screening.profile;

import static eu.piu.screening.profile.FieldType.BOOLEAN;
import static eu.piu.screening.profile.FieldType.NUMBER;
import static eu.piu.screening.profile.FieldType.STRING;
import static eu.piu.screening.profile.FieldType.STRING_LIST;
import static eu.piu.screening.profile.PnrFacts.ageYears;
import static eu.piu.screening.profile.PnrFacts.airports;
import static eu.piu.screening.profile.PnrFacts.count;
import static eu.piu.screening.profile.PnrFacts.departureHourUtc;
import static eu.piu.screening.profile.PnrFacts.documentIssuingCountries;
import static eu.piu.screening.profile.PnrFacts.firstLeg;
import static eu.piu.screening.profile.PnrFacts.hasAny;
import static eu.piu.screening.profile.PnrFacts.hoursBefore;
import static eu.piu.screening.profile.PnrFacts.isCodeshare;
import static eu.piu.screening.profile.PnrFacts.isRoundTrip;
import static eu.piu.screening.profile.PnrFacts.lastLeg;
import static eu.piu.screening.profile.PnrFacts.list;
import static eu.piu.screening.profile.PnrFacts.number;
import static eu.piu.screening.profile.PnrFacts.route;
import static eu.piu.screening.profile.PnrFacts.text;

import eu.piu.schema.FlightLeg;
import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The closed catalogue of PNR fields a profile may test.
 *
 * <p>It is closed on purpose: a criterion can only use data that has been reviewed as lawful for
 * profiling (R10, R15), and a typo in a rule fails when the profile is loaded, not silently at
 * screening time. Adding a field is a code change, reviewed like any other.
 */
public enum ProfileField {
  LEG_CARRIER(
      "leg.carrier",
      STRING,
      "marketing carrier of this leg",
      (p, x, i) -> text(leg(p, i).getCarrier())),
  LEG_FLIGHT_NUMBER(
      "leg.flightNumber",
      STRING,
      "flight number without carrier, as sent (e.g. \"0123\")",
      (p, x, i) -> text(leg(p, i).getFlightNumber())),
  LEG_ORIGIN(
      "leg.origin", STRING, "IATA airport of departure", (p, x, i) -> text(leg(p, i).getOrigin())),
  LEG_DESTINATION(
      "leg.destination",
      STRING,
      "IATA airport of arrival",
      (p, x, i) -> text(leg(p, i).getDestination())),
  LEG_ROUTE(
      "leg.route", STRING, "origin-destination, e.g. \"IST-BRU\"", (p, x, i) -> route(leg(p, i))),
  LEG_DEPARTURE_HOUR_UTC(
      "leg.departureHourUtc",
      NUMBER,
      "hour (0-23, UTC) of scheduled departure",
      (p, x, i) -> departureHourUtc(leg(p, i))),
  LEG_IS_CODESHARE(
      "leg.isCodeshare",
      BOOLEAN,
      "operated by another carrier than the marketing one",
      (p, x, i) -> isCodeshare(leg(p, i))),
  LEG_OPERATING_CARRIER(
      "leg.operatingCarrier",
      STRING,
      "operating carrier of a code-share leg, missing otherwise",
      (p, x, i) -> text(leg(p, i).getOperatingCarrier())),
  ITINERARY_LEG_COUNT(
      "itinerary.legCount", NUMBER, "number of legs in the PNR", (p, x, i) -> count(p.getLegs())),
  ITINERARY_AIRPORTS(
      "itinerary.airports",
      STRING_LIST,
      "every origin and destination in travel order, a connection once",
      (p, x, i) -> airports(p.getLegs())),
  ITINERARY_ORIGIN(
      "itinerary.origin",
      STRING,
      "origin of the first leg",
      (p, x, i) -> text(firstLeg(p.getLegs()).getOrigin())),
  ITINERARY_DESTINATION(
      "itinerary.destination",
      STRING,
      "destination of the last leg",
      (p, x, i) -> text(lastLeg(p.getLegs()).getDestination())),
  ITINERARY_IS_ROUND_TRIP(
      "itinerary.isRoundTrip",
      BOOLEAN,
      "at least two legs and the last ends where the first began",
      (p, x, i) -> isRoundTrip(p.getLegs())),
  BOOKING_LEAD_TIME_HOURS(
      "booking.leadTimeHours",
      NUMBER,
      "whole hours from booking to this leg's scheduled departure",
      (p, x, i) -> hoursBefore(p.getBookingDate(), leg(p, i).getScheduledDeparture())),
  BOOKING_AGENCY(
      "booking.agency",
      STRING,
      "travel agency or booking office",
      (p, x, i) -> text(p.getTravelAgency())),
  TICKET_LEAD_TIME_HOURS(
      "ticket.leadTimeHours",
      NUMBER,
      "whole hours from ticket issue to this leg's scheduled departure",
      (p, x, i) -> hoursBefore(p.getTicketIssueDate(), leg(p, i).getScheduledDeparture())),
  PAYMENT_TYPES(
      "payment.types",
      STRING_LIST,
      "forms of payment (CA cash, CC card, ...), never numbers",
      (p, x, i) -> list(p.getFormsOfPayment())),
  PNR_CARRIER("pnr.carrier", STRING, "the pushing carrier", (p, x, i) -> text(p.getCarrier())),
  PNR_PASSENGER_COUNT(
      "pnr.passengerCount",
      NUMBER,
      "passengers in the PNR (co-travellers, this one included)",
      (p, x, i) -> count(p.getPassengers())),
  PNR_PUSH_TYPE(
      "pnr.pushType",
      STRING,
      "FULL, CHANGES or UNKNOWN",
      (p, x, i) -> p.getPushType() == null ? null : p.getPushType().name()),
  PASSENGER_TYPE(
      "passenger.type",
      STRING,
      "A adult, C child, IN infant",
      (p, x, i) -> text(x.getPassengerType())),
  PASSENGER_GENDER("passenger.gender", STRING, "M, F, X or U", (p, x, i) -> text(x.getGender())),
  PASSENGER_NATIONALITY(
      "passenger.nationality",
      STRING,
      "nationality as sent",
      (p, x, i) -> text(x.getNationality())),
  PASSENGER_AGE_YEARS(
      "passenger.ageYears",
      NUMBER,
      "age in whole years on the day (UTC) of this leg's departure",
      (p, x, i) -> ageYears(x.getDateOfBirth(), leg(p, i).getScheduledDeparture())),
  PASSENGER_CHECKED_BAGS(
      "passenger.checkedBags",
      NUMBER,
      "checked bags, missing when not sent",
      (p, x, i) -> number(x.getCheckedBags())),
  PASSENGER_DOCUMENT_COUNT(
      "passenger.documentCount",
      NUMBER,
      "travel documents sent (0 when none)",
      (p, x, i) -> count(x.getDocuments())),
  PASSENGER_DOCUMENT_ISSUING_COUNTRIES(
      "passenger.documentIssuingCountries",
      STRING_LIST,
      "issuing countries of the travel documents",
      (p, x, i) -> documentIssuingCountries(x)),
  PASSENGER_FREQUENT_FLYER(
      "passenger.frequentFlyer",
      BOOLEAN,
      "has at least one frequent flyer number",
      (p, x, i) -> hasAny(x.getFrequentFlyerNumbers()));

  private static final Map<String, ProfileField> BY_NAME = new HashMap<>();

  static {
    for (ProfileField field : values()) {
      BY_NAME.put(field.fieldName.toLowerCase(Locale.ROOT), field);
    }
  }

  private final String fieldName;
  private final FieldType type;
  private final String description;
  private final FieldExtractor extractor;

  ProfileField(String fieldName, FieldType type, String description, FieldExtractor extractor) {
    this.fieldName = fieldName;
    this.type = type;
    this.description = description;
    this.extractor = extractor;
  }

  /** The name a rule uses, e.g. {@code leg.origin}. */
  public String fieldName() {
    return fieldName;
  }

  public FieldType type() {
    return type;
  }

  public String description() {
    return description;
  }

  /** The value for this passenger on leg {@code legIndex}, or {@code null} when absent. */
  public Object extract(Pnr pnr, Passenger passenger, int legIndex) {
    return extractor.extract(pnr, passenger, legIndex);
  }

  /** Looks a field up by its rule name, ignoring case. */
  public static Optional<ProfileField> byName(String fieldName) {
    return Optional.ofNullable(BY_NAME.get(fieldName.toLowerCase(Locale.ROOT)));
  }

  private static FlightLeg leg(Pnr pnr, int legIndex) {
    return pnr.getLegs().get(legIndex);
  }
}
