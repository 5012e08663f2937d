package eu.piu.cli.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

/**
 * ./piu down: stops what up and demo started, the demo first (its job still writes to Kafka and
 * Elasticsearch), each with SIGTERM and, past the grace period, SIGKILL.
 */
public final class StackShutdown {

  private final PiuHome home;
  private final PrintStream out;

  public StackShutdown(PiuHome home, PrintStream out) {
    this.home = home;
    this.out = out;
  }

  public void down(Duration grace, boolean purge) throws IOException, InterruptedException {
    for (ManagedProcess process :
        List.of(
            ManagedProcess.demo(home),
            ManagedProcess.kafka(home),
            ManagedProcess.elasticsearch(home))) {
      long pid = process.running().map(ProcessHandle::pid).orElse(-1L);
      ManagedProcess.Stopped stopped = process.stop(grace);
      out.printf(
          "%-16s%s%n",
          process.label(),
          switch (stopped) {
            case NOT_RUNNING -> "was not running";
            case TERMINATED -> "stopped (pid " + pid + ", SIGTERM)";
            case KILLED -> "killed (pid " + pid + ", SIGKILL after " + grace.toSeconds() + " s)";
          });
    }
    Files.deleteIfExists(StackStatus.demoUiFile(home));
    if (purge) {
      Folders.deleteTree(home.state());
      out.println("Deleted " + home.state() + " (data, logs, checkpoints, benchmark reports).");
    }
  }
}
