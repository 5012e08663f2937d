package eu.piu.screening.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The watchlist entries of a name index, one slot each, as parallel arrays rather than objects:
 * names as token ids, dates of birth as ints, interned nationality codes, gender as a byte. The
 * written names are kept (one string per entry) for the hit's matched name. Slots of removed
 * entries are reused.
 */
final class ListedEntries {

  private final List<String> listIds = new ArrayList<>();
  private final Map<String, Integer> listIndexes = new HashMap<>();
  private final List<Map<String, Integer>> slotsByList = new ArrayList<>();
  private final Map<String, String[]> sharedNationalities = new HashMap<>();

  private String[] entryIds = new String[1024];
  private int[] lists = new int[1024];
  private long[] versions = new long[1024];

  /** Per slot: for each name, its token count then its token ids. */
  private int[][] names = new int[1024][];

  /** Per slot: the written names that gave tokens, in the order of {@link #names}, '\n'-joined. */
  private String[] writtenNames = new String[1024];

  private int[][] datesOfBirth = new int[1024][];
  private String[][] nationalities = new String[1024][];
  private byte[] genders = new byte[1024];

  private int[] freeSlots = new int[16];
  private int freeCount;
  private int highWater;
  private int size;

  /** The entry's slot, or -1. */
  int slot(String listId, String entryId) {
    Integer list = listIndexes.get(listId);
    if (list == null) {
      return -1;
    }
    Integer slot = slotsByList.get(list).get(entryId);
    return slot == null ? -1 : slot;
  }

  /** A free slot for a new entry, registered under its key. */
  int add(String listId, String entryId) {
    int list =
        listIndexes.computeIfAbsent(
            listId,
            id -> {
              listIds.add(id);
              slotsByList.add(new HashMap<>());
              return listIds.size() - 1;
            });
    int slot;
    if (freeCount > 0) {
      slot = freeSlots[--freeCount];
    } else {
      slot = highWater++;
      if (slot == entryIds.length) {
        grow(slot * 2);
      }
    }
    entryIds[slot] = entryId;
    lists[slot] = list;
    slotsByList.get(list).put(entryId, slot);
    size++;
    return slot;
  }

  void set(
      int slot,
      long version,
      int[] nameTokens,
      String written,
      int[] dates,
      String[] nationalityCodes,
      byte gender) {
    versions[slot] = version;
    names[slot] = nameTokens;
    writtenNames[slot] = written;
    datesOfBirth[slot] = dates;
    nationalities[slot] =
        nationalityCodes == null || nationalityCodes.length == 0
            ? null
            : sharedNationalities.computeIfAbsent(
                String.join(",", nationalityCodes), key -> nationalityCodes);
    genders[slot] = gender;
  }

  void remove(int slot) {
    slotsByList.get(lists[slot]).remove(entryIds[slot]);
    entryIds[slot] = null;
    names[slot] = null;
    writtenNames[slot] = null;
    datesOfBirth[slot] = null;
    nationalities[slot] = null;
    if (freeCount == freeSlots.length) {
      freeSlots = Arrays.copyOf(freeSlots, freeCount * 2);
    }
    freeSlots[freeCount++] = slot;
    size--;
  }

  int size() {
    return size;
  }

  /** Slots are below this. */
  int capacity() {
    return entryIds.length;
  }

  String listId(int slot) {
    return listIds.get(lists[slot]);
  }

  String entryId(int slot) {
    return entryIds[slot];
  }

  long version(int slot) {
    return versions[slot];
  }

  int[] names(int slot) {
    return names[slot];
  }

  /** The written name of the slot's name number {@code index}. */
  String writtenName(int slot, int index) {
    String all = writtenNames[slot];
    int start = 0;
    for (int i = 0; i < index; i++) {
      start = all.indexOf('\n', start) + 1;
    }
    int end = all.indexOf('\n', start);
    return end < 0 ? all.substring(start) : all.substring(start, end);
  }

  int[] datesOfBirth(int slot) {
    return datesOfBirth[slot];
  }

  String[] nationalities(int slot) {
    return nationalities[slot];
  }

  byte gender(int slot) {
    return genders[slot];
  }

  private void grow(int capacity) {
    entryIds = Arrays.copyOf(entryIds, capacity);
    lists = Arrays.copyOf(lists, capacity);
    versions = Arrays.copyOf(versions, capacity);
    names = Arrays.copyOf(names, capacity);
    writtenNames = Arrays.copyOf(writtenNames, capacity);
    datesOfBirth = Arrays.copyOf(datesOfBirth, capacity);
    nationalities = Arrays.copyOf(nationalities, capacity);
    genders = Arrays.copyOf(genders, capacity);
  }
}
