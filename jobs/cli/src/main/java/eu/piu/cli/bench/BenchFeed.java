package eu.piu.cli.bench;

import eu.piu.cli.flink.LocalFlink;
import eu.piu.cli.sample.FabricatedPeople;
import eu.piu.cli.sample.SampleFeed;
import eu.piu.cli.sample.SampleWatchlists;
import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import eu.piu.schema.TravelDocument;
import eu.piu.schema.WatchlistEntry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.flink.runtime.state.KeyGroupRangeAssignment;
import org.apache.kafka.common.utils.Utils;

/**
 * The benchmark's data, every record computed on its own from its index: a watchlist of {@code
 * entries} entries, PNRs of 2 passengers on 2 legs (4 passenger legs each) where every {@code
 * hitEvery}-th PNR carries a listed document, and sentinels that prove the whole list is loaded.
 */
public final class BenchFeed {

  public static final int PASSENGERS = 2;
  public static final int LEGS = 2;
  public static final int PASSENGER_LEGS_PER_PNR = PASSENGERS * LEGS;
  public static final String LIST_ID = "bench-list";
  public static final String OWNER = "POLICE";

  private final long seed;
  private final Instant anchor;
  private final int entries;

  public BenchFeed(long seed, Instant anchor, int entries) {
    this.seed = seed;
    this.anchor = anchor;
    this.entries = entries;
  }

  /** Whole PNRs of {@value #PASSENGER_LEGS_PER_PNR} passenger legs, at least {@code legs}. */
  public static int pnrsFor(long legs) {
    return Math.toIntExact((legs + PASSENGER_LEGS_PER_PNR - 1) / PASSENGER_LEGS_PER_PNR);
  }

  public int entries() {
    return entries;
  }

  public WatchlistEntry entry(int index) {
    return SampleWatchlists.benchEntry(seed, LIST_ID, OWNER, index, anchor.minusSeconds(86_400));
  }

  /** PNR {@code index}; if {@code hits}, its first passenger carries a listed document. */
  public Pnr pnr(int index, boolean hits) {
    Pnr pnr = SampleFeed.randomPnr(seed, anchor, index, PASSENGERS, LEGS);
    if (!hits) {
      return pnr;
    }
    int entry = (int) ((index * 7_919L) % entries);
    return withDocuments(pnr, pnr.getPnrId(), List.of(FabricatedPeople.listedDocument(entry)));
  }

  /** Whether PNR {@code index} of a feed where every {@code hitEvery}-th hits does. */
  public static boolean hits(int index, int hitEvery) {
    return (index + 1) % hitEvery == 0;
  }

  /**
   * One sentinel entry per partition of the watchlist topic, each keyed so that it lands on its
   * partition, to be produced after the list: a hit on sentinel p proves that everything before it
   * on partition p reached the screening.
   */
  public List<WatchlistEntry> sentinelEntries(int partitions) {
    List<WatchlistEntry> sentinels = new ArrayList<>();
    for (int partition = 0, candidate = 0; partition < partitions; candidate++) {
      WatchlistEntry entry =
          WatchlistEntry.newBuilder(entry(0))
              .setEntryId("sentinel-" + candidate)
              .setDocuments(List.of(new TravelDocument("P", "SENTINEL" + candidate, null, null)))
              .build();
      if (partitionOf(SampleWatchlists.keyOf(entry), partitions) == partition) {
        sentinels.add(entry);
        partition++;
      }
    }
    return sentinels;
  }

  /**
   * Sentinel PNRs carrying every sentinel document, one for each parallel screening instance (keyed
   * by PNR id): when each has hit every sentinel entry, every instance holds the whole list.
   */
  public List<Pnr> sentinelPnrs(List<WatchlistEntry> sentinels, int parallelism) {
    List<String> documents =
        sentinels.stream().map(e -> e.getDocuments().get(0).getNumber()).toList();
    List<Pnr> pnrs = new ArrayList<>();
    boolean[] covered = new boolean[parallelism];
    for (int candidate = 0, found = 0; found < parallelism; candidate++) {
      Pnr base = SampleFeed.randomPnr(seed, anchor, -1 - candidate, documents.size(), LEGS);
      String pnrId = String.format(Locale.ROOT, "SENTINEL-%03d", candidate);
      int instance =
          KeyGroupRangeAssignment.assignKeyToParallelOperator(
              pnrId, LocalFlink.MAX_PARALLELISM, parallelism);
      if (!covered[instance]) {
        covered[instance] = true;
        found++;
        pnrs.add(withDocuments(base, pnrId, documents));
      }
    }
    return pnrs;
  }

  /** Kafka's default partitioner for a keyed record. */
  static int partitionOf(String key, int partitions) {
    return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
  }

  /** Passenger i gets document i (the others keep theirs). */
  private static Pnr withDocuments(Pnr pnr, String pnrId, List<String> documents) {
    List<Passenger> passengers = new ArrayList<>(pnr.getPassengers());
    for (int i = 0; i < documents.size() && i < passengers.size(); i++) {
      passengers.set(
          i,
          Passenger.newBuilder(passengers.get(i))
              .setDocuments(List.of(new TravelDocument("P", documents.get(i), "BEL", null)))
              .build());
    }
    return Pnr.newBuilder(pnr).setPnrId(pnrId).setPassengers(passengers).build();
  }
}
