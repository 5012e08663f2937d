package eu.piu.connectors.deployment;

import java.time.Duration;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** What every job of the product sets on its environment before wiring its topology. */
public final class JobEnvironments {

  private JobEnvironments() {}

  /**
   * Avro types only (a type falling back to Kryo fails the build, not a savepoint later), the key
   * groups the job can be rescaled to, and exactly-once checkpoints at {@code checkpointInterval}
   * unless the cluster's configuration already enables checkpointing.
   */
  public static void prepare(
      StreamExecutionEnvironment env, int maxParallelism, Duration checkpointInterval) {
    env.getConfig().disableGenericTypes();
    env.setMaxParallelism(maxParallelism);
    if (!env.getCheckpointConfig().isCheckpointingEnabled()) {
      env.enableCheckpointing(checkpointInterval.toMillis(), CheckpointingMode.EXACTLY_ONCE);
    }
  }
}
