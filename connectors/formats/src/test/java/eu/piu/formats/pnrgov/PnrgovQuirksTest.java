package eu.piu.formats.pnrgov;

import static eu.piu.formats.Fixtures.onlyPnr;
import static eu.piu.formats.Fixtures.parse;
import static eu.piu.formats.Fixtures.passenger;
import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.formats.ParsedMessage;
import eu.piu.formats.ParsedPnr;
import eu.piu.formats.Rejection;
import eu.piu.schema.FlightLeg;
import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import eu.piu.schema.PushType;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** One fixture per quirk real carriers' messages have (DOMAIN.md, issue 3). */
class PnrgovQuirksTest {

  @Test
  void separatorsDeclaredInUnaAsDashAndStar() {
    Pnr pnr = onlyPnr("pnrgov/una-dash-star.edi");
    Passenger p = pnr.getPassengers().get(0);
    assertThat(p.getSurname()).isEqualTo("DE WAELE-MAES");
    assertThat(p.getDocuments()).extracting("number").containsExactly("EM000031");
  }

  @Test
  void separatorsDeclaredInUnaAsStarAndDollar() {
    Pnr pnr = onlyPnr("pnrgov/una-star-dollar.edi");
    assertThat(pnr.getRecordLocator()).isEqualTo("STR001");
    assertThat(pnr.getPassengers()).extracting("surname").containsExactly("LAMBRECHTS");
    assertThat(pnr.getMessageVersion()).isEqualTo("11:1");
  }

  @Test
  void aShortUnaFallsBackToDefaultsAndSaysSo() {
    ParsedMessage m = parse("pnrgov/una-short.edi");
    assertThat(m.notes()).anyMatch(n -> n.contains("UNA malformed"));
    assertThat(m.pnrs()).hasSize(1);
    assertThat(m.pnrs().get(0).pnr().getPassengers())
        .extracting("surname")
        .containsExactly("WILLEMS");
    assertThat(m.pushType()).isEqualTo(PushType.FULL);
  }

  @Test
  void aBrokenUnaInFrontOfCustomSeparators() {
    ParsedMessage m = parse("pnrgov/una-broken-custom.edi");
    assertThat(m.notes()).anyMatch(n -> n.contains("UNA malformed"));
    assertThat(m.pnrs().get(0).pnr().getPassengers())
        .extracting("surname")
        .containsExactly("CLAES");
  }

  @Test
  void releaseCharacterEscapes() {
    Passenger p = onlyPnr("pnrgov/release-escapes.edi").getPassengers().get(0);
    assertThat(p.getSurname()).isEqualTo("O'NEILL");
    assertThat(p.getGivenNames()).isEqualTo("MAEVE+ANN");
    assertThat(p.getDocuments()).extracting("number").containsExactly("PX12:3456");
    assertThat(p.getContacts()).extracting("value").containsExactly("maeve+travel@example.ie");
  }

  @Test
  void linesFoldedAtAFixedWidthEvenInsideNames() {
    Pnr pnr = onlyPnr("pnrgov/folded-lines.edi");
    Passenger p = pnr.getPassengers().get(0);
    assertThat(p.getSurname()).isEqualTo("VANDENBROECKE");
    assertThat(p.getGivenNames()).isEqualTo("MARIE-CHRISTINE");
    assertThat(p.getDocuments()).extracting("number").containsExactly("EM000051");
    assertThat(pnr.getLegs()).hasSize(1);
  }

  @Test
  void lineBreaksAndBlankLinesAfterTerminators() {
    Pnr pnr = onlyPnr("pnrgov/crlf-blank-lines.edi");
    assertThat(pnr.getPassengers()).extracting("surname").containsExactly("DUBOIS");
  }

  @Test
  void junkAfterUntAndUnzIsIgnored() {
    ParsedMessage m = parse("pnrgov/junk-after-unt-unz.edi");
    assertThat(m.rejections()).isEmpty();
    assertThat(m.pnrs()).hasSize(1);
    assertThat(m.notes()).contains("content after UNZ ignored");
  }

  @Test
  void aSurnameThatIsLiterallyUnaIsAName() {
    Pnr pnr = onlyPnr("pnrgov/surname-una.edi");
    assertThat(pnr.getPassengers()).extracting("surname").containsExactly("UNA", "UNA");
    assertThat(passenger(pnr, "UNA", "LEA").getDocuments())
        .extracting("number")
        .containsExactly("EM000081");
  }

  @Test
  void multiPnrInterchangesAreSplitPerPnr() {
    ParsedMessage m = parse("pnrgov/multi-pnr.edi");
    assertThat(m.pnrs())
        .extracting(p -> p.pnr().getRecordLocator())
        .containsExactly("MPA001", "MPA002", "MPA003");
    assertThat(m.declaredPnrCount()).isEqualTo(3);
    for (ParsedPnr p : m.pnrs()) {
      assertThat(p.toByte()).isGreaterThan(p.fromByte());
    }
  }

  @Test
  void aPnrContinuedInTheNextPartOfAMultiPartMessage() {
    ParsedMessage m = parse("pnrgov/multi-part.edi");
    assertThat(m.rejections()).isEmpty();
    assertThat(m.pnrs())
        .extracting(p -> p.pnr().getRecordLocator())
        .containsExactly("MPT001", "MPT002");
    Pnr second = m.pnrs().get(1).pnr();
    assertThat(second.getPassengers()).extracting("givenNames").containsExactly("ANKE", "LOUIS");
    assertThat(second.getLegDetails().get(0).getStatus()).isEqualTo("HK");
  }

  @Test
  void aNewMessageThatIsNotALaterPartStartsItsOwnPnr() {
    String one =
        "UNH+1+PNRGOV:13:1:IA'TVL+030326:1015+BRU+LIS+SN+123'SRC'RCI+SN:AAA111'TIF+A+B:A:1'UNT+5+1'";
    String two =
        "UNH+2+PNRGOV:13:1:IA'TVL+030326:1015+BRU+LIS+SN+123'RCI+SN:BBB222'TIF+C+D:A:1'UNT+4+2'";
    ParsedMessage m =
        eu.piu.formats.Fixtures.parseText(
            "UNB+IATA:1+SN+X+260301:0815+1'" + one + two + "UNZ+2+1'");
    assertThat(m.pnrs())
        .extracting(p -> p.pnr().getRecordLocator())
        .containsExactly("AAA111", "BBB222");
    assertThat(m.pnrs().get(1).notes()).anyMatch(n -> n.contains("without SRC"));
  }

  @Test
  void twoInterchangesInOnePayloadEachWithItsOwnUnaAndPushTime() {
    String first =
        new String(
            eu.piu.formats.Fixtures.bytes("pnrgov/multi-pnr.edi"),
            java.nio.charset.StandardCharsets.ISO_8859_1);
    String second =
        new String(
                eu.piu.formats.Fixtures.bytes("pnrgov/una-dash-star.edi"),
                java.nio.charset.StandardCharsets.ISO_8859_1)
            .replace("260301:0815", "260302:0600");
    ParsedMessage m = eu.piu.formats.Fixtures.parseText(first + second);
    assertThat(m.rejections()).isEmpty();
    assertThat(m.pnrs())
        .extracting(p -> p.pnr().getRecordLocator())
        .containsExactly("MPA001", "MPA002", "MPA003", "DSH001");
    assertThat(m.pnrs().get(2).pnr().getPushedAt())
        .isEqualTo(Instant.parse("2026-03-01T08:15:00Z"));
    assertThat(m.pnrs().get(3).pnr().getPushedAt())
        .isEqualTo(Instant.parse("2026-03-02T06:00:00Z"));
    assertThat(m.notes()).doesNotContain("content after UNZ ignored");
  }

  @Test
  void aStraySegmentBeforeTheFirstPnrStartsNoPnr() {
    ParsedMessage m =
        eu.piu.formats.Fixtures.parseText(
            "UNH+1+PNRGOV:13:1:IA'MSG+:22'TVL+030326:1015+BRU+LIS+SN+123'EQN+1'"
                + "IFT+3+PAX PRAYS AT GATE'SRC'RCI+SN:STY001'TIF+A+B:A:1'UNT+9+1'");
    assertThat(m.rejections()).isEmpty();
    assertThat(m.pnrs()).extracting(p -> p.pnr().getRecordLocator()).containsExactly("STY001");
    assertThat(m.notes()).contains("segment before the first PNR ignored");
    assertThat(m.toString()).doesNotContain("PRAYS");
  }

  @Test
  void oneBadPnrNeverLosesTheOthers() {
    ParsedMessage m = parse("pnrgov/bad-pnr-among-good.edi");
    assertThat(m.pnrs())
        .extracting(p -> p.pnr().getRecordLocator())
        .containsExactly("BPA001", "BPA003");
    assertThat(m.rejections()).hasSize(1);
    Rejection r = m.rejections().get(0);
    assertThat(r.scope()).isEqualTo(Rejection.Scope.PNR);
    assertThat(r.segmentTag()).isEqualTo("TIF");
    assertThat(r.reason()).isEqualTo("TIF without surname");
    assertThat(r.recordLocator()).isEqualTo("BPA002");
    byte[] payload = eu.piu.formats.Fixtures.bytes("pnrgov/bad-pnr-among-good.edi");
    assertThat(new String(payload, r.bytePosition(), 4)).isEqualTo("TIF+");
    assertThat(new String(payload, r.fromByte(), 4)).isEqualTo("SRC'");
    assertThat(r.position()).startsWith("segment TIF #").contains("at byte " + r.bytePosition());
  }

  @Test
  void aPnrWithoutLocatorIsRejectedAlone() {
    ParsedMessage m = parse("pnrgov/pnr-without-locator.edi");
    assertThat(m.pnrs()).hasSize(2);
    assertThat(m.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).contains("record locator");
              assertThat(r.segmentTag()).isEqualTo("SRC");
            });
  }

  @Test
  void docsInGroup1GoesToTheOnlyPassenger() {
    Passenger p = onlyPnr("pnrgov/docs-in-gr1.edi").getPassengers().get(0);
    assertThat(p.getDocuments()).extracting("number").containsExactly("NX000091");
    assertThat(p.getDateOfBirth()).isEqualTo(LocalDate.of(1977, 6, 21));
    assertThat(p.getTitle()).isEqualTo("MR");
  }

  @Test
  void docsInGroup5GoesToThePassengerItNamesByReferenceOrName() {
    Pnr pnr = onlyPnr("pnrgov/docs-in-gr5.edi");
    assertThat(passenger(pnr, "BAKKER", "SANNE").getDocuments())
        .extracting("number")
        .containsExactly("NX000092");
    assertThat(passenger(pnr, "BAKKER", "DAAN").getDocuments())
        .extracting("number")
        .containsExactly("NX000093");
    assertThat(passenger(pnr, "VISSER", "NOOR").getDocuments())
        .extracting("type", "number")
        .containsExactly(org.assertj.core.groups.Tuple.tuple("I", "IX000094"));
  }

  @Test
  void passengersWithoutDocsAreKeptNamedFromTif() {
    Pnr pnr = onlyPnr("pnrgov/no-docs.edi");
    assertThat(pnr.getPassengers())
        .extracting("surname", "givenNames", "title", "passengerType")
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("SIMONS", "EVA", "MS", "A"),
            org.assertj.core.groups.Tuple.tuple("SIMONS", "ROBIN", "MSTR", "C"));
    assertThat(pnr.getPassengers()).allSatisfy(p -> assertThat(p.getDocuments()).isEmpty());
  }

  @Test
  void anInfantWithItsOwnTifGetsItsDocsFromUnderTheAdult() {
    Pnr pnr = onlyPnr("pnrgov/infant-tif.edi");
    Passenger adult = passenger(pnr, "MAES", "FREYA");
    Passenger infant = passenger(pnr, "MAES", "LINA");
    assertThat(pnr.getPassengers()).hasSize(2);
    assertThat(adult.getDocuments()).extracting("number").containsExactly("EM000101");
    assertThat(infant.getDocuments()).extracting("number").containsExactly("EM000102");
    assertThat(infant.getPassengerType()).isEqualTo("IN");
    assertThat(infant.getInfantOf()).isEqualTo(adult.getPassengerId());
    assertThat(infant.getDateOfBirth()).isEqualTo(LocalDate.of(2025, 12, 12));
    assertThat(infant.getGender()).isEqualTo("F");
  }

  @Test
  void anInfantKnownOnlyByInftIsStillAPassenger() {
    Pnr pnr = onlyPnr("pnrgov/infant-inft-only.edi");
    assertThat(pnr.getPassengers()).hasSize(2);
    Passenger infant = passenger(pnr, "WOUTERS", "MILO");
    assertThat(infant.getPassengerType()).isEqualTo("IN");
    assertThat(infant.getDateOfBirth()).isEqualTo(LocalDate.of(2026, 1, 3));
    assertThat(infant.getInfantOf()).isEqualTo(passenger(pnr, "WOUTERS", "NINA").getPassengerId());
    assertThat(pnr.getTravellerCount()).isEqualTo(2);
  }

  @Test
  void tvlWithoutArrivalTime() {
    Pnr pnr = onlyPnr("pnrgov/tvl-no-arrival.edi");
    FlightLeg first = pnr.getLegs().get(0);
    assertThat(first.getScheduledDeparture()).isEqualTo(Instant.parse("2026-03-03T10:15:00Z"));
    assertThat(first.getScheduledArrival()).isNull();
    assertThat(pnr.getPushedFlight().getScheduledArrival()).isNull();
    // an arrival time alone, earlier than the departure: the next day
    assertThat(pnr.getLegs().get(1).getScheduledArrival())
        .isEqualTo(Instant.parse("2026-03-06T01:15:00Z"));
  }

  @Test
  void dummyBirthDatesAreYearOnly() {
    Pnr pnr = onlyPnr("pnrgov/dummy-birth-date.edi");
    Passenger yusuf = passenger(pnr, "HAMIDI", "YUSUF");
    Passenger amira = passenger(pnr, "HAMIDI", "AMIRA");
    assertThat(yusuf.getDateOfBirth()).isEqualTo(LocalDate.of(1980, 1, 1));
    assertThat(yusuf.getDateOfBirthYearOnly()).isTrue();
    assertThat(amira.getDateOfBirth()).isEqualTo(LocalDate.of(1985, 1, 1));
    assertThat(amira.getDateOfBirthYearOnly()).isTrue();
  }

  @Test
  void cardNumbersAreNeverKeptWhole() {
    Pnr pnr = onlyPnr("pnrgov/card-numbers.edi");
    assertThat(pnr.getPayments())
        .extracting("maskedCardNumber")
        .containsExactly("XXXXXXXXXXXX1111", "XXXXXXXXXXXX5559", "XXXXXXXXXXX6916", null);
    assertThat(pnr.getFormsOfPayment()).containsExactly("CC", "CA");
    assertThat(pnr.toString()).doesNotContain("5500005555555559").doesNotContain("370266");
  }

  @Test
  void emailsWrittenWithDoubleSlashForAt() {
    Pnr pnr = onlyPnr("pnrgov/email-slashes.edi");
    assertThat(pnr.getContacts())
        .extracting("kind", "value")
        .containsExactly(org.assertj.core.groups.Tuple.tuple("EMAIL", "booking@agency-example.be"));
    assertThat(pnr.getPassengers().get(0).getContacts())
        .extracting("value")
        .containsExactly("ilse_coppens@example.be", "ilse-c@mail.example.com");
  }

  @Test
  void codeShareAsATvlPairBeforeVersion14() {
    FlightLeg leg = onlyPnr("pnrgov/codeshare-tvl-pair.edi").getLegs().get(0);
    assertThat(leg.getCarrier()).isEqualTo("SN");
    assertThat(leg.getFlightNumber()).isEqualTo("3123");
    assertThat(leg.getOperatingCarrier()).isEqualTo("TP");
    assertThat(leg.getOperatingFlightNumber()).isEqualTo("1123");
  }

  @Test
  void aChangesPushInVersion10WithoutUng() {
    ParsedMessage m = parse("pnrgov/changes-push-v10.edi");
    Pnr pnr = m.pnrs().get(0).pnr();
    assertThat(pnr.getPushType()).isEqualTo(PushType.CHANGES);
    assertThat(pnr.getMessageVersion()).isEqualTo("10:1");
    assertThat(pnr.getPushedAt()).isEqualTo(Instant.parse("2026-03-01T08:15:00Z"));
  }

  @Test
  void aHeaderWithoutMsgAndOrg() {
    ParsedMessage m = parse("pnrgov/header-without-msg-org.edi");
    assertThat(m.pnrs()).hasSize(1);
    assertThat(m.pushType()).isEqualTo(PushType.UNKNOWN);
    assertThat(m.carrier()).isEqualTo("SN");
  }

  @Test
  void messageDataWithoutUnh() {
    ParsedMessage m = parse("pnrgov/no-unh.edi");
    assertThat(m.pnrs()).hasSize(1);
    assertThat(m.notes()).contains("message data without UNH");
  }

  @Test
  void anEmptyPushIsNeitherRecordNorRejection() {
    ParsedMessage m = parse("pnrgov/empty-push.edi");
    assertThat(m.isEmptyPush()).isTrue();
    assertThat(m.pushedFlight().getFlightNumber()).isEqualTo("0123");
  }

  @Test
  void somethingThatIsNotEdifactIsRejectedWhole() {
    ParsedMessage m = parse("pnrgov/not-edifact.txt");
    assertThat(m.isRejectedWhole()).isTrue();
    assertThat(m.rejections().get(0).reason()).isEqualTo("not a PNRGOV or PAXLST message");
  }
}
