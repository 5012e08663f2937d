package eu.piu.cli;

import eu.piu.cli.stack.PiuHome;
import eu.piu.cli.stack.StackSettings;
import eu.piu.cli.stack.StackStatus;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Shows what runs and what the topics and indices hold.",
      "What runs: the Kafka and Elasticsearch processes (pids alive, ports answering), a running"
          + " demo, the topics with their record counts and the indices with their document"
          + " counts."
    })
final class StatusCommand implements Callable<Integer> {

  @Override
  public Integer call() throws Exception {
    PiuHome home = PiuHome.fromSystemProperties();
    new StackStatus(home, StackSettings.load(home.stackSettings()), System.out).print();
    return 0;
  }
}
