package eu.piu.cli;

import eu.piu.cli.stack.LocalStack;
import eu.piu.cli.stack.PiuHome;
import eu.piu.cli.stack.StackSettings;
import java.io.IOException;
import java.io.PrintStream;

/** The stack settings a command works with: its options over what up saved. */
final class Stacks {

  private Stacks() {}

  static StackSettings settings(PiuHome home, StackOptions options, PrintStream out)
      throws IOException {
    StackSettings saved = StackSettings.load(home.stackSettings());
    StackSettings wanted = options.over(saved);
    boolean portsChanged =
        wanted.kafkaPort() != saved.kafkaPort()
            || wanted.kafkaControllerPort() != saved.kafkaControllerPort()
            || wanted.elasticsearchPort() != saved.elasticsearchPort();
    if (portsChanged && new LocalStack(home, saved, out).running()) {
      out.println(
          "The stack already runs on the ports of the last ./piu up; ./piu down first to move it."
              + " Using those ports.");
      return new StackSettings(
          saved.kafkaPort(),
          saved.kafkaControllerPort(),
          saved.elasticsearchPort(),
          wanted.topicPrefix(),
          wanted.services());
    }
    return wanted;
  }
}
