package eu.piu.formats.bench;

import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.formats.CarrierMessageParser;
import eu.piu.formats.ParsedMessage;
import eu.piu.formats.ParsedPnr;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The benchmark's corpus is read completely: every PNR and passenger generated is found. */
class SyntheticPnrgovTest {

  @Test
  void everyGeneratedPnrAndPassengerIsFound() {
    SyntheticPnrgov generator = new SyntheticPnrgov(42);
    CarrierMessageParser parser = new CarrierMessageParser();
    int expectedPnrs = 0;
    int foundPnrs = 0;
    for (int i = 0; i < 60; i++) {
      SyntheticPnrgov.Shape shape = generator.randomShape();
      byte[] message = generator.interchange(shape);
      ParsedMessage m = parser.parse(message, "XX", Instant.EPOCH, "g" + i);
      assertThat(m.rejections()).isEmpty();
      expectedPnrs += shape.pnrs();
      foundPnrs += m.pnrs().size();
      String text = new String(message, StandardCharsets.ISO_8859_1).replace("\r\n", "");
      int tifs = text.split("TIF[+*]", -1).length - 1;
      int checkIns = text.split("TRI[+*]", -1).length - 1;
      assertThat(m.passengerCount()).as("message %d", i).isEqualTo(tifs - checkIns);
      for (ParsedPnr p : m.pnrs()) {
        assertThat(p.pnr().getLegs()).isNotEmpty();
        assertThat(p.pnr().getPassengers())
            .allSatisfy(x -> assertThat(x.getDocuments()).hasSize(1));
      }
    }
    assertThat(foundPnrs).isEqualTo(expectedPnrs);
  }

  @Test
  void theBenchmarkRuns() {
    ParseBenchmark.Result r = ParseBenchmark.run(0.2, 0.2);
    assertThat(r.messages()).isPositive();
    assertThat(r.megabytesPerSecond()).isPositive();
  }
}
