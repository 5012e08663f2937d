package eu.piu.formats.paxlst;

import static eu.piu.formats.Fixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import eu.piu.formats.ParsedApiList;
import eu.piu.formats.ParsedMessage;
import eu.piu.schema.ApiPassenger;
import eu.piu.schema.ApiPassengerList;
import eu.piu.schema.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaxlstTest {

  @Test
  void d02bPassengerListWithApiData() {
    ParsedMessage m = parse("paxlst/d02b.edi");
    assertThat(m.format()).isEqualTo(MessageFormat.PAXLST);
    assertThat(m.rejections()).isEmpty();
    ApiPassengerList list = m.apiLists().get(0).list();
    assertThat(list.getListId()).isEqualTo("SN0123:2026-03-03");
    assertThat(list.getDocumentType()).isEqualTo("745");
    assertThat(list.getMessageVersion()).isEqualTo("D:02B");
    assertThat(list.getVersion()).isEqualTo(Instant.parse("2026-03-03T09:30:00Z").toEpochMilli());
    assertThat(list.getDeclaredPassengerCount()).isEqualTo(2);
    assertThat(list.getCrewSkipped()).isEqualTo(1);
    assertThat(list.getLegs())
        .extracting(
            "carrier",
            "flightNumber",
            "origin",
            "destination",
            "scheduledDeparture",
            "scheduledArrival")
        .containsExactly(
            tuple(
                "SN",
                "0123",
                "BRU",
                "LIS",
                Instant.parse("2026-03-03T10:15:00Z"),
                Instant.parse("2026-03-03T12:30:00Z")));
    assertThat(list.getPassengers()).hasSize(2);
    ApiPassenger p = list.getPassengers().get(0);
    assertThat(p.getTravellerType()).isEqualTo("FL");
    assertThat(p.getSurname()).isEqualTo("VANDERBEEK");
    assertThat(p.getGivenNames()).isEqualTo("LIESBETH");
    assertThat(p.getGender()).isEqualTo("F");
    assertThat(p.getDateOfBirth()).isEqualTo(LocalDate.of(1985, 3, 14));
    assertThat(p.getNationality()).isEqualTo("BEL");
    assertThat(p.getCountryOfResidence()).isEqualTo("BEL");
    assertThat(p.getEmbarkation()).isEqualTo("BRU");
    assertThat(p.getDebarkation()).isEqualTo("LIS");
    assertThat(p.getRecordLocator()).isEqualTo("K7QX2M");
    assertThat(p.getSeat()).isEqualTo("12A");
    assertThat(p.getDocuments())
        .extracting("type", "number", "issuingCountry", "expiryDate")
        .containsExactly(tuple("P", "EH123456", "BEL", LocalDate.of(2031, 3, 13)));
    assertThat(p.getBaggage().getPieces()).isEqualTo(2);
    assertThat(p.getBaggage().getWeight()).isEqualTo(31);
    assertThat(p.getBaggage().getTags()).containsExactly("0082123456", "0082123457");
    assertThat(list.getPassengers().get(1).getGivenNames()).isEqualTo("TOMAS PIETER");
    assertThat(list.toString()).doesNotContain("PILOTE").doesNotContain("FLIGHT OPS CONTACT");
  }

  @Test
  void d05bMultiLegWithRoutingLocations() {
    ParsedApiList parsed = parse("paxlst/d05b-multi-leg.edi").apiLists().get(0);
    ApiPassengerList list = parsed.list();
    assertThat(list.getLegs())
        .extracting("flightNumber", "origin", "destination")
        .containsExactly(tuple("0123", "BRU", "LIS"), tuple("0125", "LIS", "FNC"));
    ApiPassenger p = list.getPassengers().get(0);
    assertThat(p.getDateOfBirth()).isEqualTo(LocalDate.of(1970, 1, 1));
    assertThat(p.getDateOfBirthYearOnly()).isTrue();
    assertThat(p.getDocuments())
        .extracting("type", "expiryDate")
        .containsExactly(tuple("I", LocalDate.of(2030, 1, 1)));
    assertThat(parsed.erasures())
        .extracting("elementType", "count")
        .containsExactly(tuple("FREE_TEXT:FTX", 1));
    assertThat(list.toString()).doesNotContain("NERVOUS");
  }

  @Test
  void nonDefaultSeparators() {
    ApiPassengerList list = parse("paxlst/custom-separators.edi").apiLists().get(0).list();
    ApiPassenger p = list.getPassengers().get(0);
    assertThat(p.getSurname()).isEqualTo("D*SOUZA");
    assertThat(p.getDateOfBirth()).isEqualTo(LocalDate.of(1992, 2, 29));
    assertThat(p.getDocuments()).extracting("number").containsExactly("PT0000031");
  }

  @Test
  void passengerIdsTellNamesakesApartByBirthDate() {
    ApiPassengerList list = parse("paxlst/d02b.edi").apiLists().get(0).list();
    assertThat(list.getPassengers())
        .extracting(ApiPassenger::getPassengerId)
        .doesNotHaveDuplicates()
        .allMatch(id -> id.startsWith("A"));
  }
}
