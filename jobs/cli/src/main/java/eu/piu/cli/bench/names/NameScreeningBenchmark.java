package eu.piu.cli.bench.names;

import eu.piu.screening.names.NameMatch;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One screening through the name index (one thread: per core), sampled for the distribution and its
 * p99, once every query has been screened once (steady state, see {@link
 * ScreeningState#screenEachOnce}). Run by {@code ./piu bench names}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx6g", "-XX:+UseG1GC"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class NameScreeningBenchmark {

  @Param({"10000", "100000", "1000000"})
  public int entries;

  private ScreeningState state;

  @Setup(Level.Trial)
  public void load() {
    state = new ScreeningState(entries, 42);
    state.screenEachOnce();
  }

  @Benchmark
  public List<NameMatch> indexed() {
    return state.index.screen(state.nextQuery());
  }
}
