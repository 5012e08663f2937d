package eu.piu.screening;

import eu.piu.schema.WatchlistEntry;
import java.io.Serializable;
import java.util.function.Consumer;

/**
 * Reads the watchlists as they stand, for an instance of the name screening that starts or
 * restores. The compacted watchlist topic is the lists' durable copy; keeping them in Flink
 * broadcast state as well would write every entry once per instance at every checkpoint.
 */
@FunctionalInterface
public interface NameListReload extends Serializable {

  /** Hands every entry (upserts and deletions, in topic order) to {@code entries}. */
  void read(Consumer<WatchlistEntry> entries) throws Exception;

  /** Nothing to read: a job (or a test) that starts with empty lists. */
  static NameListReload none() {
    return entries -> {};
  }
}
