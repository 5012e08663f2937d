package eu.piu.cli;

import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * ./piu: the PIU streaming core on one machine. The launcher script builds the project when needed
 * and starts this class with the module's class path.
 */
@Command(
    name = "piu",
    mixinStandardHelpOptions = true,
    version = "piu 0.1.0",
    description = {
      "The PIU streaming core on this machine: a local Kafka and Elasticsearch, the screening job"
          + " on a local Flink cluster, sample data and a benchmark. Nothing to install beyond"
          + " JDK 17 and Maven; state lives in .piu/."
    },
    subcommands = {
      UpCommand.class,
      StatusCommand.class,
      DownCommand.class,
      DemoCommand.class,
      HitsCommand.class,
      BenchCommand.class,
      ParseCommand.class,
      ScoreNamesCommand.class,
      ScreenCommand.class,
      NameQualityCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Start here:  ./piu up && ./piu demo --exit && ./piu status && ./piu down",
      "Each command has --help. Logs: .piu/logs/."
    })
public final class Piu implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(Piu.class);

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(System.out);
    return 0;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command tree, with errors reported in one line (the stack trace goes to the log). */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new Piu());
    commandLine.setExecutionExceptionHandler(
        (exception, command, parseResult) -> {
          LOG.error("piu {} failed", command.getCommandName(), exception);
          command
              .getErr()
              .println(
                  "piu "
                      + command.getCommandName()
                      + ": "
                      + (exception.getMessage() == null
                          ? exception.toString()
                          : exception.getMessage())
                      + "  (details: .piu/logs/piu-cli.log)");
          return 1;
        });
    return commandLine;
  }
}
