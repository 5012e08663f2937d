package eu.piu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.junit.jupiter.api.Test;

/**
 * The topology as a cluster would get it, built without running it: every operator has a stable uid
 * (savepoints map onto new versions of the job), and every type has a serializer that is not Kryo
 * (generic types are disabled, so a non-Avro type fails right here).
 */
class IngestJobGraphTest {

  @Test
  void everyOperatorHasAUniqueUidAndNoTypeFallsBackToKryo() {
    Configuration options = new Configuration();
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
    new IngestJob(IngestJob.kafkaSources(options), IngestJob.productionSinks(options), options)
        .build(env);

    StreamGraph graph = env.getStreamGraph();

    List<String> uids = new ArrayList<>();
    for (StreamNode node : graph.getStreamNodes()) {
      assertThat(node.getTransformationUID()).as("uid of %s", node.getOperatorName()).isNotNull();
      uids.add(node.getTransformationUID());
    }
    assertThat(uids)
        .doesNotHaveDuplicates()
        .contains(
            "carrier-messages-source",
            "parse-carrier-messages",
            "api-join",
            "pnr-versions",
            "push-compliance",
            "pnr-to-kafka");
    assertThat(env.getConfig().hasGenericTypesDisabled()).isTrue();
  }
}
