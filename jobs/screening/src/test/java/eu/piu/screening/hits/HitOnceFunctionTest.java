package eu.piu.screening.hits;

import static eu.piu.screening.hits.NotificationPlannerTest.hit;
import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.schema.Hit;
import eu.piu.screening.ScreeningDescriptors;
import eu.piu.screening.ScreeningFixtures;
import java.time.Duration;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.TestableKeyedStateBackend;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class HitOnceFunctionTest {

  @Test
  void raisesAHitOnceAndForgetsItWhenTheFlightIsOver() throws Exception {
    try (var harness =
        ProcessFunctionTestHarnesses.forKeyedProcessFunction(
            new HitOnceFunction(Duration.ofHours(24)), Hit::getHitId, Types.STRING)) {
      harness.processElement(hit("h1", false, "POLICE"), 1);
      harness.processElement(hit("h1", false, "POLICE"), 2);
      harness.processElement(hit("h2", false, "VSSE"), 3);

      assertThat(harness.extractOutputValues())
          .extracting(Hit::getHitId)
          .containsExactly("h1", "h2");
      assertThat(harness.getSideOutput(ScreeningDescriptors.AUDIT)).hasSize(2);

      var backend = (TestableKeyedStateBackend<?>) harness.getOperator().getKeyedStateBackend();
      assertThat(backend.numKeyValueStateEntries()).isEqualTo(2);
      long arrival = ScreeningFixtures.DEPARTURE.plusSeconds(2 * 3600).toEpochMilli();
      harness.processWatermark(arrival + Duration.ofHours(24).toMillis());
      assertThat(backend.numKeyValueStateEntries()).isZero();
      assertThat(harness.numEventTimeTimers()).isZero();
    }
  }
}
