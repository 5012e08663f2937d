package eu.piu.cli.stack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waiting for a condition: polled at a short interval until it holds or the deadline passes. Every
 * wait in the tool goes through here, so that nothing waits a fixed time and hopes.
 */
public final class Deadline {

  /** A condition that may fail outright (a process died, a job failed) rather than stay false. */
  @FunctionalInterface
  public interface Condition {
    boolean holds() throws Exception;
  }

  private static final Duration POLL = Duration.ofMillis(100);

  private final long deadlineNanos;
  private final Duration timeout;

  private Deadline(Duration timeout) {
    this.timeout = timeout;
    this.deadlineNanos = System.nanoTime() + timeout.toNanos();
  }

  public static Deadline in(Duration timeout) {
    return new Deadline(timeout);
  }

  public boolean passed() {
    return System.nanoTime() - deadlineNanos > 0;
  }

  public Duration remaining() {
    return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
  }

  /** Polls {@code condition} until it holds; fails with {@code what} once the deadline passed. */
  public void await(String what, Condition condition) throws Exception {
    await(what, condition, null);
  }

  /**
   * As {@link #await(String, Condition)}, printing a progress dot to {@code progress} every second
   * (null for none).
   */
  public void await(String what, Condition condition, PrintStream progress) throws Exception {
    long nextDot = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
    while (!condition.holds()) {
      if (passed()) {
        throw new TimeoutException(what + ": not reached within " + seconds(timeout));
      }
      if (progress != null && System.nanoTime() - nextDot > 0) {
        progress.print('.');
        progress.flush();
        nextDot += TimeUnit.SECONDS.toNanos(1);
      }
      // The poll interval between two checks of the condition, not a wait for the outcome.
      TimeUnit.NANOSECONDS.sleep(Math.min(POLL.toNanos(), Math.max(1, remaining().toNanos())));
    }
  }

  /**
   * For a condition that blocks while it waits (a consumer's poll): checked again at once, until it
   * holds or the deadline passes.
   */
  public void awaitBlocking(String what, Condition condition) throws Exception {
    while (!condition.holds()) {
      if (passed()) {
        throw new TimeoutException(what + ": not reached within " + seconds(timeout));
      }
    }
  }

  static String seconds(Duration duration) {
    return duration.toSeconds() + " s";
  }
}
