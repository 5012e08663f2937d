package eu.piu.cli.bench.names;

import eu.piu.screening.names.NameMatchingSettings;
import eu.piu.screening.names.NameScreeningIndex;

/**
 * Heap per watchlist entry of a name index, index included: used heap after full collections before
 * and after loading generated entries (generated one at a time and not kept).
 */
public final class NameIndexHeap {

  private NameIndexHeap() {}

  /** Bytes of heap per entry for an index of {@code entries} generated entries. */
  public static double bytesPerEntry(int entries) {
    long before = usedAfterGc();
    NameScreeningIndex index = new NameScreeningIndex(NameMatchingSettings.defaults());
    new GeneratedNames(42).entries("bench", entries, index::upsert);
    long after = usedAfterGc();
    if (index.size() != entries) {
      throw new IllegalStateException("index holds " + index.size() + " entries");
    }
    return (double) (after - before) / entries;
  }

  /**
   * Bytes of heap per entry that screening adds to an index of {@code entries} generated entries:
   * the gatherings of the list's own tokens it keeps (see {@link ScreeningState#screenEachOnce}),
   * measured before and after screening the benchmark's 100,000 queries once.
   */
  public static double screeningBytesPerEntry(int entries) {
    ScreeningState state = new ScreeningState(entries, 42);
    long before = usedAfterGc();
    state.screenEachOnce();
    long after = usedAfterGc();
    return (double) (after - before) / state.index.size();
  }

  private static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    // Several collections: a single System.gc() may leave garbage a later one finds.
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
    }
    return used;
  }
}
