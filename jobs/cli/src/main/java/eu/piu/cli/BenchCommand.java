package eu.piu.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Benchmarks: bench e2e (on the local stack), bench parse (one core), bench names (name"
            + " screening, one core).",
    subcommands = {BenchE2eCommand.class, BenchParseCommand.class, BenchNamesCommand.class})
final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(System.out);
    return 0;
  }
}
