package eu.piu.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "hits",
    mixinStandardHelpOptions = true,
    description = {
      "Hits through their review, for detached members and the head of the PIU: list a service's"
          + " hits, validate or reject one by identification code."
    },
    subcommands = {HitsListCommand.class, HitsDecideCommand.class})
final class HitsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(System.out);
    return 0;
  }
}
