package eu.piu.screening;

import eu.piu.connectors.serde.AvroCodec;
import eu.piu.connectors.serde.UndecodableRecordException;
import eu.piu.schema.Passenger;
import eu.piu.schema.PersonName;
import eu.piu.schema.WatchlistEntry;
import eu.piu.schema.internal.PassengerProbe;
import eu.piu.screening.names.NameMatch;
import eu.piu.screening.names.NameMatchingSettings;
import eu.piu.screening.names.NameQuery;
import eu.piu.screening.names.NameScreeningIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The passengers waiting in one instance of the name screening, indexed by name the other way
 * round: their names are the "list" and a changed watchlist entry is the query. A change then finds
 * its candidate passengers through the same candidate index the forward screening uses, instead of
 * every waiting passenger being screened again; each candidate is then scored forward, exactly as
 * on arrival, so both orders give the same hits.
 *
 * <p>Transient: a mirror of the keyed state, built by one pass over it when the instance starts or
 * restores, then kept up to date passenger by passenger, and by the watermark: a passenger whose
 * flights are over leaves it (the keyed state keeps no timer per passenger). The probes are kept
 * encoded, so a waiting passenger costs its name index entry and a few hundred bytes.
 */
final class WaitingPassengers {

  /** The pseudo list the passengers are indexed under. */
  static final String LIST = "waiting-passengers";

  /**
   * How far below the lowest list threshold a reversed score may fall and still make a candidate:
   * the scorer weighs missing and extra tokens asymmetrically, so the reversed score of a pair is
   * close to, not equal to, its forward score.
   */
  private static final double REVERSED_SCORE_SLACK = 0.15;

  private static final AvroCodec<PassengerProbe> PROBE = AvroCodec.of(PassengerProbe.class);

  private final NameScreeningIndex byName;
  private final Map<String, Waiting> probes = new HashMap<>();

  /**
   * When each passenger's flights are over, earliest first; an element is stale when the passenger
   * has left or waits with a later expiry since.
   */
  private final PriorityQueue<Expiring> byExpiry =
      new PriorityQueue<>(Comparator.comparingLong(Expiring::at));

  private record Waiting(byte[] probe, long expiresAt) {}

  private record Expiring(long at, String passengerRef) {}

  WaitingPassengers(NameMatchingSettings settings) {
    double lowest = settings.defaultThreshold();
    for (double threshold : settings.thresholdsByList().values()) {
      lowest = Math.min(lowest, threshold);
    }
    Map<String, Double> thresholds = new HashMap<>(settings.thresholdsByList());
    thresholds.put(LIST, Math.max(0, lowest - REVERSED_SCORE_SLACK));
    this.byName =
        new NameScreeningIndex(
            new NameMatchingSettings(
                settings.defaultThreshold(), thresholds, settings.maxCandidates()));
  }

  void put(PassengerProbe probe) {
    Passenger passenger = probe.getPassenger();
    byName.upsertPerson(
        LIST,
        probe.getPassengerRef(),
        probe.getPnrVersion(),
        passenger.getSurname(),
        passenger.getGivenNames(),
        passenger.getDateOfBirth(),
        passenger.getDateOfBirthYearOnly(),
        passenger.getNationality(),
        passenger.getGender());
    probes.put(probe.getPassengerRef(), new Waiting(PROBE.encode(probe), probe.getExpiresAt()));
    byExpiry.add(new Expiring(probe.getExpiresAt(), probe.getPassengerRef()));
  }

  /** Lets go of the passengers whose flights are over at {@code watermark}. */
  void expire(long watermark) {
    while (!byExpiry.isEmpty() && byExpiry.peek().at() <= watermark) {
      String ref = byExpiry.poll().passengerRef();
      Waiting waiting = probes.get(ref);
      if (waiting != null && waiting.expiresAt() <= watermark) {
        remove(ref);
      }
    }
  }

  void remove(String passengerRef) {
    if (probes.remove(passengerRef) != null) {
      byName.remove(LIST, passengerRef);
    }
  }

  int size() {
    return probes.size();
  }

  /** The refs of the passengers waiting now: a pass over them that outlives changes to the map. */
  List<String> refs() {
    return new ArrayList<>(probes.keySet());
  }

  /** The waiting passenger, or null when they no longer wait. */
  PassengerProbe probe(String passengerRef) throws UndecodableRecordException {
    Waiting waiting = probes.get(passengerRef);
    return waiting == null ? null : PROBE.decode(waiting.probe());
  }

  /** The waiting passengers whose names come near one of the entry's names. */
  List<PassengerProbe> candidatesFor(WatchlistEntry entry) throws UndecodableRecordException {
    Set<String> refs = new LinkedHashSet<>();
    for (PersonName name : entry.getNames()) {
      // No date of birth or nationality: they only adjust the forward score, scored afterwards.
      NameQuery query =
          name.getSurname() != null
              ? new NameQuery(name.getSurname(), name.getGivenNames(), null, null, null)
              : new NameQuery(name.getFullName(), null, null, null, null);
      for (NameMatch match : byName.screen(query)) {
        refs.add(match.entryId());
      }
    }
    List<PassengerProbe> candidates = new ArrayList<>(refs.size());
    for (String ref : refs) {
      Waiting waiting = probes.get(ref);
      if (waiting != null) {
        candidates.add(PROBE.decode(waiting.probe()));
      }
    }
    return candidates;
  }
}
