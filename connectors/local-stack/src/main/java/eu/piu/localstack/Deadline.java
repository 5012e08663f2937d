package eu.piu.localstack;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition, polling, and fails with a message when the deadline passes. */
public final class Deadline {

  private Deadline() {}

  public static void await(String what, Duration timeout, BooleanSupplier condition) {
    long end = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out after " + timeout + " waiting for " + what);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what, e);
      }
    }
  }
}
