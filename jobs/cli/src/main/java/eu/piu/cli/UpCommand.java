package eu.piu.cli;

import eu.piu.cli.stack.LocalStack;
import eu.piu.cli.stack.PiuHome;
import eu.piu.cli.stack.StackSettings;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "up",
    mixinStandardHelpOptions = true,
    description = {
      "Starts Kafka and Elasticsearch in the background; creates the topics and indices.",
      "Starts the local stack as background processes: a Kafka broker (KRaft) on 127.0.0.1:9092"
          + " and an Elasticsearch 7.17 node on http://127.0.0.1:9200; creates the topics (one"
          + " per contract, compacted watchlist-entries and profiles, a notification topic per"
          + " service; 2 partitions each) and the Elasticsearch templates and indices.",
      "Safe to run again: what already runs or exists is left as it is.",
      "Data and logs: .piu/ (./piu down --purge deletes it)."
    })
final class UpCommand implements Callable<Integer> {

  @Mixin StackOptions stack = new StackOptions();

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "120",
      description = "How long the servers may take to be ready (default ${DEFAULT-VALUE} s).")
  int timeoutSeconds;

  @Override
  public Integer call() throws Exception {
    PiuHome home = PiuHome.fromSystemProperties();
    StackSettings settings = Stacks.settings(home, stack, System.out);
    new LocalStack(home, settings, System.out).up(Duration.ofSeconds(timeoutSeconds));
    return 0;
  }
}
