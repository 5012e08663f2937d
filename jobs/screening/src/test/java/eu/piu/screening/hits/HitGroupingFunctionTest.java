package eu.piu.screening.hits;

import static eu.piu.screening.hits.NotificationPlannerTest.hit;
import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.schema.AuditEventType;
import eu.piu.schema.Hit;
import eu.piu.schema.ServiceNotification;
import eu.piu.screening.ScreeningDescriptors;
import eu.piu.screening.ScreeningFixtures;
import java.time.Duration;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.TestableKeyedStateBackend;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class HitGroupingFunctionTest {

  private static KeyedOneInputStreamOperatorTestHarness<String, Hit, ServiceNotification> harness()
      throws Exception {
    return ProcessFunctionTestHarnesses.forKeyedProcessFunction(
        new HitGroupingFunction(Duration.ofHours(24)), NotificationPlanner::groupKey, Types.STRING);
  }

  @Test
  void notifiesEachServiceOnceAndJournalsEachNotification() throws Exception {
    try (var harness = harness()) {
      harness.processElement(hit("h1", false, "POLICE"), 1);
      harness.processElement(hit("h2", false, "VSSE"), 2);
      harness.processElement(hit("h1", false, "POLICE"), 3);

      assertThat(harness.extractOutputValues())
          .extracting(ServiceNotification::getRecipientService, ServiceNotification::getHitId)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("POLICE", "h1"),
              org.assertj.core.groups.Tuple.tuple("VSSE", "h2"),
              org.assertj.core.groups.Tuple.tuple("POLICE", "h1"));
      assertThat(harness.getSideOutput(ScreeningDescriptors.AUDIT))
          .hasSize(3)
          .allMatch(r -> r.getValue().getType() == AuditEventType.NOTIFICATION);
    }
  }

  @Test
  void forgetsTheGroupOnceTheFlightIsOver() throws Exception {
    try (var harness = harness()) {
      harness.processElement(hit("h1", false, "POLICE"), 1);
      var backend = (TestableKeyedStateBackend<?>) harness.getOperator().getKeyedStateBackend();
      assertThat(backend.numKeyValueStateEntries()).isEqualTo(1);
      assertThat(harness.numEventTimeTimers()).isEqualTo(1);

      long arrival = ScreeningFixtures.DEPARTURE.plusSeconds(2 * 3600).toEpochMilli();
      harness.processWatermark(arrival + Duration.ofHours(24).toMillis());

      assertThat(backend.numKeyValueStateEntries()).isZero();
      assertThat(harness.numEventTimeTimers()).isZero();
    }
  }
}
