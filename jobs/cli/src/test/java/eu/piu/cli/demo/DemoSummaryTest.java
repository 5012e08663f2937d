package eu.piu.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.cli.sample.OfflineScreening;
import eu.piu.cli.sample.SampleFeed;
import eu.piu.cli.sample.SampleProfiles;
import eu.piu.cli.sample.SampleWatchlists;
import eu.piu.schema.AuditEvent;
import eu.piu.schema.Pnr;
import eu.piu.screening.audit.AuditEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary of what the job's own logic makes of the sample data, without Flink. */
class DemoSummaryTest {

  static final Instant ANCHOR = Instant.parse("2026-11-22T10:00:00Z");
  static final List<String> SERVICES = List.of("POLICE", "VSSE", "ADIV", "CUSTOMS");

  @Test
  void hitsByServiceMultipleAndCommonHits() {
    SampleWatchlists lists = SampleWatchlists.demo(42, ANCHOR.minus(Duration.ofDays(1)), 40);
    SampleFeed feed = SampleFeed.demo(42, ANCHOR, 300, lists);
    OfflineScreening screening =
        new OfflineScreening(
            lists.entries(), SampleProfiles.demo(ANCHOR.minus(Duration.ofDays(1))), feed.replay());
    List<AuditEvent> audit = new ArrayList<>();
    for (Pnr pnr : feed.replay()) {
      audit.add(AuditEvents.collection(pnr));
    }
    DemoOutputs outputs =
        DemoOutputs.distinct(
            screening.hits.values(), screening.notifications, audit, List.of(), 8, audit.size());

    DemoSummary summary = DemoSummary.of(outputs, SERVICES);

    assertThat(summary.hits()).isEqualTo(8);
    assertThat(summary.hitsByService())
        .containsEntry("POLICE", 4)
        .containsEntry("VSSE", 3)
        .containsEntry("CUSTOMS", 3)
        .containsEntry("ADIV", 0);
    assertThat(summary.hitsByKind()).containsEntry("WATCHLIST", 6).containsEntry("PROFILE", 2);
    assertThat(summary.multipleHits()).hasSize(3);
    assertThat(summary.multipleHits())
        .filteredOn(DemoSummary.MultipleHit::commonListOnly)
        .hasSize(1);
    assertThat(summary.commonHits()).isEqualTo(1);
    assertThat(summary.pnrVersionsScreened()).isEqualTo(feed.pnrVersions());
    assertThat(summary.passengerLegsScreened()).isEqualTo(feed.passengerLegs());
    assertThat(summary.notificationsByService().values().stream().mapToInt(i -> i).sum())
        .isEqualTo(12);

    DemoOutputs withDeadLetters =
        new DemoOutputs(outputs.hits(), outputs.notifications(), audit, List.of(), 8, audit.size());
    List<String> problems =
        DemoCheck.problems(feed, withDeadLetters, DemoSummary.of(withDeadLetters, SERVICES));
    assertThat(problems).containsExactly("dead letters: expected 4, got 0");
  }
}
