package eu.piu.cli.bench.names;

import eu.piu.screening.names.NameMatchingSettings;
import eu.piu.screening.names.NameQuery;
import eu.piu.screening.names.NameScreeningIndex;
import java.util.ArrayList;
import java.util.List;

/** A generated watchlist in a name index and the persons screened against it, round robin. */
final class ScreeningState {

  static final int QUERIES = 100_000;

  final NameScreeningIndex index;
  private final NameQuery[] queries;
  private int next;

  ScreeningState(int entries, long seed) {
    index = new NameScreeningIndex(NameMatchingSettings.defaults());
    GeneratedNames names = new GeneratedNames(seed);
    List<String> listed = new ArrayList<>();
    int every = Math.max(1, entries / QUERIES);
    int[] count = {0};
    names.entries(
        "bench",
        entries,
        entry -> {
          index.upsert(entry);
          if (count[0]++ % every == 0) {
            listed.add(entry.getNames().get(0).getFullName());
          }
        });
    queries = names.queries(QUERIES, listed).toArray(NameQuery[]::new);
  }

  /**
   * Screens every query once: what a long-running job has done by the time it is measured. The
   * index then holds the gatherings of the list's tokens the queries use (kept for good, as in the
   * job); those of tokens the list lacks, typos included, have left the bounded cache long before
   * their query comes round again, 100,000 screenings later.
   */
  void screenEachOnce() {
    for (NameQuery query : queries) {
      index.screen(query);
    }
  }

  NameQuery nextQuery() {
    NameQuery query = queries[next];
    next = (next + 1) % queries.length;
    return query;
  }
}
