package eu.piu.cli.flink;

import eu.piu.cli.stack.Deadline;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.runtime.client.JobStatusMessage;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobmaster.JobResult;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;

/**
 * A Flink MiniCluster in this JVM, with the web UI (flink-runtime-web is on the class path) and the
 * production state setup: RocksDB, checkpoints to a folder twice a second. Jobs are submitted as
 * job graphs built here, so they run on exactly this cluster and are cancelled with it.
 */
public final class LocalFlink implements AutoCloseable {

  /** Key groups of keyed state; fixed so that tools can tell which subtask owns a key. */
  public static final int MAX_PARALLELISM = 128;

  /** System properties with this prefix override the local cluster's Flink options. */
  public static final String OVERRIDE_PREFIX = "piu.flink.";

  private final MiniCluster cluster;
  private final Configuration configuration;

  private LocalFlink(MiniCluster cluster, Configuration configuration) {
    this.cluster = cluster;
    this.configuration = configuration;
  }

  /**
   * The local cluster's configuration.
   *
   * @param restPort web UI and REST port; 0 for any free one
   */
  public static Configuration configuration(int restPort, int parallelism, Path checkpoints) {
    Configuration conf = new Configuration();
    conf.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
    conf.set(RestOptions.ADDRESS, "127.0.0.1");
    conf.set(RestOptions.PORT, restPort);
    conf.set(CoreOptions.DEFAULT_PARALLELISM, parallelism);
    conf.set(PipelineOptions.MAX_PARALLELISM, MAX_PARALLELISM);
    // One more slot for the audit job that runs beside the screening job.
    conf.set(TaskManagerOptions.NUM_TASK_SLOTS, parallelism + 2);
    conf.set(StateBackendOptions.STATE_BACKEND, "rocksdb");
    conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpoints.toUri().toString());
    // Hits become visible when a checkpoint commits: full-size bench e2e, p99 1.66–4.13 s at 1 s,
    // 1.35–1.84 s at 500 ms (RocksDB timers gone and universal compaction made checkpoints cheap).
    conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, Duration.ofMillis(500));
    // Only new RocksDB files go to each checkpoint: a full copy every second would grow with the
    // PNRs held for re-screening.
    conf.set(CheckpointingOptions.INCREMENTAL_CHECKPOINTS, true);
    // Two, not one: an incremental snapshot may still name files of the checkpoint before the
    // last when the last one's completion has not reached the task yet; with only one retained,
    // those files were already unregistered, the acknowledgement failed ("Attempt to reference
    // unknown state") and that checkpoint hung, so no transaction committed and hits stopped.
    conf.set(CheckpointingOptions.MAX_RETAINED_CHECKPOINTS, 2);
    // A breath between checkpoints lets the completion notice reach every task first.
    conf.set(CheckpointingOptions.MIN_PAUSE_BETWEEN_CHECKPOINTS, Duration.ofMillis(100));
    // Most passengers' lookup keys have no watchlist entry: a bloom filter answers those reads
    // without touching the files.
    conf.setString("state.backend.rocksdb.use-bloom-filter", "true");
    // RocksDB's block cache and write buffers come from managed memory; the MiniCluster default
    // (128 MB) makes the lookup read from disk.
    conf.setString("taskmanager.memory.managed.size", "768m");
    // Barriers overtake queued records, so a backlog does not delay the checkpoint that makes
    // hits visible to read_committed consumers.
    conf.setString("execution.checkpointing.unaligned.enabled", "true");
    // A failing job restarts a few times, then fails for good and says why.
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofSeconds(2));
    // Below capacity a barrier aligns at once and no in-flight data is written; only a backlog
    // (alignment beyond 100 ms) turns the checkpoint unaligned. p50 latency 2.3 s -> 1.2 s.
    conf.setString("execution.checkpointing.aligned-checkpoint-timeout", "100 ms");
    // A checkpoint a second flushes a small file per column family; leveled compaction then merged
    // them into a level of up to 256 MB again and again, a core's worth of rewriting that stalled
    // the writes. Universal compaction merges runs of similar size. Full size: p99 5.7 s -> 1.7 s,
    // and 135 s -> 17 s during a bulk load.
    conf.setString("state.backend.rocksdb.compaction.style", "UNIVERSAL");
    overrides(conf);
    return conf;
  }

  /**
   * Any Flink option given as a system property {@value #OVERRIDE_PREFIX}{@code <key>=<value>}
   * (e.g. {@code PIU_JAVA_OPTS=-Dpiu.flink.state.backend.rocksdb.thread.num=4 ./piu bench e2e}), so
   * that an operator can try a cluster setting locally before rolling it out.
   */
  private static void overrides(Configuration conf) {
    for (String key : System.getProperties().stringPropertyNames()) {
      if (key.startsWith(OVERRIDE_PREFIX)) {
        conf.setString(key.substring(OVERRIDE_PREFIX.length()), System.getProperty(key));
      }
    }
  }

  public static LocalFlink start(Configuration configuration) throws Exception {
    MiniCluster cluster =
        new MiniCluster(
            new MiniClusterConfiguration.Builder()
                .setConfiguration(configuration)
                .setNumTaskManagers(1)
                .setNumSlotsPerTaskManager(configuration.get(TaskManagerOptions.NUM_TASK_SLOTS))
                .build());
    cluster.start();
    return new LocalFlink(cluster, configuration);
  }

  /** An environment to build a job in, configured as this cluster. */
  public StreamExecutionEnvironment environment() {
    return new StreamExecutionEnvironment(new Configuration(configuration));
  }

  /** Submits the job built in {@code env}; returns once the cluster accepted it. */
  public JobID submit(StreamExecutionEnvironment env, String name) throws Exception {
    StreamGraph graph = env.getStreamGraph();
    graph.setJobName(name);
    JobGraph job = graph.getJobGraph();
    cluster.submitJob(job).get(60, TimeUnit.SECONDS);
    return job.getJobID();
  }

  public JobStatus status(JobID job) throws Exception {
    return cluster.getJobStatus(job).get(30, TimeUnit.SECONDS);
  }

  /** Fails with the job's own error if it is no longer running (it failed or was cancelled). */
  public void checkRunning(JobID job) throws Exception {
    JobStatus status = status(job);
    if (status.isGloballyTerminalState()) {
      JobResult result = cluster.requestJobResult(job).get(30, TimeUnit.SECONDS);
      Optional<Throwable> cause =
          result
              .getSerializedThrowable()
              .map(t -> t.deserializeError(LocalFlink.class.getClassLoader()));
      throw new IllegalStateException(
          "the Flink job is " + status + cause.map(c -> ": " + c).orElse(""), cause.orElse(null));
    }
  }

  public void awaitRunning(JobID job, Deadline deadline) throws Exception {
    deadline.await(
        "the Flink job running",
        () -> {
          checkRunning(job);
          return status(job) == JobStatus.RUNNING;
        });
  }

  /** Blocks until the job ends (cancelled from a shutdown hook, or failed). */
  public JobResult awaitTermination(JobID job) throws Exception {
    return cluster.requestJobResult(job).get();
  }

  public void cancel(JobID job, Duration timeout) throws Exception {
    if (!status(job).isGloballyTerminalState()) {
      cluster.cancelJob(job).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      cluster.requestJobResult(job).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** The web UI and REST API, e.g. http://127.0.0.1:8081. */
  public URI webUi() throws Exception {
    return cluster.getRestAddress().get(30, TimeUnit.SECONDS);
  }

  /**
   * Cancels the jobs still running, then stops the cluster: closing it under running jobs fails
   * their tasks and fills the log with failures that did not happen.
   */
  @Override
  public void close() throws Exception {
    try {
      for (JobStatusMessage job : cluster.listJobs().get(30, TimeUnit.SECONDS)) {
        if (!job.getJobState().isGloballyTerminalState()) {
          cancel(job.getJobId(), Duration.ofSeconds(30));
        }
      }
    } finally {
      cluster.close();
    }
  }
}
