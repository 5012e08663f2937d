package eu.piu.cli.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A process that up or demo started, known by its pid file under .piu/run/. A pid is only taken for
 * ours if the process's command line still names our main class: pids are recycled, and down must
 * never signal someone else's process.
 */
public final class ManagedProcess {

  /** What {@link #stop} had to do. */
  public enum Stopped {
    NOT_RUNNING,
    TERMINATED,
    KILLED
  }

  public static final String KAFKA = "kafka";
  public static final String ELASTICSEARCH = "elasticsearch";
  public static final String DEMO = "demo";

  private final String name;
  private final Path pidFile;
  private final String commandLineMarker;

  public ManagedProcess(PiuHome home, String name, String commandLineMarker) {
    this.name = name;
    this.pidFile = home.run().resolve(name + ".pid");
    this.commandLineMarker = commandLineMarker;
  }

  public static ManagedProcess kafka(PiuHome home) {
    return new ManagedProcess(home, KAFKA, "eu.piu.localstack.KafkaServerMain");
  }

  public static ManagedProcess elasticsearch(PiuHome home) {
    return new ManagedProcess(home, ELASTICSEARCH, "eu.piu.localstack.es.ElasticsearchNode");
  }

  public static ManagedProcess demo(PiuHome home) {
    return new ManagedProcess(home, DEMO, "eu.piu.cli.Piu demo");
  }

  public String name() {
    return name;
  }

  /** For people: "Kafka", "Elasticsearch", "Demo job". */
  public String label() {
    return switch (name) {
      case KAFKA -> "Kafka";
      case ELASTICSEARCH -> "Elasticsearch";
      case DEMO -> "Demo job";
      default -> name;
    };
  }

  /** The live process of this name, if its pid file names one. */
  public Optional<ProcessHandle> running() {
    try {
      if (!Files.exists(pidFile)) {
        return Optional.empty();
      }
      long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).trim());
      // A stale file may name a recycled pid, even this very process.
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(handle -> handle.pid() != ProcessHandle.current().pid())
          .filter(this::isOurs);
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  public void record(long pid) throws IOException {
    Files.createDirectories(pidFile.getParent());
    Files.writeString(pidFile, pid + "\n", StandardCharsets.US_ASCII);
  }

  public void forget() throws IOException {
    Files.deleteIfExists(pidFile);
  }

  /** SIGTERM, then SIGKILL if it is still there after {@code grace}. */
  public Stopped stop(Duration grace) throws IOException, InterruptedException {
    Optional<ProcessHandle> process = running();
    if (process.isEmpty()) {
      forget();
      return Stopped.NOT_RUNNING;
    }
    ProcessHandle handle = process.get();
    handle.destroy();
    Stopped outcome = Stopped.TERMINATED;
    if (!exited(handle, grace)) {
      handle.destroyForcibly();
      outcome = Stopped.KILLED;
      if (!exited(handle, Duration.ofSeconds(10))) {
        throw new IOException(name + " (pid " + handle.pid() + ") survived SIGKILL");
      }
    }
    forget();
    return outcome;
  }

  private boolean isOurs(ProcessHandle handle) {
    return commandLineOf(handle).map(line -> line.contains(commandLineMarker)).orElse(false);
  }

  /**
   * The whole command line. /proc first: the JDK gives up on long ones (a server's class path runs
   * to kilobytes) and returns the executable alone.
   */
  private static Optional<String> commandLineOf(ProcessHandle handle) {
    Path proc = Path.of("/proc", String.valueOf(handle.pid()), "cmdline");
    try {
      if (Files.isReadable(proc)) {
        return Optional.of(
            new String(Files.readAllBytes(proc), StandardCharsets.UTF_8).replace('\0', ' '));
      }
    } catch (IOException e) {
      // Gone meanwhile, or not ours to read: fall back on what the JDK knows.
    }
    return handle.info().commandLine();
  }

  private static boolean exited(ProcessHandle handle, Duration within) throws InterruptedException {
    try {
      handle.onExit().get(within.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (java.util.concurrent.ExecutionException e) {
      return !handle.isAlive();
    }
  }
}
