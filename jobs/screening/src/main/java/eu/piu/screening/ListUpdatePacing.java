package eu.piu.screening;

import eu.piu.schema.WatchlistEntry;
import java.util.concurrent.locks.LockSupport;
import org.apache.flink.api.common.functions.MapFunction;

/**
 * Lets watchlist changes through at most at a fixed rate per instance. Every change costs index
 * updates and a re-screen in every name screening instance, an identifier update and a journal
 * entry: a bulk load of 100,000 entries taken at full speed held the machine long enough to stall
 * the passengers behind it (seconds of latency in bench e2e). Paced, the bulk takes longer to apply
 * and the screening of passengers goes on beside it. The wait backpressures the list's source.
 */
final class ListUpdatePacing implements MapFunction<WatchlistEntry, WatchlistEntry> {

  private static final long serialVersionUID = 1L;

  private final long intervalNanos;
  private transient long next;

  ListUpdatePacing(double perSecond) {
    this.intervalNanos = (long) (1e9 / perSecond);
  }

  @Override
  public WatchlistEntry map(WatchlistEntry entry) {
    long now = System.nanoTime();
    if (next - now > 0) {
      LockSupport.parkNanos(next - now);
      now = System.nanoTime();
    }
    // A quiet spell earns no burst beyond one change: the rate holds from any moment on.
    next = Math.max(next, now - intervalNanos) + intervalNanos;
    return entry;
  }
}
