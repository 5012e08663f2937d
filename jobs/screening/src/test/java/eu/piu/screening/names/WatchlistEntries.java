package eu.piu.screening.names;

import eu.piu.schema.ChangeOp;
import eu.piu.schema.PersonName;
import eu.piu.schema.WatchlistEntry;
import java.time.Instant;
import java.util.List;

/** Watchlist entries for the name tests. */
final class WatchlistEntries {

  private WatchlistEntries() {}

  static WatchlistEntry entry(String listId, String entryId, long version, String... names) {
    return WatchlistEntry.newBuilder()
        .setListId(listId)
        .setEntryId(entryId)
        .setVersion(version)
        .setOp(ChangeOp.UPSERT)
        .setOwningService("svc")
        .setNames(
            java.util.Arrays.stream(names)
                .map(n -> PersonName.newBuilder().setFullName(n).build())
                .toList())
        .setUpdatedAt(Instant.EPOCH)
        .build();
  }

  static WatchlistEntry withFacts(
      WatchlistEntry entry, List<String> datesOfBirth, List<String> nationalities, String gender) {
    return WatchlistEntry.newBuilder(entry)
        .setDatesOfBirth(datesOfBirth)
        .setNationalities(nationalities)
        .setGender(gender)
        .build();
  }

  static WatchlistEntry deletion(String listId, String entryId) {
    return WatchlistEntry.newBuilder()
        .setListId(listId)
        .setEntryId(entryId)
        .setVersion(99)
        .setOp(ChangeOp.DELETE)
        .setOwningService("svc")
        .setUpdatedAt(Instant.EPOCH)
        .build();
  }

  /**
   * Distinct made-up names ("Tokar Velinek" ...) that share letters with real ones, so that a
   * candidate has to be found among look-alikes.
   */
  static String decoy(int i) {
    String[] starts = {"ka", "mo", "sa", "jo", "vi", "al", "ha", "ro", "ne", "di"};
    String[] ends = {"rim", "med", "lek", "nas", "tor", "ina", "san", "bert", "lov", "vic"};
    return starts[i % 10]
        + ends[i / 10 % 10]
        + "o"
        + " "
        + starts[i / 100 % 10]
        + ends[i % 7]
        + (char) ('a' + i / 1000 % 26)
        + "ski";
  }
}
