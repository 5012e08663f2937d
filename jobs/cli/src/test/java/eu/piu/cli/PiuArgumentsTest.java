package eu.piu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.piu.cli.stack.StackSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

class PiuArgumentsTest {

  private static <T> T command(ParseResult result, Class<T> type) {
    ParseResult last = result;
    while (last.hasSubcommand()) {
      last = last.subcommand();
    }
    return type.cast(last.commandSpec().userObject());
  }

  @Test
  void benchE2eDefaultsAreTheBriefsSizes() {
    ParseResult parsed = Piu.commandLine().parseArgs("bench", "e2e");
    BenchE2eCommand e2e = command(parsed, BenchE2eCommand.class);
    assertThat(e2e.legs).isEqualTo(1_000_000);
    assertThat(e2e.entries).isEqualTo(100_000);
    assertThat(e2e.rate).isNull();
    assertThat(e2e.hitEvery).isEqualTo(100);
    assertThat(e2e.keep).isFalse();
  }

  @Test
  void benchE2eOptions() {
    BenchE2eCommand e2e =
        command(
            Piu.commandLine()
                .parseArgs(
                    "bench", "e2e", "--legs", "2000000", "--entries", "5000", "--rate", "3000.5"),
            BenchE2eCommand.class);
    assertThat(e2e.legs).isEqualTo(2_000_000);
    assertThat(e2e.entries).isEqualTo(5_000);
    assertThat(e2e.rate).isEqualTo(3000.5);
    e2e.validate();
  }

  @Test
  void benchE2eRefusesNonsense() {
    BenchE2eCommand e2e =
        command(Piu.commandLine().parseArgs("bench", "e2e", "--legs", "10"), BenchE2eCommand.class);
    assertThatThrownBy(e2e::validate).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Piu.commandLine().parseArgs("bench", "e2e", "--legs", "many"))
        .isInstanceOf(CommandLine.ParameterException.class);
  }

  @Test
  void demoOptions() {
    DemoCommand demo = command(Piu.commandLine().parseArgs("demo", "--exit"), DemoCommand.class);
    assertThat(demo.exit).isTrue();
    assertThat(demo.pnrs).isEqualTo(1500);
    assertThat(demo.flinkUiPort).isEqualTo(8081);
    assertThat(command(Piu.commandLine().parseArgs("demo"), DemoCommand.class).exit).isFalse();
  }

  @Test
  void stackOptionsOverrideWhatUpSaved() {
    UpCommand up =
        command(
            Piu.commandLine()
                .parseArgs("up", "--kafka-port", "19092", "--services", "police,CUSTOMS"),
            UpCommand.class);
    StackSettings settings = up.stack.over(StackSettings.defaults());
    assertThat(settings.kafkaPort()).isEqualTo(19092);
    assertThat(settings.elasticsearchPort()).isEqualTo(9200);
    assertThat(settings.services()).containsExactly("POLICE", "CUSTOMS");
    assertThat(settings.topics().notifications("CUSTOMS")).isEqualTo("piu.notifications.customs");
  }

  @Test
  void downPurge() {
    DownCommand down = command(Piu.commandLine().parseArgs("down", "--purge"), DownCommand.class);
    assertThat(down.purge).isTrue();
    assertThat(down.graceSeconds).isEqualTo(30);
  }

  @Test
  void everyCommandHasHelp() {
    for (List<String> args :
        List.of(
            List.of("--help"),
            List.of("up", "--help"),
            List.of("status", "--help"),
            List.of("down", "--help"),
            List.of("demo", "--help"),
            List.of("bench", "--help"),
            List.of("bench", "e2e", "--help"))) {
      StringWriter printed = new StringWriter();
      CommandLine commandLine = Piu.commandLine();
      commandLine.setOut(new PrintWriter(printed));
      assertThat(commandLine.execute(args.toArray(String[]::new))).as(args.toString()).isZero();
      assertThat(printed.toString()).as(args.toString()).contains("Usage: piu");
    }
  }

  @Test
  void unknownCommandIsAnError() {
    StringWriter errors = new StringWriter();
    CommandLine commandLine = Piu.commandLine();
    commandLine.setErr(new PrintWriter(errors));
    assertThat(commandLine.execute("upp")).isEqualTo(2);
    assertThat(errors.toString()).contains("Unmatched argument");
  }

  @Test
  void hitsDecideNeedsACodeAVerdictAndAReason() {
    HitsDecideCommand decide =
        command(
            Piu.commandLine()
                .parseArgs(
                    "hits",
                    "decide",
                    "h-1",
                    "--code",
                    "POLICE-DM-01",
                    "--reject",
                    "--reason",
                    "same name, other person"),
            HitsDecideCommand.class);
    eu.piu.schema.Decision decision = decide.decision(java.time.Instant.EPOCH);
    assertThat(decision.getHitId()).isEqualTo("h-1");
    assertThat(decision.getCode()).isEqualTo("POLICE-DM-01");
    assertThat(decision.getKind()).isEqualTo(eu.piu.schema.DecisionKind.REJECT);
    assertThat(decision.getReason()).isEqualTo("same name, other person");
    assertThat(decision.getDecisionId()).isNotBlank();
    assertThatThrownBy(
            () ->
                Piu.commandLine()
                    .parseArgs(
                        "hits",
                        "decide",
                        "h-1",
                        "--code",
                        "C",
                        "--validate",
                        "--reject",
                        "--reason",
                        "r"))
        .as("validate and reject exclude each other")
        .isInstanceOf(CommandLine.ParameterException.class);
    assertThatThrownBy(
            () -> Piu.commandLine().parseArgs("hits", "decide", "h-1", "--code", "C", "--validate"))
        .as("a reason is required")
        .isInstanceOf(CommandLine.ParameterException.class);
  }

  @Test
  void hitsListTakesAServiceAndStatuses() {
    HitsListCommand list =
        command(
            Piu.commandLine()
                .parseArgs(
                    "hits",
                    "list",
                    "--service",
                    "POLICE",
                    "--status",
                    "pending_validation,VALIDATED"),
            HitsListCommand.class);
    assertThat(list.service).isEqualTo("POLICE");
    assertThat(list.statuses).containsExactly("pending_validation", "VALIDATED");
    assertThatThrownBy(() -> Piu.commandLine().parseArgs("hits", "list"))
        .isInstanceOf(CommandLine.ParameterException.class);
  }
}
