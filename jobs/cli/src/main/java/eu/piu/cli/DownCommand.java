package eu.piu.cli;

import eu.piu.cli.stack.PiuHome;
import eu.piu.cli.stack.StackShutdown;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "down",
    mixinStandardHelpOptions = true,
    description = {
      "Stops what up and demo started (--purge: and deletes .piu/).",
      "Stops everything up and demo started: a running demo, Kafka, Elasticsearch. Each gets"
          + " SIGTERM, then SIGKILL if it has not stopped within the grace period."
    })
final class DownCommand implements Callable<Integer> {

  @Option(
      names = "--purge",
      description = "Also delete .piu/: topics, indices, logs, checkpoints, benchmark reports.")
  boolean purge;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description = "Grace period after SIGTERM (default ${DEFAULT-VALUE} s).")
  int graceSeconds;

  @Override
  public Integer call() throws Exception {
    new StackShutdown(PiuHome.fromSystemProperties(), System.out)
        .down(Duration.ofSeconds(graceSeconds), purge);
    return 0;
  }
}
