package eu.piu.hits.relations;

import static eu.piu.hits.HitsFixtures.RETENTION;
import static eu.piu.hits.HitsFixtures.WINDOW_END;
import static eu.piu.hits.HitsFixtures.hit;
import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.schema.Hit;
import eu.piu.schema.internal.GroupedHit;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class HitRelationsFunctionTest {

  private static KeyedOneInputStreamOperatorTestHarness<String, Hit, GroupedHit> harness()
      throws Exception {
    return ProcessFunctionTestHarnesses.forKeyedProcessFunction(
        new HitRelationsFunction(RETENTION), HitGroups::keyOf, Types.STRING);
  }

  @Test
  void aJoiningServiceRelatesTheNewHitAndUpdatesTheEarlierOnes() throws Exception {
    try (var harness = harness()) {
      harness.processElement(hit("h1", "police-wanted", false, "POLICE"), 1);
      harness.processElement(hit("h2", "vsse-watch", false, "VSSE"), 2);

      assertThat(harness.extractOutputValues())
          .extracting(GroupedHit::getHitId, g -> g.getHit() != null, GroupedHit::getRelatedHitIds)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("h1", true, java.util.List.of()),
              org.assertj.core.groups.Tuple.tuple("h2", true, java.util.List.of("h1")),
              org.assertj.core.groups.Tuple.tuple("h1", false, java.util.List.of("h2")));
      assertThat(harness.extractOutputValues().get(2).getGroupServices())
          .containsExactly("POLICE", "VSSE");
    }
  }

  @Test
  void hitsOnAnotherPersonAreNotRelated() throws Exception {
    try (var harness = harness()) {
      harness.processElement(hit("h1", "doc:X1", "police-wanted", false, "POLICE"), 1);
      harness.processElement(hit("h2", "doc:Y2", "vsse-watch", false, "VSSE"), 2);

      assertThat(harness.extractOutputValues()).allMatch(g -> g.getRelatedHitIds().isEmpty());
    }
  }

  @Test
  void theGroupIsForgottenWhenTheFlightsWindowEnds() throws Exception {
    try (var harness = harness()) {
      harness.processElement(hit("h1", "police-wanted", false, "POLICE"), 1);
      assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
      harness.processWatermark(new Watermark(WINDOW_END.toEpochMilli()));
      assertThat(harness.numKeyedStateEntries()).isZero();
      assertThat(harness.numEventTimeTimers()).isZero();
    }
  }
}
