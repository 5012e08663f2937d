package eu.piu.formats.pnrgov;

import static eu.piu.formats.Fixtures.onlyPnr;
import static eu.piu.formats.Fixtures.parse;
import static eu.piu.formats.Fixtures.passenger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import eu.piu.schema.FlightLeg;
import eu.piu.schema.LegStatus;
import eu.piu.schema.Passenger;
import eu.piu.schema.Payment;
import eu.piu.schema.Pnr;
import eu.piu.schema.Ticket;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The 19 PNR data elements of Annex I of Directive 2016/681, each from its own fixture, each to its
 * field (see the table in the module's README).
 */
class AnnexIElementsTest {

  @Test
  void e01RecordLocator() {
    Pnr pnr = onlyPnr("annex/01-record-locator.edi");
    assertThat(pnr.getRecordLocator()).isEqualTo("LOC01A");
    assertThat(pnr.getPnrId()).isEqualTo("SN:LOC01A:2026-01-15");
    assertThat(pnr.getOtherRecordLocators()).containsExactly("1A:GDS01A");
  }

  @Test
  void e02DatesOfReservationAndTicketIssue() {
    Pnr pnr = onlyPnr("annex/02-reservation-and-ticket-dates.edi");
    assertThat(pnr.getCreationDate()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(pnr.getBookingDate()).isEqualTo(Instant.parse("2026-01-15T09:30:00Z"));
    assertThat(pnr.getTicketIssueDate()).isEqualTo(Instant.parse("2026-01-16T10:15:00Z"));
    assertThat(pnr.getLastModifiedAt()).isEqualTo(Instant.parse("2026-03-01T08:00:00Z"));
    assertThat(pnr.getPassengers().get(0).getTickets().get(0).getIssueDate())
        .isEqualTo(Instant.parse("2026-01-16T10:15:00Z"));
  }

  @Test
  void e03DatesOfIntendedTravel() {
    Pnr pnr = onlyPnr("annex/03-travel-dates.edi");
    assertThat(pnr.getLegs())
        .extracting(FlightLeg::getScheduledDeparture)
        .containsExactly(
            Instant.parse("2026-03-03T10:15:00Z"), Instant.parse("2026-03-17T07:00:00Z"));
  }

  @Test
  void e04Names() {
    Pnr pnr = onlyPnr("annex/04-names.edi");
    assertThat(pnr.getPassengers())
        .extracting("surname", "givenNames", "title")
        .containsExactly(tuple("ARNOULT", "CELINE", "MRS"), tuple("ARNOULT", "JULES", "MR"));
  }

  @Test
  void e05AddressAndContactInformation() {
    Pnr pnr = onlyPnr("annex/05-address-and-contact.edi");
    assertThat(pnr.getAddresses())
        .extracting("street", "city", "postalCode", "country")
        .containsExactly(tuple("8 RUE HAUTE", "NAMUR", "5000", "BE"));
    assertThat(pnr.getContacts())
        .extracting("kind", "value")
        .containsExactly(tuple("PHONE", "3281223344"));
    Passenger p = pnr.getPassengers().get(0);
    assertThat(p.getContacts())
        .extracting("kind", "value", "qualifier")
        .containsExactly(
            tuple("EMAIL", "celine-arnoult@example.be", "CTCE"),
            tuple("PHONE", "32499887766", "CTCM"));
  }

  @Test
  void e06FormsOfPaymentWithBillingAddress() {
    Pnr pnr = onlyPnr("annex/06-payment.edi");
    assertThat(pnr.getFormsOfPayment()).containsExactly("CC");
    Payment pay = pnr.getPayments().get(0);
    assertThat(pay.getType()).isEqualTo("CC");
    assertThat(pay.getAmount()).isEqualTo("99.00");
    assertThat(pay.getCardVendor()).isEqualTo("CA");
    assertThat(pay.getMaskedCardNumber()).isEqualTo("XXXXXXXXXXXX5559");
    assertThat(pay.getCardExpiry()).isEqualTo("0828");
    assertThat(pay.getPayerName()).isEqualTo("CELINE ARNOULT");
    assertThat(pay.getBillingAddress().getStreet()).isEqualTo("8 RUE HAUTE 5000 NAMUR");
    assertThat(pay.getBillingPhone()).isEqualTo("081223344");
  }

  @Test
  void e07CompleteItinerary() {
    Pnr pnr = onlyPnr("annex/07-itinerary.edi");
    assertThat(pnr.getLegs())
        .extracting("carrier", "flightNumber", "origin", "destination")
        .containsExactly(tuple("SN", "0123", "BRU", "LIS"), tuple("TP", "1705", "LIS", "FNC"));
    assertThat(pnr.getLegDetails())
        .extracting("bookingClass", "status")
        .containsExactly(tuple("Y", "HK"), tuple("M", "HK"));
    assertThat(pnr.getOneWay()).isTrue();
  }

  @Test
  void e08FrequentFlyer() {
    Passenger p = onlyPnr("annex/08-frequent-flyer.edi").getPassengers().get(0);
    assertThat(p.getFrequentFlyers())
        .extracting("airline", "number", "tier")
        .containsExactly(tuple("SN", "512340008", "SILVER"), tuple("LH", "992200008", null));
    assertThat(p.getFrequentFlyerNumbers()).containsExactly("512340008", "992200008");
  }

  @Test
  void e09TravelAgency() {
    Pnr pnr = onlyPnr("annex/09-travel-agency.edi");
    assertThat(pnr.getTravelAgency()).isEqualTo("94120009");
    assertThat(pnr.getBookingAgency().getSystem()).isEqualTo("1A");
    assertThat(pnr.getBookingAgency().getLocation()).isEqualTo("BRU");
    assertThat(pnr.getBookingAgency().getOriginatorType()).isEqualTo("T");
    assertThat(pnr.getBookingAgency().getCountry()).isEqualTo("BE");
    assertThat(pnr.getBookingAgency().getAgentId()).isEqualTo("AGT09");
  }

  @Test
  void e10TravelStatusConfirmationCheckInNoShow() {
    Pnr pnr = onlyPnr("annex/10-travel-status.edi");
    Passenger p = pnr.getPassengers().get(0);
    LegStatus out = p.getLegStatuses().get(0);
    LegStatus back = p.getLegStatuses().get(1);
    assertThat(out.getBookingStatus()).isEqualTo("HK");
    assertThat(out.getCheckedIn()).isTrue();
    assertThat(out.getCheckInAt()).isEqualTo(Instant.parse("2026-03-02T18:00:00Z"));
    assertThat(out.getBoardingNumber()).isEqualTo("41");
    assertThat(out.getSeat()).isEqualTo("14C");
    assertThat(back.getBookingStatus()).isEqualTo("NS");
    assertThat(back.getCheckedIn()).isFalse();
  }

  @Test
  void e11SplitPnr() {
    assertThat(onlyPnr("annex/11-split-pnr.edi").getSplitPnrs()).containsExactly("SN:LOC11B");
  }

  @Test
  void e12GeneralRemarksOnlyTheUnaccompaniedMinorIsKept() {
    var parsed = parse("annex/12-general-remarks.edi").pnrs().get(0);
    Passenger minor = parsed.pnr().getPassengers().get(0);
    assertThat(minor.getUnaccompaniedMinor()).isTrue();
    assertThat(minor.getMinorAge()).isEqualTo(9);
    assertThat(minor.getSpecialServices()).containsExactly("UMNR");
    assertThat(parsed.erasures())
        .extracting("elementType", "count")
        .containsExactlyInAnyOrder(
            tuple("FREE_TEXT:REMARK", 1), tuple("FREE_TEXT:OSI", 1), tuple("FREE_TEXT:SSR", 1));
    assertThat(parsed.pnr().toString()).doesNotContain("GUARDIAN").doesNotContain("FRENCH");
  }

  @Test
  void e13Ticketing() {
    Pnr pnr = onlyPnr("annex/13-ticketing.edi");
    Ticket t = pnr.getPassengers().get(0).getTickets().get(0);
    assertThat(t.getNumber()).isEqualTo("0822345670013");
    assertThat(t.getDocumentType()).isEqualTo("T");
    assertThat(t.getIssueDate()).isEqualTo(Instant.parse("2026-01-16T10:15:00Z"));
    assertThat(t.getIssuePlace()).isEqualTo("BRU");
    assertThat(t.getBaseFare()).isEqualTo("80.00");
    assertThat(t.getTotalFare()).isEqualTo("121.30");
    assertThat(t.getCurrency()).isEqualTo("EUR");
    assertThat(pnr.getOneWay()).isTrue();
  }

  @Test
  void e14SeatNumber() {
    Passenger p = onlyPnr("annex/14-seat.edi").getPassengers().get(0);
    assertThat(p.getSeat()).isEqualTo("21F");
    assertThat(p.getLegStatuses().get(0).getSeat()).isEqualTo("21F");
  }

  @Test
  void e15CodeShare() {
    FlightLeg leg = onlyPnr("annex/15-code-share.edi").getLegs().get(0);
    assertThat(leg.getOperatingCarrier()).isEqualTo("TP");
    assertThat(leg.getOperatingFlightNumber()).isEqualTo("1123");
  }

  @Test
  void e16Baggage() {
    Pnr pnr = onlyPnr("annex/16-baggage.edi");
    Passenger p = pnr.getPassengers().get(0);
    assertThat(p.getCheckedBags()).isEqualTo(3);
    assertThat(p.getBaggage())
        .extracting("excess", "pieces", "weight", "weightUnit", "legIndex")
        .containsExactly(tuple(true, 1, null, null, null), tuple(false, 3, 44, "KG", 0));
    assertThat(p.getBaggage().get(1).getTags())
        .containsExactly("0082000016", "0082000017", "0082000018");
  }

  @Test
  void e17CoTravellers() {
    Pnr pnr = onlyPnr("annex/17-co-travellers.edi");
    assertThat(pnr.getPassengers())
        .extracting("surname")
        .containsExactly("ARNOULT", "ARNOULT", "MERTENS");
    assertThat(pnr.getGroupName()).isEqualTo("WEEKEND IN LISBON");
    assertThat(pnr.getTravellerCount()).isEqualTo(4);
  }

  @Test
  void e18ApiData() {
    Passenger p = onlyPnr("annex/18-api-data.edi").getPassengers().get(0);
    assertThat(p.getDocuments())
        .extracting("type", "number", "issuingCountry", "expiryDate")
        .containsExactly(
            tuple("P", "EH000018", "BEL", LocalDate.of(2030, 9, 8)),
            tuple("V", "VZ000018", "USA", null));
    assertThat(p.getDateOfBirth()).isEqualTo(LocalDate.of(1990, 9, 9));
    assertThat(p.getGender()).isEqualTo("F");
    assertThat(p.getNationality()).isEqualTo("BEL");
    assertThat(p.getDocumentNames())
        .extracting("surname", "givenNames")
        .containsExactly(tuple("ARNOULT", "CELINE MARIE"));
  }

  @Test
  void e19HistoryWithoutFreeText() {
    var parsed = parse("annex/19-history.edi").pnrs().get(0);
    assertThat(parsed.pnr().getHistory())
        .extracting("action", "element", "at")
        .containsExactly(
            tuple("X", "ITINERARY", Instant.parse("2026-01-20T11:02:00Z")),
            tuple("A", "ITINERARY", Instant.parse("2026-01-20T11:02:00Z")),
            tuple("C", "NAME", Instant.parse("2026-01-21T09:15:00Z")));
    assertThat(parsed.erasures()).extracting("elementType").containsExactly("FREE_TEXT:HISTORY");
    assertThat(parsed.pnr().getLegs()).hasSize(1);
    assertThat(parsed.pnr().toString()).doesNotContain("CORRECTED");
  }

  @Test
  void aCompletePnrHoldsEveryElementAtOnce() {
    Pnr pnr = onlyPnr("pnrgov/full-pnr.edi");
    Passenger liesbeth = passenger(pnr, "VANDERBEEK", "LIESBETH");
    Passenger tomas = passenger(pnr, "VANDERBEEK", "TOMAS");
    assertThat(pnr.getRecordLocator()).isEqualTo("K7QX2M");
    assertThat(pnr.getOtherRecordLocators()).containsExactly("1A:ZZ9ABC");
    assertThat(pnr.getLegs()).hasSize(2);
    assertThat(pnr.getLegs().get(0).getOperatingCarrier()).isEqualTo("TP");
    assertThat(pnr.getSplitPnrs()).containsExactly("SN:K7QX3N");
    assertThat(pnr.getHistory()).hasSize(3);
    assertThat(pnr.getPayments()).hasSize(1);
    assertThat(liesbeth.getSeat()).isEqualTo("12A");
    assertThat(tomas.getSeat()).isEqualTo("12B");
    assertThat(liesbeth.getCheckedBags()).isEqualTo(2);
    assertThat(liesbeth.getAddresses())
        .extracting("purpose", "country")
        .containsExactly(tuple("R", "BEL"));
    assertThat(liesbeth.getDocuments()).extracting("type").containsExactly("P", "V");
    assertThat(liesbeth.getLegStatuses().get(0).getCheckedIn()).isTrue();
    assertThat(tomas.getLegStatuses().get(0).getCheckedIn()).isFalse();
    assertThat(tomas.getTickets()).extracting("number").containsExactly("0822345678902");
    assertThat(pnr.getPushedFlight().getFlightNumber()).isEqualTo("0123");
    assertThat(pnr.getBaggage()).extracting("excess", "pieces").containsExactly(tuple(true, 1));
  }
}
