package eu.piu.screening;

import eu.piu.connectors.serde.UndecodableRecordException;
import eu.piu.schema.ChangeOp;
import eu.piu.schema.WatchlistEntry;
import eu.piu.schema.internal.PassengerProbe;
import eu.piu.screening.names.NameMatchingSettings;
import eu.piu.screening.names.NameScreeningIndex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * One batch of watchlist name changes being re-screened against an instance's waiting passengers,
 * worked through a slice of time at a time so that a bulk load never holds the passengers arriving
 * meanwhile behind it. The batch goes the cheaper way: each changed name looked up in the reversed
 * index of the waiting passengers, or, when the batch is larger than the waiting passengers, each
 * of them screened against the batch once.
 *
 * <p>Transient: its keys stay pending (in broadcast state) until it is done, so a restore does the
 * batch again; re-screening twice raises no second hit (hits are raised once).
 */
final class RescreenBatch {

  /** Screens one candidate passenger against the batch's changed entries. */
  interface Screen {
    void passenger(NameScreeningIndex changed, PassengerProbe probe) throws Exception;
  }

  private final Set<String> keys;
  private final Set<String> changedAgain = new HashSet<>();
  private final NameScreeningIndex changed;
  private final List<WatchlistEntry> changes = new ArrayList<>();

  /** In the pass over all waiting passengers, their refs when it started; else null. */
  private final List<String> waitingRefs;

  private final Set<String> screened = new HashSet<>();
  private int next;

  /**
   * @param keys the pending keys (listId|entryId) the batch takes
   */
  RescreenBatch(
      Collection<String> keys,
      NameList list,
      WaitingPassengers waiting,
      NameMatchingSettings settings)
      throws UndecodableRecordException {
    this.keys = new HashSet<>(keys);
    this.changed = new NameScreeningIndex(settings);
    for (String key : keys) {
      WatchlistEntry entry = list.entry(key);
      if (entry != null && entry.getOp() != ChangeOp.DELETE) {
        changed.upsert(entry);
        changes.add(entry);
      }
    }
    waitingRefs = changes.size() > waiting.size() ? waiting.refs() : null;
  }

  boolean contains(String key) {
    return keys.contains(key);
  }

  /** The key changed again while the batch ran: it stays pending for the next batch. */
  void changedAgain(String key) {
    changedAgain.add(key);
  }

  /** The keys to take out of the pending ones once the batch is done. */
  Set<String> doneKeys() {
    Set<String> done = new HashSet<>(keys);
    done.removeAll(changedAgain);
    return done;
  }

  /**
   * Screens candidates until done or until {@code deadlineNanos} on {@code nanoClock} has passed;
   * the step under way when it passes is finished first.
   *
   * @return true once every candidate has been screened
   */
  boolean work(
      WaitingPassengers waiting,
      long watermark,
      LongSupplier nanoClock,
      long deadlineNanos,
      Screen screen)
      throws Exception {
    int total = waitingRefs != null ? waitingRefs.size() : changes.size();
    while (next < total) {
      if (waitingRefs != null) {
        PassengerProbe probe = waiting.probe(waitingRefs.get(next));
        if (probe != null) {
          screenOnce(probe, watermark, screen);
        }
      } else {
        for (PassengerProbe probe : waiting.candidatesFor(changes.get(next))) {
          screenOnce(probe, watermark, screen);
        }
      }
      next++;
      if (nanoClock.getAsLong() - deadlineNanos > 0) {
        break;
      }
    }
    return next >= total;
  }

  boolean isEmpty() {
    return changes.isEmpty();
  }

  private void screenOnce(PassengerProbe probe, long watermark, Screen screen) throws Exception {
    if (probe.getExpiresAt() > watermark && screened.add(probe.getPassengerRef())) {
      screen.passenger(changed, probe);
    }
  }
}
