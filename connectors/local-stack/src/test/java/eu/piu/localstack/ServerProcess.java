package eu.piu.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A server started as ./piu up would start it, with its console echoed into the test's. */
final class ServerProcess implements AutoCloseable {

  private final String name;
  private final Process process;
  private final CompletableFuture<String> ready = new CompletableFuture<>();

  private ServerProcess(String name, Process process, String readyPrefix) {
    this.name = name;
    this.process = process;
    Thread pump = new Thread(() -> pump(readyPrefix), name + "-console");
    pump.setDaemon(true);
    pump.start();
  }

  static ServerProcess start(
      String name, String readyPrefix, String classPath, String mainClass, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(classPath);
    command.add(mainClass);
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    return new ServerProcess(name, process, readyPrefix);
  }

  /** What the READY line announces (address or URL); fails if the process died or took too long. */
  String awaitReady(Duration timeout) throws Exception {
    return ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** SIGTERM, as ./piu down sends; returns the exit status. */
  int terminate(Duration timeout) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError(name + " still running " + timeout + " after SIGTERM");
    }
    return process.exitValue();
  }

  private void pump(String readyPrefix) {
    try (BufferedReader console =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = console.readLine(); line != null; line = console.readLine()) {
        System.out.println("[" + name + "] " + line);
        if (line.startsWith(readyPrefix)) {
          ready.complete(line.substring(readyPrefix.length()).trim());
        }
      }
    } catch (IOException e) {
      ready.completeExceptionally(e);
    }
    ready.completeExceptionally(new IllegalStateException(name + " ended before it was ready"));
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
