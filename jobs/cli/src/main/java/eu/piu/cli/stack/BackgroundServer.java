package eu.piu.cli.stack;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts one of the local-stack servers as a background process: its own session (setsid), so that
 * Ctrl-C on a ./piu command does not reach it, its console in a log file under .piu/logs/, and its
 * pid recorded for status and down.
 */
public final class BackgroundServer {

  /** What to run and the console line it prints once it serves clients. */
  public record Spec(
      ManagedProcess process,
      String classPath,
      String mainClass,
      List<String> jvmOptions,
      List<String> arguments,
      String readyPrefix) {}

  private final Spec spec;
  private final Process process;
  private final Path log;

  private BackgroundServer(Spec spec, Process process, Path log) {
    this.spec = spec;
    this.process = process;
    this.log = log;
  }

  public static BackgroundServer start(Spec spec, Path logs) throws IOException {
    Files.createDirectories(logs);
    Path log = logs.resolve(spec.process().name() + ".log");
    List<String> command = new ArrayList<>();
    // setsid execs the JVM in a new session (no fork: a child of this JVM leads no process
    // group), so the recorded pid is the server's own.
    command.add("setsid");
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(spec.jvmOptions());
    command.add("-cp");
    command.add(spec.classPath());
    command.add(spec.mainClass());
    command.addAll(spec.arguments());
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(new File("/dev/null"))
            .start();
    spec.process().record(process.pid());
    return new BackgroundServer(spec, process, log);
  }

  public long pid() {
    return process.pid();
  }

  public Path log() {
    return log;
  }

  /**
   * Waits for the server's READY line and returns what it announces (address or URL); fails with
   * the end of its log if it exits first or the deadline passes.
   */
  public String awaitReady(Deadline deadline, PrintStream progress) throws Exception {
    AtomicReference<String> announced = new AtomicReference<>();
    try {
      deadline.await(
          spec.process().name() + " READY line in " + log,
          () -> {
            for (String line : lines(log)) {
              if (line.startsWith(spec.readyPrefix())) {
                announced.set(line.substring(spec.readyPrefix().length()).trim());
                return true;
              }
            }
            if (!process.isAlive()) {
              throw new IOException(
                  spec.process().name()
                      + " exited with status "
                      + process.exitValue()
                      + " before it was ready; end of "
                      + log
                      + ":\n"
                      + tail(log, 15));
            }
            return false;
          },
          progress);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IOException(e.getMessage() + "; end of " + log + ":\n" + tail(log, 15), e);
    }
    return announced.get();
  }

  static String tail(Path file, int lines) throws IOException {
    List<String> all = lines(file);
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  /** Lenient about bytes that are not UTF-8: a console may print anything. */
  private static List<String> lines(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
  }
}
