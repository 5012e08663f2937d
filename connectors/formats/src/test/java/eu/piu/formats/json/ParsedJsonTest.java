package eu.piu.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.formats.Fixtures;
import eu.piu.formats.ParsedMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParsedJsonTest {

  @Test
  void onePnrPerLineWithItsErasures() {
    ParsedMessage m = Fixtures.parse("pnrgov/multi-pnr.edi");
    List<String> lines = ParsedJson.lines(m);
    assertThat(lines).hasSize(3);
    assertThat(lines)
        .allSatisfy(
            l -> assertThat(l).doesNotContain("\n").startsWith("{\"kind\":\"PNR\"").endsWith("}"));
    assertThat(lines.get(0))
        .contains("\"messageId\":\"pnrgov/multi-pnr.edi\"")
        .contains("\"pnrId\": \"SN:MPA001:2026-01-15\"");
    assertThat(ParsedJson.lines(Fixtures.parse("pnrgov/sensitive.edi")).get(0))
        .contains("\"erasures\":{\"FREE_TEXT:HISTORY\":1,")
        .contains("\"SSR:MEAL\":5");
  }

  @Test
  void apiListsToo() {
    List<String> lines = ParsedJson.lines(Fixtures.parse("paxlst/d02b.edi"));
    assertThat(lines)
        .singleElement()
        .satisfies(
            l ->
                assertThat(l)
                    .startsWith("{\"kind\":\"API\"")
                    .contains("\"listId\": \"SN0123:2026-03-03\""));
  }

  @Test
  void stringsAreEscaped() {
    StringBuilder sb = new StringBuilder();
    Json.string(sb, "a\"b\\c\nd\u0001");
    assertThat(sb).hasToString("\"a\\\"b\\\\c\\nd\\u0001\"");
  }
}
