package eu.piu.screening.names;

import java.util.Arrays;

/**
 * A map from an int key to a small set of int values, in open-addressing arrays: no boxed keys, no
 * per-key objects except when a key has more than one value. Keys here are hashes of candidate keys
 * (symmetric-delete variants, phonetic codes, skeletons) and values name token ids, so a hash
 * collision only adds a candidate token, which the scorer then judges; it never loses one.
 */
final class IntMultimap {

  private static final int EMPTY = 0;
  private static final int SINGLE = 1;
  private static final int MANY = 2;

  private int[] keys;
  private byte[] states;
  private int[] singles;
  private int[][] manies;
  private int used;

  IntMultimap(int expectedKeys) {
    int capacity = Integer.highestOneBit(Math.max(16, expectedKeys * 2 - 1)) << 1;
    allocate(capacity);
  }

  private void allocate(int capacity) {
    keys = new int[capacity];
    states = new byte[capacity];
    singles = new int[capacity];
    manies = new int[capacity][];
    used = 0;
  }

  /** Adds a value to the key's set (no duplicates). */
  void put(int key, int value) {
    if ((used + 1) * 4 > keys.length * 3) {
      grow();
    }
    int slot = slotOf(key);
    if (states[slot] == EMPTY) {
      keys[slot] = key;
      states[slot] = SINGLE;
      singles[slot] = value;
      used++;
      return;
    }
    if (contains(slot, value)) {
      return;
    }
    if (states[slot] == SINGLE) {
      // A key's values: element 0 counts them, the rest hold them.
      manies[slot] = new int[] {2, singles[slot], value, 0};
      states[slot] = MANY;
      return;
    }
    int[] values = manies[slot];
    if (values[0] + 1 == values.length) {
      values = Arrays.copyOf(values, values.length * 2);
      manies[slot] = values;
    }
    values[++values[0]] = value;
  }

  /**
   * The slot of a key, or -1 when absent; read its values with {@link #count} and {@link #value}.
   */
  int find(int key) {
    int slot = slotOf(key);
    return states[slot] == EMPTY ? -1 : slot;
  }

  int count(int slot) {
    return states[slot] == SINGLE ? 1 : manies[slot][0];
  }

  int value(int slot, int index) {
    return states[slot] == SINGLE ? singles[slot] : manies[slot][index + 1];
  }

  int keyCount() {
    return used;
  }

  private boolean contains(int slot, int value) {
    for (int i = 0, n = count(slot); i < n; i++) {
      if (value(slot, i) == value) {
        return true;
      }
    }
    return false;
  }

  private int slotOf(int key) {
    int mask = keys.length - 1;
    int slot = mix(key) & mask;
    while (states[slot] != EMPTY && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    int[] oldKeys = keys;
    byte[] oldStates = states;
    int[] oldSingles = singles;
    int[][] oldManies = manies;
    allocate(oldKeys.length * 2);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldStates[i] == EMPTY) {
        continue;
      }
      int slot = slotOf(oldKeys[i]);
      keys[slot] = oldKeys[i];
      states[slot] = oldStates[i];
      singles[slot] = oldSingles[i];
      manies[slot] = oldManies[i];
      used++;
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
