package eu.piu.formats.bench;

import eu.piu.formats.CarrierMessageParser;
import eu.piu.formats.ParsedMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Parse throughput on one thread over a generated corpus of realistic PNRGOV interchanges (see
 * {@link SyntheticPnrgov}): {@code java -cp ... eu.piu.formats.bench.ParseBenchmark [MB]
 * [seconds]}. Prints messages/s, PNRs/s and MB/s of the measured rounds after a warm-up. The target
 * is 20 MB/s per core for the whole PNRGOV parse (bytes to Avro records).
 */
public final class ParseBenchmark {

  private ParseBenchmark() {}

  /** Result of a run. */
  public record Result(
      int messages,
      long bytes,
      long pnrs,
      long passengers,
      double seconds,
      double cpuSeconds,
      int rounds) {

    public double messagesPerSecond() {
      return messages * (double) rounds / seconds;
    }

    public double megabytesPerSecond() {
      return bytes * (double) rounds / seconds / 1e6;
    }

    /** Per second of this thread's CPU time: what one core does, whatever else runs. */
    public double megabytesPerCpuSecond() {
      return bytes * (double) rounds / cpuSeconds / 1e6;
    }

    public double messagesPerCpuSecond() {
      return messages * (double) rounds / cpuSeconds;
    }

    public double pnrsPerSecond() {
      return pnrs * (double) rounds / seconds;
    }

    @Override
    public String toString() {
      return String.format(
          "corpus: %d messages, %.1f MB, %d PNRs, %d passengers%n"
              + "one thread, %d rounds in %.2f s: %.0f messages/s, %.0f PNRs/s, %.1f MB/s%n"
              + "per CPU second of that thread (%.2f s): %.0f messages/s, %.1f MB/s",
          messages,
          bytes / 1e6,
          pnrs,
          passengers,
          rounds,
          seconds,
          messagesPerSecond(),
          pnrsPerSecond(),
          megabytesPerSecond(),
          cpuSeconds,
          messagesPerCpuSecond(),
          megabytesPerCpuSecond());
    }
  }

  public static void main(String[] args) {
    double megabytes = args.length > 0 ? Double.parseDouble(args[0]) : 16;
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
    System.out.println(run(megabytes, seconds));
  }

  /** Generates about {@code megabytes} of messages, warms up, then parses for {@code seconds}. */
  public static Result run(double megabytes, double seconds) {
    List<byte[]> corpus = corpus((long) (megabytes * 1e6), 20260101L);
    long bytes = 0;
    for (byte[] m : corpus) {
      bytes += m.length;
    }
    CarrierMessageParser parser = new CarrierMessageParser();
    long[] counts = round(parser, corpus);
    long warmUntil = System.nanoTime() + (long) (Math.min(seconds, 5) * 1e9 / 2);
    while (System.nanoTime() < warmUntil) {
      round(parser, corpus);
    }
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    int rounds = 0;
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    do {
      round(parser, corpus);
      rounds++;
    } while (System.nanoTime() < end);
    double elapsed = (System.nanoTime() - start) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    return new Result(corpus.size(), bytes, counts[0], counts[1], elapsed, cpu, rounds);
  }

  /** Interchanges of 1 to 12 PNRs until {@code bytes} are reached. */
  public static List<byte[]> corpus(long bytes, long seed) {
    SyntheticPnrgov generator = new SyntheticPnrgov(seed);
    List<byte[]> corpus = new ArrayList<>();
    long total = 0;
    while (total < bytes) {
      byte[] m = generator.interchange(generator.randomShape());
      corpus.add(m);
      total += m.length;
    }
    return corpus;
  }

  private static long[] round(CarrierMessageParser parser, List<byte[]> corpus) {
    long pnrs = 0;
    long passengers = 0;
    Instant now = Instant.now();
    int i = 0;
    for (byte[] m : corpus) {
      ParsedMessage parsed = parser.parse(m, "XX", now, "bench-" + i++);
      pnrs += parsed.pnrs().size();
      passengers += parsed.passengerCount();
    }
    return new long[] {pnrs, passengers};
  }
}
