package eu.piu.screening.names;

import java.util.Arrays;

/**
 * A map from an int key to a small set of int values, in one open-addressing array of longs: a
 * lookup probes one array, so costs one cache miss in a table far larger than the cache (a 10^6
 * entry list has millions of candidate keys, and a screening looks up dozens of them). Keys here
 * are hashes of candidate keys (symmetric-delete variants, phonetic codes, skeletons) and values
 * name token ids, so a hash collision only adds a candidate token, which the scorer then judges; it
 * never loses one.
 *
 * <p>Each cell holds the key in its high half and in its low half 0 (empty), a single value plus
 * one, or minus one minus the index of the key's value array (element 0 counts the values).
 */
final class IntMultimap {

  private long[] cells;
  private int[][] manies = new int[16][];
  private int manyCount;
  private int used;

  IntMultimap(int expectedKeys) {
    cells = new long[Integer.highestOneBit(Math.max(16, expectedKeys * 2 - 1)) << 1];
  }

  /** Adds a value to the key's set (no duplicates). */
  void put(int key, int value) {
    if ((used + 1) * 4 > cells.length * 3) {
      grow();
    }
    int cell = cellOf(key);
    int low = (int) cells[cell];
    if (low == 0) {
      cells[cell] = pack(key, value + 1);
      used++;
      return;
    }
    if (contains(cell, value)) {
      return;
    }
    if (low > 0) {
      if (manyCount == manies.length) {
        manies = Arrays.copyOf(manies, manyCount * 2);
      }
      manies[manyCount] = new int[] {2, low - 1, value, 0};
      cells[cell] = pack(key, -1 - manyCount++);
      return;
    }
    int many = -1 - low;
    int[] values = manies[many];
    if (values[0] + 1 == values.length) {
      values = Arrays.copyOf(values, values.length * 2);
      manies[many] = values;
    }
    values[++values[0]] = value;
  }

  /**
   * The cell of a key, or -1 when absent; read its values with {@link #count} and {@link #value}.
   */
  int find(int key) {
    int cell = cellOf(key);
    return (int) cells[cell] == 0 ? -1 : cell;
  }

  /** A sum of what {@link #findAll} read first, kept only so that those reads cannot be dropped. */
  private long touched;

  /**
   * {@link #find} of many keys, into {@code cells}: the keys' first cells, then their value arrays,
   * are read in passes of independent reads, which overlap their cache misses; looked up one by
   * one, each key would wait for its misses in turn.
   */
  void findAll(int[] keys, int count, int[] found) {
    int mask = this.cells.length - 1;
    long sum = 0;
    for (int i = 0; i < count; i++) {
      sum += this.cells[mix(keys[i]) & mask];
    }
    for (int i = 0; i < count; i++) {
      int cell = find(keys[i]);
      found[i] = cell;
      if (cell >= 0 && (int) this.cells[cell] < 0) {
        sum += manies[-1 - (int) this.cells[cell]][0];
      }
    }
    touched += sum;
  }

  int count(int cell) {
    int low = (int) cells[cell];
    return low > 0 ? 1 : manies[-1 - low][0];
  }

  int value(int cell, int index) {
    int low = (int) cells[cell];
    return low > 0 ? low - 1 : manies[-1 - low][index + 1];
  }

  private boolean contains(int cell, int value) {
    for (int i = 0, n = count(cell); i < n; i++) {
      if (value(cell, i) == value) {
        return true;
      }
    }
    return false;
  }

  private int cellOf(int key) {
    int mask = cells.length - 1;
    int cell = mix(key) & mask;
    while (true) {
      long content = cells[cell];
      if ((int) content == 0 || (int) (content >>> 32) == key) {
        return cell;
      }
      cell = (cell + 1) & mask;
    }
  }

  private static long pack(int key, int low) {
    return ((long) key << 32) | (low & 0xFFFFFFFFL);
  }

  private void grow() {
    long[] old = cells;
    cells = new long[old.length * 2];
    for (long content : old) {
      if ((int) content != 0) {
        cells[cellOf((int) (content >>> 32))] = content;
      }
    }
  }

  static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }
}
