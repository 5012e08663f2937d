package eu.piu.screening.profile;

import static eu.piu.screening.profile.PnrFixtures.OUTBOUND;
import static eu.piu.screening.profile.PnrFixtures.RETURN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import eu.piu.schema.FlightLeg;
import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileFieldTest {

  private final Pnr pnr = PnrFixtures.pnr();
  private final Passenger mehmet = pnr.getPassengers().get(0);
  private final Passenger ayse = pnr.getPassengers().get(1);

  @Test
  void everyCatalogueFieldReadsTheFixtureOnTheOutboundLeg() {
    Map<ProfileField, Object> expected = new EnumMap<>(ProfileField.class);
    expected.put(ProfileField.LEG_CARRIER, "TK");
    expected.put(ProfileField.LEG_FLIGHT_NUMBER, "1937");
    expected.put(ProfileField.LEG_ORIGIN, "IST");
    expected.put(ProfileField.LEG_DESTINATION, "BRU");
    expected.put(ProfileField.LEG_ROUTE, "IST-BRU");
    expected.put(ProfileField.LEG_DEPARTURE_HOUR_UTC, 12.0);
    expected.put(ProfileField.LEG_IS_CODESHARE, false);
    expected.put(ProfileField.LEG_OPERATING_CARRIER, null);
    expected.put(ProfileField.ITINERARY_LEG_COUNT, 2.0);
    // BRU, where one leg ends and the next begins, is listed once.
    expected.put(ProfileField.ITINERARY_AIRPORTS, List.of("IST", "BRU", "IST"));
    expected.put(ProfileField.ITINERARY_ORIGIN, "IST");
    expected.put(ProfileField.ITINERARY_DESTINATION, "IST");
    expected.put(ProfileField.ITINERARY_IS_ROUND_TRIP, true);
    expected.put(ProfileField.BOOKING_LEAD_TIME_HOURS, 20.0);
    expected.put(ProfileField.BOOKING_AGENCY, "Anatolia Reisen BRU");
    expected.put(ProfileField.TICKET_LEAD_TIME_HOURS, 4.0);
    expected.put(ProfileField.PAYMENT_TYPES, List.of("CA", "CC"));
    expected.put(ProfileField.PNR_CARRIER, "TK");
    expected.put(ProfileField.PNR_PASSENGER_COUNT, 2.0);
    expected.put(ProfileField.PNR_PUSH_TYPE, "FULL");
    expected.put(ProfileField.PASSENGER_TYPE, "A");
    expected.put(ProfileField.PASSENGER_GENDER, "M");
    expected.put(ProfileField.PASSENGER_NATIONALITY, "TUR");
    expected.put(ProfileField.PASSENGER_AGE_YEARS, 34.0);
    expected.put(ProfileField.PASSENGER_CHECKED_BAGS, 2.0);
    expected.put(ProfileField.PASSENGER_DOCUMENT_COUNT, 1.0);
    expected.put(ProfileField.PASSENGER_DOCUMENT_ISSUING_COUNTRIES, List.of("TUR"));
    expected.put(ProfileField.PASSENGER_FREQUENT_FLYER, true);

    // A field added to the catalogue without an expectation here fails this test.
    assertThat(expected).containsOnlyKeys(ProfileField.values());
    expected.forEach(
        (field, value) ->
            assertThat(field.extract(pnr, mehmet, OUTBOUND))
                .as(field.fieldName())
                .isEqualTo(value));
  }

  @Test
  void legFieldsFollowTheScreenedLeg() {
    assertThat(ProfileField.LEG_ROUTE.extract(pnr, mehmet, RETURN)).isEqualTo("BRU-IST");
    assertThat(ProfileField.LEG_DEPARTURE_HOUR_UTC.extract(pnr, mehmet, RETURN)).isEqualTo(17.0);
    assertThat(ProfileField.LEG_IS_CODESHARE.extract(pnr, mehmet, RETURN)).isEqualTo(true);
    assertThat(ProfileField.LEG_OPERATING_CARRIER.extract(pnr, mehmet, RETURN)).isEqualTo("SN");
    // 8 days 1 h 45 min after booking, 7 days 9 h 45 min after ticketing.
    assertThat(ProfileField.BOOKING_LEAD_TIME_HOURS.extract(pnr, mehmet, RETURN)).isEqualTo(193.0);
    assertThat(ProfileField.TICKET_LEAD_TIME_HOURS.extract(pnr, mehmet, RETURN)).isEqualTo(177.0);
  }

  @Test
  void passengerFieldsFollowTheScreenedPassenger() {
    assertThat(ProfileField.PASSENGER_GENDER.extract(pnr, ayse, OUTBOUND)).isEqualTo("F");
    assertThat(ProfileField.PASSENGER_AGE_YEARS.extract(pnr, ayse, OUTBOUND)).isEqualTo(32.0);
    assertThat(ProfileField.PASSENGER_DOCUMENT_COUNT.extract(pnr, ayse, OUTBOUND)).isEqualTo(2.0);
    assertThat(ProfileField.PASSENGER_DOCUMENT_ISSUING_COUNTRIES.extract(pnr, ayse, OUTBOUND))
        .isEqualTo(List.of("BEL", "TUR"));
    assertThat(ProfileField.PASSENGER_FREQUENT_FLYER.extract(pnr, ayse, OUTBOUND)).isEqualTo(false);
    assertThat(ProfileField.PASSENGER_CHECKED_BAGS.extract(pnr, ayse, OUTBOUND)).isNull();
  }

  @Test
  void ageIsTakenOnTheDayOfDepartureNotTheDayOfBooking() {
    Passenger birthdayOnReturn =
        Passenger.newBuilder(mehmet).setDateOfBirth(LocalDate.parse("1990-03-15")).build();
    assertThat(ProfileField.PASSENGER_AGE_YEARS.extract(pnr, birthdayOnReturn, OUTBOUND))
        .isEqualTo(34.0);
    assertThat(ProfileField.PASSENGER_AGE_YEARS.extract(pnr, birthdayOnReturn, RETURN))
        .isEqualTo(35.0);
  }

  @Test
  void absentDataIsNullNotADefault() {
    Pnr sparse =
        Pnr.newBuilder(pnr)
            .setBookingDate(null)
            .setTicketIssueDate(null)
            .setTravelAgency("  ")
            .setFormsOfPayment(List.of())
            .build();
    Passenger bare =
        Passenger.newBuilder(mehmet)
            .setDateOfBirth(null)
            .setNationality(null)
            .setDocuments(List.of())
            .build();
    assertThat(ProfileField.BOOKING_LEAD_TIME_HOURS.extract(sparse, bare, OUTBOUND)).isNull();
    assertThat(ProfileField.TICKET_LEAD_TIME_HOURS.extract(sparse, bare, OUTBOUND)).isNull();
    assertThat(ProfileField.BOOKING_AGENCY.extract(sparse, bare, OUTBOUND)).isNull();
    assertThat(ProfileField.PAYMENT_TYPES.extract(sparse, bare, OUTBOUND)).isNull();
    assertThat(ProfileField.PASSENGER_AGE_YEARS.extract(sparse, bare, OUTBOUND)).isNull();
    assertThat(ProfileField.PASSENGER_NATIONALITY.extract(sparse, bare, OUTBOUND)).isNull();
    assertThat(ProfileField.PASSENGER_DOCUMENT_ISSUING_COUNTRIES.extract(sparse, bare, OUTBOUND))
        .isNull();
    // A count is known even when zero.
    assertThat(ProfileField.PASSENGER_DOCUMENT_COUNT.extract(sparse, bare, OUTBOUND))
        .isEqualTo(0.0);
  }

  @Test
  void aConnectionAppearsOnceInTheAirportsAndAOneWayTripIsNotARoundTrip() {
    FlightLeg connection =
        FlightLeg.newBuilder(PnrFixtures.outbound())
            .setOrigin("BRU")
            .setDestination("YUL")
            .setScheduledDeparture(Instant.parse("2025-03-10T17:00:00Z"))
            .build();
    Pnr viaBrussels =
        Pnr.newBuilder(pnr).setLegs(List.of(PnrFixtures.outbound(), connection)).build();
    assertThat(ProfileField.ITINERARY_AIRPORTS.extract(viaBrussels, mehmet, OUTBOUND))
        .isEqualTo(List.of("IST", "BRU", "YUL"));
    assertThat(ProfileField.ITINERARY_DESTINATION.extract(viaBrussels, mehmet, OUTBOUND))
        .isEqualTo("YUL");
    assertThat(ProfileField.ITINERARY_IS_ROUND_TRIP.extract(viaBrussels, mehmet, OUTBOUND))
        .isEqualTo(false);
  }

  @Test
  void namesAreLookedUpIgnoringCase() {
    assertThat(ProfileField.byName("LEG.ORIGIN")).contains(ProfileField.LEG_ORIGIN);
    assertThat(ProfileField.byName("passenger.agey")).isEmpty();
  }

  @Test
  void catalogueNamesAreUniqueAndNoneIsSensitive() {
    Map<String, ProfileField> byName = new HashMap<>();
    for (ProfileField field : ProfileField.values()) {
      assertThat(byName.put(field.fieldName().toLowerCase(Locale.ROOT), field))
          .as(field.fieldName())
          .isNull();
      assertThat(SensitiveData.termIn(field.fieldName())).as(field.fieldName()).isEmpty();
      assertThat(field.description()).isNotBlank();
    }
    assertThat(byName).contains(entry("leg.route", ProfileField.LEG_ROUTE));
  }
}
