package eu.piu.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.cli.flink.LocalFlink;
import eu.piu.cli.flink.ScreeningDeployment;
import eu.piu.cli.hits.HitQuery;
import eu.piu.cli.sample.CraftedCase;
import eu.piu.cli.sample.FabricatedPeople;
import eu.piu.cli.sample.Person;
import eu.piu.cli.sample.SampleWatchlists;
import eu.piu.cli.stack.ElasticsearchClient;
import eu.piu.cli.stack.LocalStack;
import eu.piu.cli.stack.StackSettings;
import eu.piu.cli.stack.TopicSetup;
import eu.piu.connectors.kafka.TopicNames;
import eu.piu.dashboards.DashboardOptions;
import eu.piu.dashboards.ElasticsearchSetup;
import eu.piu.localstack.LocalElasticsearch;
import eu.piu.localstack.LocalKafka;
import eu.piu.localstack.LocalStackExtension;
import eu.piu.schema.DecisionEffect;
import eu.piu.schema.FollowUp;
import eu.piu.schema.HitStatus;
import eu.piu.schema.OcamTransfer;
import eu.piu.schema.OverdueAlert;
import eu.piu.schema.Refusal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo scenario end to end on the in-JVM stack: real Kafka and Elasticsearch, the screening job
 * with its production wiring on a MiniCluster of parallelism 2, and the summary it prints.
 */
@ExtendWith(LocalStackExtension.class)
class DemoITCase {

  static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  static final long SEED = 42;
  static final List<String> SERVICES = StackSettings.DEFAULT_SERVICES;

  @Test
  @Timeout(300)
  void theSummaryShowsHitsByServiceAMultipleHitACommonHitAndDeadLetters(
      LocalKafka kafka, LocalElasticsearch elasticsearch, @TempDir Path dir) throws Exception {
    TopicNames topics = new TopicNames("demo-itcase.");
    try (Admin admin = LocalStack.admin(kafka.bootstrapServers())) {
      TopicSetup.ensure(admin, TopicSetup.topics(topics, SERVICES), Duration.ofSeconds(60));
    }
    DashboardOptions indices =
        DashboardOptions.defaults().withReplicas(0).withIndexPrefix("demo-itcase-");
    new ElasticsearchSetup(URI.create(elasticsearch.httpUrl()), indices).install();
    Configuration cluster = LocalFlink.configuration(0, 2, dir.resolve("checkpoints"));
    cluster.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    DemoScenario.Outcome outcome;
    try (LocalFlink flink = LocalFlink.start(cluster)) {
      outcome =
          new DemoScenario(
                  new DemoScenario.Settings(
                      new ScreeningDeployment(
                          kafka.bootstrapServers(),
                          elasticsearch.httpUrl(),
                          topics.prefix(),
                          SERVICES,
                          indices.hitsIndex(),
                          indices.auditIndex(),
                          "demo-itcase",
                          "demo-itcase"),
                      SEED,
                      NOW,
                      300,
                      10,
                      Duration.ofSeconds(60)),
                  new PrintStream(printed, true, StandardCharsets.UTF_8))
              .run(flink);
      flink.cancel(outcome.job(), Duration.ofSeconds(30));
    }
    String text = printed.toString(StandardCharsets.UTF_8);
    System.out.println(text);

    DemoSummary summary = outcome.summary();
    assertThat(outcome.problems()).isEmpty();
    assertThat(summary.hitsByService())
        .containsEntry("POLICE", 4)
        .containsEntry("VSSE", 3)
        .containsEntry("CUSTOMS", 3)
        .containsEntry("ADIV", 0);
    assertThat(summary.multipleHits()).hasSize(3);
    assertThat(summary.commonHits()).isEqualTo(1);
    assertThat(summary.deadLetters()).isEqualTo(4);
    assertThat(summary.hitsIndexed()).isEqualTo(8);
    assertThat(text)
        .contains("hits                            8")
        .containsPattern("by service +ADIV 0, CUSTOMS 3, POLICE 4, VSSE 3")
        .contains("multiple hits                   3")
        .contains("common hits                     1")
        .contains("dead letters                    4   DESERIALIZATION 3, VALIDATION 1")
        .contains("OK");

    LifecycleDemo.Outcome lifecycle = outcome.lifecycle();
    assertThat(lifecycle.problems()).isEmpty();
    String common = lifecycle.hits().get(LifecycleDemo.COMMON_VALIDATED).getHitId();
    assertThat(lifecycle.results().get(LifecycleDemo.COMMON_VALIDATED).getCode())
        .isEqualTo("VSSE-DM-01");
    assertThat(lifecycle.results().get(LifecycleDemo.COMMON_LATER).getEffect())
        .isEqualTo(DecisionEffect.RECORDED);
    assertThat(lifecycle.results().get(LifecycleDemo.REJECTED).getHitStatus())
        .isEqualTo(HitStatus.REJECTED);
    assertThat(lifecycle.results().get(LifecycleDemo.REFUSED).getRefusal())
        .isEqualTo(Refusal.OTHER_SERVICE);
    assertThat(lifecycle.results().get(LifecycleDemo.LATE).getLate()).isTrue();
    assertThat(lifecycle.ocam()).extracting(OcamTransfer::getHitId).containsExactly(common);
    assertThat(lifecycle.followUps())
        .filteredOn(f -> f.getHitId().equals(common))
        .extracting(FollowUp::getRecipientService)
        .containsExactlyInAnyOrder("CUSTOMS", "POLICE", "VSSE");
    assertThat(lifecycle.followUps())
        .extracting(FollowUp::getHitId)
        .doesNotContain(lifecycle.hits().get(LifecycleDemo.REJECTED).getHitId());
    assertThat(lifecycle.overdue())
        .extracting(OverdueAlert::getHitId)
        .contains(lifecycle.hits().get(LifecycleDemo.REFUSED).getHitId())
        .doesNotContain(common);
    assertThat(lifecycle.indexedStatus().get(common)).isEqualTo("VALIDATED");
    assertThat(text).contains("lifecycle OK");

    // What `./piu hits list --service VSSE --status PENDING_VALIDATION` shows, from the real index.
    List<HitQuery.Row> vssePending =
        HitQuery.rows(
            new ElasticsearchClient(elasticsearch.httpUrl())
                .search(
                    indices.hitsIndex(),
                    HitQuery.body("VSSE", List.of("PENDING_VALIDATION"), 100)));
    assertThat(vssePending)
        .extracting(HitQuery.Row::hitId)
        .contains(lifecycle.hits().get(LifecycleDemo.REFUSED).getHitId())
        .doesNotContain(common);
    assertThat(vssePending).allMatch(HitQuery.Row::overdue);

    // Identifiers only: no crafted person's name or document reaches the console.
    SampleWatchlists lists = SampleWatchlists.demo(SEED, NOW.minus(Duration.ofDays(1)), 10);
    for (CraftedCase crafted : CraftedCase.values()) {
      if (crafted != CraftedCase.PROFILE) {
        Person person = lists.target(crafted);
        assertThat(text)
            .doesNotContainIgnoringCase(person.surname())
            .doesNotContain(FabricatedPeople.asCarrierSends(person.surname()))
            .doesNotContain(person.documentNumber());
      }
    }
  }
}
