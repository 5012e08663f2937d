package eu.piu.formats.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.formats.Fixtures;
import eu.piu.formats.ParsedMessage;
import eu.piu.schema.Pnr;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Telling a waiting part of a multi-part message from a message that stands alone. */
class TransferPartsTest {

  private static final byte[] FIRST = Fixtures.bytes("pnrgov/multi-part-1-of-2.edi");
  private static final byte[] SECOND = Fixtures.bytes("pnrgov/multi-part-2-of-2.edi");

  @Test
  void aFirstPartAnnouncingMoreWaits() {
    assertThat(TransferParts.of(FIRST))
        .hasValueSatisfying(
            parts -> {
              assertThat(parts.reference()).isEqualTo("SN0123");
              assertThat(parts.parts().stream().boxed()).containsExactly(1);
              assertThat(parts.finalPart()).isZero();
              assertThat(parts.complete()).isFalse();
            });
  }

  @Test
  void aLaterPartWaitsForTheEarlierOnes() {
    assertThat(TransferParts.of(SECOND))
        .hasValueSatisfying(
            parts -> {
              assertThat(parts.parts().stream().boxed()).containsExactly(2);
              assertThat(parts.finalPart()).isEqualTo(2);
              assertThat(parts.with(TransferParts.of(FIRST).orElseThrow()).complete()).isTrue();
            });
  }

  @Test
  void allPartsInOnePayloadOrNoTransferStatusStandAlone() {
    assertThat(TransferParts.of(Fixtures.bytes("pnrgov/multi-part.edi"))).isEmpty();
    assertThat(TransferParts.of(Fixtures.bytes("pnrgov/multi-pnr.edi"))).isEmpty();
    assertThat(TransferParts.of(text("UNH+1+PNRGOV:13:1:IA+SN0123+01:F'MSG+:22'UNT+2+1'")))
        .isEmpty();
    assertThat(TransferParts.of(text("UNH+1+PNRGOV:13:1:IA+SN0123+1'MSG+:22'UNT+2+1'"))).isEmpty();
    assertThat(TransferParts.of(new byte[0])).isEmpty();
  }

  @Test
  void thePartsJoinedInOrderReadAsTheWholeMessage() throws Exception {
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    joined.write(FIRST);
    joined.write('\n');
    joined.write(SECOND);

    ParsedMessage whole = Fixtures.PARSER.parse(joined.toByteArray(), "SN", Fixtures.RECEIVED, "j");

    assertThat(whole.rejections()).isEmpty();
    assertThat(whole.pnrs())
        .extracting(p -> p.pnr().getRecordLocator())
        .containsExactly("MPT001", "MPT002");
    Pnr second = whole.pnrs().get(1).pnr();
    assertThat(second.getPassengers()).extracting("givenNames").containsExactly("ANKE", "LOUIS");
    ParsedMessage firstAlone = Fixtures.PARSER.parse(FIRST, "SN", Fixtures.RECEIVED, "1");
    assertThat(firstAlone.pnrs().get(1).pnr().getPassengers())
        .as("read alone, the first part cuts the second PNR short")
        .hasSize(1);
  }

  private static byte[] text(String segments) {
    return ("UNB+IATA:1+SN+BEPIU+260301:0815+X'" + segments + "UNZ+1+X'")
        .getBytes(StandardCharsets.US_ASCII);
  }
}
