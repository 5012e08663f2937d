package eu.piu.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.cli.flink.LocalFlink;
import eu.piu.cli.sample.OfflineScreening;
import eu.piu.cli.sample.SampleWatchlists;
import eu.piu.schema.Hit;
import eu.piu.schema.Pnr;
import eu.piu.schema.WatchlistEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.flink.runtime.state.KeyGroupRangeAssignment;
import org.junit.jupiter.api.Test;

class BenchFeedTest {

  static final Instant ANCHOR = Instant.parse("2026-11-22T10:00:00Z");
  final BenchFeed feed = new BenchFeed(7, ANCHOR, 1_000);

  @Test
  void everyPnrHasFourPassengerLegs() {
    assertThat(BenchFeed.pnrsFor(1_000_000)).isEqualTo(250_000);
    assertThat(BenchFeed.pnrsFor(1_000_001)).isEqualTo(250_001);
    for (int i = 0; i < 50; i++) {
      Pnr pnr = feed.pnr(i, BenchFeed.hits(i, 10));
      assertThat(pnr.getPassengers()).hasSize(2);
      assertThat(pnr.getLegs()).hasSize(2);
    }
  }

  @Test
  void exactlyEveryNthPnrHitsOnBothLegsAndTheLastOneHits() {
    int pnrs = 1_000;
    List<WatchlistEntry> entries = IntStream.range(0, 1_000).mapToObj(feed::entry).toList();
    List<Pnr> replay = new ArrayList<>();
    for (int i = 0; i < pnrs; i++) {
      replay.add(feed.pnr(i, BenchFeed.hits(i, 100)));
    }
    OfflineScreening screening = new OfflineScreening(entries, List.of(), replay);
    assertThat(screening.hits).hasSize(pnrs / 100 * BenchFeed.LEGS);
    Set<String> hitPnrs = new HashSet<>();
    screening.hits.values().forEach(h -> hitPnrs.add(h.getPnrId()));
    assertThat(hitPnrs).contains(replay.get(pnrs - 1).getPnrId());
    assertThat(screening.hits.values()).extracting(Hit::getListId).containsOnly("bench-list");
  }

  @Test
  void sentinelsCoverEveryPartitionAndEveryScreeningInstance() {
    List<WatchlistEntry> sentinels = feed.sentinelEntries(2);
    assertThat(sentinels).hasSize(2);
    assertThat(
            sentinels.stream()
                .map(s -> BenchFeed.partitionOf(SampleWatchlists.keyOf(s), 2))
                .toList())
        .containsExactly(0, 1);
    List<Pnr> pnrs = feed.sentinelPnrs(sentinels, 2);
    assertThat(
            pnrs.stream()
                .map(
                    p ->
                        KeyGroupRangeAssignment.assignKeyToParallelOperator(
                            p.getPnrId(), LocalFlink.MAX_PARALLELISM, 2))
                .toList())
        .containsExactlyInAnyOrder(0, 1);
    OfflineScreening screening = new OfflineScreening(sentinels, List.of(), pnrs);
    assertThat(screening.hits).hasSize(pnrs.size() * sentinels.size() * BenchFeed.LEGS);
  }

  @Test
  void percentilesByNearestRank() {
    Percentiles p = new Percentiles(new long[] {5, 1, 4, 2, 3, 10, 9, 8, 7, 6});
    assertThat(p.at(50)).isEqualTo(5);
    assertThat(p.at(99)).isEqualTo(10);
    assertThat(p.max()).isEqualTo(10);
    assertThat(new Percentiles(new long[0]).at(99)).isEqualTo(-1);
  }
}
