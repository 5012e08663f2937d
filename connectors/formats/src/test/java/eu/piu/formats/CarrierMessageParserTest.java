package eu.piu.formats;

import static eu.piu.formats.Fixtures.PARSER;
import static eu.piu.formats.Fixtures.RECEIVED;
import static eu.piu.formats.Fixtures.bytes;
import static eu.piu.formats.Fixtures.parseText;
import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.formats.sensitive.SensitiveDataPolicy;
import eu.piu.schema.MessageFormat;
import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CarrierMessageParserTest {

  @Test
  void tellsPnrgovFromPaxlstByUnh() {
    assertThat(Fixtures.parse("pnrgov/multi-pnr.edi").format()).isEqualTo(MessageFormat.PNRGOV);
    assertThat(Fixtures.parse("paxlst/d02b.edi").format()).isEqualTo(MessageFormat.PAXLST);
  }

  @Test
  void nullEmptyAndBlankPayloadsAreRejectedWhole() {
    for (byte[] payload :
        new byte[][] {null, new byte[0], "  \r\n ".getBytes(StandardCharsets.US_ASCII)}) {
      ParsedMessage m = PARSER.parse(payload, null, null, null);
      assertThat(m.isRejectedWhole()).isTrue();
      assertThat(m.pnrs()).isEmpty();
    }
  }

  @Test
  void aTooLargePayloadIsRejectedWhole() {
    ParsedMessage m =
        new CarrierMessageParser(SensitiveDataPolicy.defaults(), 100)
            .parse(bytes("pnrgov/full-pnr.edi"), "SN", RECEIVED, "big");
    assertThat(m.rejections())
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("larger"));
  }

  @Test
  void aWholeMessageRejectionSaysWhereAndWhy() {
    String text = "UNB+IATA:1+SN'UNH+1+CUSRES:D:05B'BGM+962'UNT+3+1'UNZ+1'";
    ParsedMessage m = parseText(text);
    Rejection r = m.rejections().get(0);
    assertThat(r.scope()).isEqualTo(Rejection.Scope.MESSAGE);
    assertThat(r.reason()).isEqualTo("not a PNRGOV or PAXLST message");
    assertThat(r.segmentTag()).isEqualTo("UNH");
    assertThat(r.bytePosition()).isEqualTo(text.indexOf("UNH"));
    assertThat(r.position()).isEqualTo("segment UNH #1 at byte " + text.indexOf("UNH"));
    assertThat(r.toByte()).isEqualTo(text.length());
  }

  @Test
  void aPnrgovMessageWithoutAnyPnrIsRejected() {
    ParsedMessage m =
        parseText("UNB+IATA:1+SN+X+260301:0815+1'UNH+1+PNRGOV:13:1:IA'MSG+:22'UNT+3+1'UNZ+1+1'");
    assertThat(m.rejections())
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).isEqualTo("PNRGOV message without any PNR"));
  }

  @Test
  void identityAndVersionsOfAPnrAcrossPushes() {
    String first = new String(bytes("pnrgov/multi-pnr.edi"), StandardCharsets.ISO_8859_1);
    // The second push, at flight closure, renumbers the travellers and comes a day later.
    String second =
        first
            .replace("260301:0815", "260303:0900")
            .replace("TIF+PEETERS+KOEN:A:1", "TIF+PEETERS+KOEN MR:A:7")
            .replace("MSG+:22", "MSG+:141");
    Pnr v1 = parseText(first).pnrs().get(1).pnr();
    Pnr v2 = parseText(second).pnrs().get(1).pnr();
    assertThat(v2.getPnrId()).isEqualTo(v1.getPnrId()).isEqualTo("SN:MPA002:2026-01-15");
    assertThat(v2.getVersion()).isGreaterThan(v1.getVersion());
    Passenger p1 = v1.getPassengers().get(0);
    Passenger p2 = v2.getPassengers().get(0);
    assertThat(p2.getPassengerId()).isEqualTo(p1.getPassengerId());
    assertThat(p2.getReference()).isEqualTo("7");
    // An identical re-send is the same version.
    assertThat(parseText(first).pnrs().get(1).pnr().getVersion()).isEqualTo(v1.getVersion());
  }

  @Test
  void namesakesInOnePnrGetDistinctIds() {
    Pnr pnr =
        parseText(
                new String(bytes("pnrgov/multi-pnr.edi"), StandardCharsets.ISO_8859_1)
                    .replace(
                        "RCI+SN:MPA001::150126:0930'",
                        "RCI+SN:MPA001::150126:0930'\nTIF+GOOSSENS+HILDE MRS:A:2'"))
            .pnrs()
            .get(0)
            .pnr();
    assertThat(pnr.getPassengers())
        .extracting(Passenger::getPassengerId)
        .doesNotHaveDuplicates()
        .hasSize(2);
  }

  @Test
  void withoutAPushTimeTheReceiptTimeIsUsed() {
    String noUnb =
        new String(bytes("pnrgov/multi-pnr.edi"), StandardCharsets.ISO_8859_1)
            .replaceAll("UNB\\+[^']*'\n", "")
            .replaceAll("UNG\\+[^']*'\n", "");
    Pnr pnr = parseText(noUnb).pnrs().get(0).pnr();
    assertThat(pnr.getPushedAt()).isEqualTo(RECEIVED);
    assertThat(pnr.getVersion()).isEqualTo(RECEIVED.toEpochMilli());
  }
}
