package eu.piu.cli.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.piu.connectors.serde.AvroCodec;
import eu.piu.connectors.serde.UndecodableRecordException;
import eu.piu.schema.FlightLeg;
import eu.piu.schema.Hit;
import eu.piu.schema.Pnr;
import eu.piu.screening.Validations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SampleFeedTest {

  static final Instant ANCHOR = Instant.parse("2026-11-22T10:00:00Z");
  static final long SEED = 42;
  static final int PNRS = 600;

  static SampleWatchlists lists() {
    return SampleWatchlists.demo(SEED, ANCHOR.minus(Duration.ofDays(1)), 40);
  }

  static SampleFeed feed() {
    return SampleFeed.demo(SEED, ANCHOR, PNRS, lists());
  }

  @Test
  void sameSeedSameFeedOtherSeedOtherFeed() {
    assertThat(feed().replay()).isEqualTo(feed().replay());
    assertThat(SampleFeed.demo(SEED + 1, ANCHOR, PNRS, lists()).replay())
        .isNotEqualTo(feed().replay());
    assertThat(SampleFeed.randomPnr(SEED, ANCHOR, 123_456, 2, 2))
        .isEqualTo(SampleFeed.randomPnr(SEED, ANCHOR, 123_456, 2, 2));
  }

  @Test
  void countsAndShapes() {
    SampleFeed feed = feed();
    assertThat(feed.pnrCount()).isEqualTo(PNRS);
    assertThat(feed.secondPushes()).hasSizeBetween(PNRS / 20, PNRS / 5);
    assertThat(feed.pnrVersions()).isEqualTo(PNRS + feed.secondPushes().size());
    Set<String> ids = new HashSet<>();
    for (Pnr pnr : feed.firstPushes()) {
      assertThat(ids.add(pnr.getPnrId())).as("unique PNR id").isTrue();
      assertThat(pnr.getVersion()).isEqualTo(1);
      assertThat(pnr.getPassengers()).hasSizeBetween(1, 3);
      assertThat(pnr.getLegs()).hasSizeBetween(1, 2);
      assertThat(Validations.pnr().problems(pnr)).isEmpty();
      FlightLeg first = pnr.getLegs().get(0);
      assertThat(first.getScheduledDeparture())
          .isBetween(ANCHOR.plus(Duration.ofHours(24)), ANCHOR.plus(Duration.ofHours(72)));
    }
    for (Pnr second : feed.secondPushes()) {
      assertThat(second.getVersion()).isEqualTo(2);
      assertThat(ids).contains(second.getPnrId());
    }
    assertThat(feed.passengers()).isBetween(PNRS, 3 * PNRS);
    assertThat(feed.passengerLegs())
        .isEqualTo(feed.replay().stream().mapToLong(SampleFeed::passengerLegsOf).sum());
  }

  @Test
  void everyCraftedHitIsPresentAndNoOther() {
    SampleWatchlists lists = lists();
    SampleFeed feed = SampleFeed.demo(SEED, ANCHOR, PNRS, lists);
    OfflineScreening screening =
        new OfflineScreening(
            lists.entries(), SampleProfiles.demo(ANCHOR.minus(Duration.ofDays(1))), feed.replay());

    Map<String, List<String>> servicesByPnr = new HashMap<>();
    for (Hit hit : screening.hits.values()) {
      servicesByPnr
          .computeIfAbsent(hit.getPnrId(), k -> new ArrayList<>())
          .add(String.join("+", new TreeSet<>(hit.getServices())));
    }
    assertThat(servicesByPnr.keySet())
        .containsExactlyInAnyOrderElementsOf(feed.craftedPnrIds().values());
    feed.craftedPnrIds()
        .forEach(
            (crafted, pnrId) -> {
              List<String> expected = new ArrayList<>();
              crafted.hits().forEach(s -> expected.add(String.join("+", new TreeSet<>(s))));
              assertThat(servicesByPnr.get(pnrId))
                  .as(crafted.name())
                  .containsExactlyInAnyOrderElementsOf(expected);
            });
    assertThat(screening.hits.values().stream().filter(Hit::getCommon)).hasSize(1);
  }

  @Test
  void craftedHitsMatchOnWhatTheyAreCraftedFor() {
    SampleWatchlists lists = lists();
    SampleFeed feed = SampleFeed.demo(SEED, ANCHOR, PNRS, lists);
    OfflineScreening screening =
        new OfflineScreening(
            lists.entries(), SampleProfiles.demo(ANCHOR.minus(Duration.ofDays(1))), feed.replay());
    Map<String, Set<String>> fieldsByPnr = new HashMap<>();
    for (Hit hit : screening.hits.values()) {
      hit.getMatchedFields()
          .forEach(
              f ->
                  fieldsByPnr
                      .computeIfAbsent(hit.getPnrId(), k -> new TreeSet<>())
                      .add(f.getField()));
    }
    assertThat(fieldsByPnr.get(feed.craftedPnrIds().get(CraftedCase.DOCUMENT)))
        .containsExactly("document.number");
    // The name engine reports each adjustment of the name score as a field of its own.
    assertThat(fieldsByPnr.get(feed.craftedPnrIds().get(CraftedCase.NAME_AND_DATE_OF_BIRTH)))
        .contains("name", "dateOfBirth")
        .doesNotContain("document.number");
    assertThat(fieldsByPnr.get(feed.craftedPnrIds().get(CraftedCase.PROFILE)))
        .contains("leg.origin", "booking.leadTimeHours");
  }

  @Test
  void malformedRecordsAreRefused() {
    AvroCodec<Pnr> codec = AvroCodec.of(Pnr.class);
    List<SampleFeed.Malformed> malformed = feed().malformed();
    assertThat(malformed).hasSize(4);
    for (SampleFeed.Malformed record : malformed.subList(0, 3)) {
      assertThatThrownBy(() -> codec.decode(record.value()))
          .as(record.why())
          .isInstanceOf(UndecodableRecordException.class);
    }
    SampleFeed.Malformed noFlights = malformed.get(3);
    assertThat(Validations.pnr().problems(decode(codec, noFlights.value())))
        .contains("legs: empty");
  }

  private static Pnr decode(AvroCodec<Pnr> codec, byte[] value) {
    try {
      return codec.decode(value);
    } catch (UndecodableRecordException e) {
      throw new AssertionError(e);
    }
  }
}
