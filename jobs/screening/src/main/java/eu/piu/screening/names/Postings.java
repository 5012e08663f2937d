package eu.piu.screening.names;

import java.util.Arrays;

/** Per name token id, the slots of the entries using it, in plain int arrays. */
final class Postings {

  private int[][] slots = new int[1024][];
  private int[] counts = new int[1024];

  void add(int tokenId, int slot) {
    if (tokenId >= slots.length) {
      int capacity = Math.max(tokenId + 1, slots.length * 2);
      slots = Arrays.copyOf(slots, capacity);
      counts = Arrays.copyOf(counts, capacity);
    }
    int[] entries = slots[tokenId];
    int count = counts[tokenId];
    if (entries == null) {
      entries = new int[2];
    } else if (count == entries.length) {
      entries = Arrays.copyOf(entries, count + (count >> 1) + 1);
    }
    entries[count] = slot;
    slots[tokenId] = entries;
    counts[tokenId] = count + 1;
  }

  /** Removes the slot; order is not kept (the last posting takes its place). */
  void remove(int tokenId, int slot) {
    int[] entries = slots[tokenId];
    int count = counts[tokenId];
    for (int i = 0; i < count; i++) {
      if (entries[i] == slot) {
        entries[i] = entries[count - 1];
        counts[tokenId] = count - 1;
        return;
      }
    }
  }

  int count(int tokenId) {
    return tokenId < counts.length ? counts[tokenId] : 0;
  }

  /** The slots array of the token; valid up to {@link #count}. */
  int[] slots(int tokenId) {
    return slots[tokenId];
  }
}
