package eu.piu.cli.bench;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The figures of one end-to-end benchmark run; times in seconds, rates per second, latencies in
 * milliseconds.
 */
public record BenchResult(
    String startedAt,
    int cores,
    String java,
    String topicPrefix,
    int parallelism,
    long entries,
    long pnrs,
    long passengerLegs,
    int hitEvery,
    long expectedHits,
    double listLoadSeconds,
    double produceSeconds,
    double throughputSeconds,
    double legsPerSecond,
    long hitsSeen,
    double latencyRateLegsPerSecond,
    double latencySeconds,
    long latencySamples,
    long latencyP50Millis,
    long latencyP99Millis,
    long latencyMaxMillis,
    long referenceRecords,
    double referenceSeconds,
    double referenceRecordsPerSecond,
    double referenceLegsPerSecond,
    long ingestMessages,
    double ingestMegabytes,
    long ingestPnrs,
    long ingestLegs,
    double ingestSeconds,
    double ingestLegsPerSecond,
    double ingestMegabytesPerSecond,
    int bulkEntries,
    double bulkProduceSeconds,
    long bulkLatencySamples,
    long bulkLatencyP50Millis,
    long bulkLatencyP99Millis,
    long bulkLatencyMaxMillis) {

  public static final double TARGET_LEGS_PER_SECOND = 10_000;
  public static final long TARGET_P99_MILLIS = 2_000;

  @JsonProperty
  public boolean throughputMet() {
    return legsPerSecond >= TARGET_LEGS_PER_SECOND;
  }

  /** Ingestion keeps up with screening on the same cluster: it cannot be the bottleneck. */
  @JsonProperty
  public boolean ingestionKeepsUp() {
    return ingestLegs > 0 && ingestLegsPerSecond >= legsPerSecond;
  }

  /** Latency while a bulk of entries is listed stays within the same target. */
  @JsonProperty
  public boolean bulkLoadMet() {
    return bulkLatencySamples > 0 && bulkLatencyP99Millis <= TARGET_P99_MILLIS;
  }

  @JsonProperty
  public boolean latencyMet() {
    return latencySamples > 0 && latencyP99Millis <= TARGET_P99_MILLIS;
  }
}
