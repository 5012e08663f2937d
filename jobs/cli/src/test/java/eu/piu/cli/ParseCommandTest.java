package eu.piu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** ./piu parse: one JSON line per PNR or API list on stdout, the summary on stderr. */
class ParseCommandTest {

  /** Two PNRs, one of them with a meal SSR and a remark, one without a surname (rejected). */
  static final String PNRGOV =
      String.join(
          "\n",
          "UNA:+.? '",
          "UNB+IATA:1+SN+BEPIU+260302:0815+CLI001'",
          "UNH+1+PNRGOV:13:1:IA+SN0123/030326/1015'",
          "MSG+:22'",
          "ORG+SN:BRU'",
          "TVL+030326:1015:030326:1230+BRU+LIS+SN+123'",
          "EQN+3'",
          "SRC'",
          "RCI+SN:CLI001::150126:0930'",
          "SSR+MOML:HK:1:SN'",
          "IFT+3+RMK PASSENGER FASTING'",
          "TIF+MARTENS+SOFIE:A:1'",
          "TVL+030326:1015:030326:1230+BRU+LIS+SN+123:Y'",
          "SRC'",
          "RCI+SN:CLI002::150126:0930'",
          "TIF++KOEN:A:1'",
          "TVL+030326:1015:030326:1230+BRU+LIS+SN+123:Y'",
          "SRC'",
          "RCI+SN:CLI003::150126:0930'",
          "TIF+WOUTERS+AN:A:1'",
          "TIF+WOUTERS+LUC:A:2'",
          "TVL+030326:1015:030326:1230+BRU+LIS+SN+123:Y'",
          "UNT+20+1'",
          "UNZ+1+CLI001'",
          "");

  static final String PAXLST =
      String.join(
          "\n",
          "UNA:+.? '",
          "UNB+UNOA:4+SN:ZZ+BEPIU:ZZ+260303:0930+CLI004++PAXLST'",
          "UNH+CLI004+PAXLST:D:02B:UN:IATA'",
          "BGM+745'",
          "TDT+20+SN0123+++SN'",
          "LOC+125+BRU'",
          "DTM+189:2603031015:201'",
          "LOC+87+LIS'",
          "DTM+232:2603031230:201'",
          "NAD+FL+++MARTENS:SOFIE'",
          "DTM+329:900101'",
          "CNT+42:1'",
          "UNT+10+CLI004'",
          "UNZ+1+CLI004'",
          "");

  record Run(int exit, List<String> out, String err) {}

  static Run parse(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine piu = Piu.commandLine();
    piu.setOut(new PrintWriter(out, true));
    piu.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>(List.of("parse", "--received-at", "2026-03-03T10:00:00Z"));
    all.addAll(List.of(args));
    int exit = piu.execute(all.toArray(String[]::new));
    return new Run(exit, out.toString().lines().toList(), err.toString());
  }

  @Test
  void filesAndFoldersGiveOneJsonLinePerRecordAndASummary(@TempDir Path dir) throws Exception {
    Path feed = Files.createDirectories(dir.resolve("feed/sn"));
    Files.writeString(feed.resolve("push.edi"), PNRGOV, StandardCharsets.ISO_8859_1);
    Files.writeString(feed.resolve(".push.edi.swp"), "not a message");
    Path api = Files.writeString(dir.resolve("api.txt"), PAXLST);

    Run run = parse(dir.resolve("feed").toString(), api.toString());

    assertThat(run.exit()).isZero();
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> records = new ArrayList<>();
    for (String line : run.out()) {
      records.add(json.readTree(line));
    }
    assertThat(records)
        .extracting(r -> r.path("kind").asText())
        .containsExactly("PNR", "PNR", "API");
    assertThat(records.get(0).at("/pnr/recordLocator").asText()).isEqualTo("CLI001");
    assertThat(records.get(0).path("erasures").toString())
        .isEqualTo("{\"FREE_TEXT:REMARK\":1,\"SSR:MEAL\":1}");
    assertThat(records.get(1).at("/pnr/passengers").size()).isEqualTo(2);
    assertThat(String.join("\n", run.out())).doesNotContain("MOML", "FASTING");
    assertThat(run.err())
        .contains("messages: 2 (PNRGOV 1, PAXLST 1, empty pushes 0)")
        .contains("PNRs: 2, passengers: 3, legs: 2")
        .contains("API lists: 1, API passengers: 1")
        .contains("1  PNR: TIF without surname");
  }

  @Test
  void anUnreadablePathIsReportedTheOthersStillParsedAndTheExitIsOne(@TempDir Path dir)
      throws Exception {
    Path push = Files.writeString(dir.resolve("push.edi"), PNRGOV);

    Run run = parse("--summary-only", push.toString(), dir.resolve("missing.edi").toString());

    assertThat(run.exit()).isOne();
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("cannot read " + dir.resolve("missing.edi") + ": no such file")
        .contains("PNRs: 2")
        .contains("unreadable paths: 1");
  }

  @Test
  void benchParseReportsMessagesAndMegabytesPerSecondOnOneCore() {
    StringWriter out = new StringWriter();
    CommandLine piu = Piu.commandLine();
    piu.setOut(new PrintWriter(out, true));

    int exit = piu.execute("bench", "parse", "--megabytes", "0.2", "--seconds", "0.5");

    assertThat(exit).isZero();
    assertThat(out.toString())
        .contains("messages/s", "MB/s", "wall clock", "CPU time of the thread", "target: 20 MB/s");
  }
}
