package eu.piu.cli.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of a sample. */
final class Percentiles {

  /** No sample: every percentile is -1 (not measured). */
  static final Percentiles NONE = new Percentiles(new long[0]);

  private final long[] sorted;

  Percentiles(long[] values) {
    this.sorted = values.clone();
    Arrays.sort(sorted);
  }

  int count() {
    return sorted.length;
  }

  /** The smallest value at or above {@code percent} % of the sample. */
  long at(double percent) {
    if (sorted.length == 0) {
      return -1;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  long max() {
    return sorted.length == 0 ? -1 : sorted[sorted.length - 1];
  }
}
