package eu.piu.screening.names;

import java.util.Arrays;

/**
 * The similarities computed during one screening, by (passenger token position, list token id): the
 * candidates of a screening share tokens, so each pair is computed once. Cleared per screening; the
 * value is the same {@link TokenSimilarity} would give, so scores do not change.
 */
final class SimilarityMemo {

  private long[] keys = new long[256];
  private double[] values = new double[256];
  private boolean[] filled = new boolean[256];
  private int[] filledSlots = new int[256];
  private int count;

  void clear() {
    for (int i = 0; i < count; i++) {
      filled[filledSlots[i]] = false;
    }
    count = 0;
  }

  /** The similarity, or NaN when not computed yet. */
  double get(int position, int tokenId) {
    long key = key(position, tokenId);
    int mask = keys.length - 1;
    for (int slot = IntMultimap.mix((int) (key ^ (key >>> 32))) & mask;
        filled[slot];
        slot = (slot + 1) & mask) {
      if (keys[slot] == key) {
        return values[slot];
      }
    }
    return Double.NaN;
  }

  void put(int position, int tokenId, double similarity) {
    if ((count + 1) * 2 > keys.length) {
      grow();
    }
    long key = key(position, tokenId);
    int mask = keys.length - 1;
    int slot = IntMultimap.mix((int) (key ^ (key >>> 32))) & mask;
    while (filled[slot] && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    if (!filled[slot]) {
      filled[slot] = true;
      filledSlots[count++] = slot;
    }
    keys[slot] = key;
    values[slot] = similarity;
  }

  private static long key(int position, int tokenId) {
    return ((long) position << 32) | (tokenId & 0xffffffffL);
  }

  private void grow() {
    long[] oldKeys = keys;
    double[] oldValues = values;
    int[] oldSlots = Arrays.copyOf(filledSlots, count);
    int oldCount = count;
    keys = new long[oldKeys.length * 2];
    values = new double[oldKeys.length * 2];
    filled = new boolean[oldKeys.length * 2];
    filledSlots = new int[oldKeys.length * 2];
    count = 0;
    for (int i = 0; i < oldCount; i++) {
      long key = oldKeys[oldSlots[i]];
      put((int) (key >>> 32), (int) key, oldValues[oldSlots[i]]);
    }
  }
}
