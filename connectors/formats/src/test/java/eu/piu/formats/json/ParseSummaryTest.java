package eu.piu.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.formats.Fixtures;
import org.junit.jupiter.api.Test;

class ParseSummaryTest {

  @Test
  void countsMessagesPnrsPassengersLegsAndRejectsWithReasons() {
    ParseSummary s = new ParseSummary();
    s.add(Fixtures.parse("pnrgov/multi-pnr.edi"));
    s.add(Fixtures.parse("pnrgov/bad-pnr-among-good.edi"));
    s.add(Fixtures.parse("pnrgov/not-edifact.txt"));
    s.add(Fixtures.parse("paxlst/d02b.edi"));
    s.add(Fixtures.parse("pnrgov/sensitive.edi"));
    assertThat(s.messages()).isEqualTo(5);
    assertThat(s.pnrs()).isEqualTo(6);
    assertThat(s.passengers()).isEqualTo(7);
    assertThat(s.legs()).isEqualTo(6);
    assertThat(s.apiLists()).isEqualTo(1);
    assertThat(s.apiPassengers()).isEqualTo(2);
    assertThat(s.rejects()).isEqualTo(2);
    assertThat(s.rejectReasons())
        .containsEntry("PNR: TIF without surname", 1)
        .containsEntry("MESSAGE: not a PNRGOV or PAXLST message", 1);
    assertThat(s.erasures()).containsEntry("SSR:MEAL", 5);
    String text = s.render();
    assertThat(text)
        .contains("messages: 5 (PNRGOV 3, PAXLST 1, empty pushes 0)")
        .contains("PNRs: 6, passengers: 7, legs: 6")
        .contains("rejects: 2")
        .contains("TIF without surname")
        .doesNotContain("BENALI")
        .doesNotContain("GOOSSENS");
  }
}
