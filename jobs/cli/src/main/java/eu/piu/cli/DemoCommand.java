package eu.piu.cli;

import eu.piu.cli.demo.DemoScenario;
import eu.piu.cli.flink.LocalFlink;
import eu.piu.cli.flink.ScreeningDeployment;
import eu.piu.cli.sample.SampleWatchlists;
import eu.piu.cli.stack.Folders;
import eu.piu.cli.stack.LocalStack;
import eu.piu.cli.stack.ManagedProcess;
import eu.piu.cli.stack.PiuHome;
import eu.piu.cli.stack.Ports;
import eu.piu.cli.stack.StackSettings;
import eu.piu.cli.stack.StackStatus;
import eu.piu.dashboards.DashboardOptions;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.flink.api.common.JobID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the screening and hits jobs on sample data and shows what they found and decided.",
      "Runs the screening job on a local Flink cluster (web UI on port 8081) against the local"
          + " stack (started if needed), loads sample watchlists (POLICE, VSSE and the common"
          + " FTF list) and profiles, replays a generated PNR feed with crafted hits and a few"
          + " malformed records, waits until the job's outputs settle and prints what happened.",
      "Then takes the crafted hits through their lifecycle by identification code: a common FTF"
          + " hit validated by one service (follow-ups and OCAM), a rejected hit, a refused"
          + " decision, a multiple hit validated in part, a late validation, and the overdue"
          + " alerts of the hits left pending.",
      "Then keeps the job running until Ctrl-C, unless --exit. Exit status 1 if the outputs"
          + " differ from what the sample data was crafted to produce."
    })
final class DemoCommand implements Callable<Integer> {

  @Mixin StackOptions stack = new StackOptions();

  @Option(names = "--exit", description = "Stop the job and exit once the summary is printed.")
  boolean exit;

  @Option(
      names = "--pnrs",
      paramLabel = "N",
      defaultValue = "1500",
      description = "PNRs in the generated feed (default ${DEFAULT-VALUE}).")
  int pnrs;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Seed of the generated data (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--flink-ui-port",
      paramLabel = "PORT",
      defaultValue = "8081",
      description = "Port of the Flink web UI and REST API (default ${DEFAULT-VALUE}).")
  int flinkUiPort;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "180",
      description = "How long the job may take to settle (default ${DEFAULT-VALUE} s).")
  int timeoutSeconds;

  /** Distinct from any other job's on the cluster, stable across demo runs (see deployment). */
  static final String TRANSACTIONAL_ID_PREFIX = "piu-demo";

  @Override
  public Integer call() throws Exception {
    if (pnrs < 20) {
      throw new IllegalArgumentException("--pnrs must be at least 20");
    }
    PrintStream out = System.out;
    PiuHome home = PiuHome.fromSystemProperties();
    ManagedProcess demo = ManagedProcess.demo(home);
    if (demo.running().isPresent()) {
      throw new IllegalStateException(
          "a demo already runs (pid " + demo.running().get().pid() + "); ./piu down stops it");
    }
    if (flinkUiPort != 0 && Ports.answering(flinkUiPort)) {
      throw new IllegalStateException(
          "port " + flinkUiPort + " is taken: choose another with --flink-ui-port");
    }
    StackSettings settings = Stacks.settings(home, stack, out);
    List<String> needed = SampleWatchlists.COMMON_FTF_SERVICES;
    if (!settings.services().containsAll(needed)) {
      throw new IllegalArgumentException(
          "the sample data is for the services "
              + needed
              + "; --services "
              + String.join(",", settings.services())
              + " lacks some: the job would refuse their lists");
    }
    new LocalStack(home, settings, out).up(LocalStack.DEFAULT_START_TIMEOUT);

    demo.record(ProcessHandle.current().pid());
    LocalFlink flink =
        LocalFlink.start(LocalFlink.configuration(flinkUiPort, 2, home.checkpoints()));
    Files.writeString(
        StackStatus.demoUiFile(home), flink.webUi().toString(), StandardCharsets.UTF_8);
    AtomicReference<JobID> job = new AtomicReference<>();
    Thread stop = new Thread(() -> stop(flink, job.get(), demo, home), "piu-demo-stop");
    // Ctrl-C or ./piu down (SIGTERM): cancel the job and stop the cluster; the stack stays up.
    Runtime.getRuntime().addShutdownHook(stop);

    DemoScenario.Outcome outcome =
        new DemoScenario(
                new DemoScenario.Settings(
                    deployment(settings),
                    seed,
                    Instant.now().truncatedTo(ChronoUnit.HOURS),
                    pnrs,
                    40,
                    Duration.ofSeconds(timeoutSeconds)),
                out)
            .run(flink);
    job.set(outcome.job());
    int status = outcome.problems().isEmpty() ? 0 : 1;
    if (exit) {
      Runtime.getRuntime().removeShutdownHook(stop);
      stop.run();
      return status;
    }
    out.println();
    out.println(
        "The job keeps screening: explore "
            + flink.webUi()
            + ", or produce more PNRs to "
            + settings.topics().pnr()
            + ". Ctrl-C stops the job (the stack stays up: ./piu down).");
    flink.awaitTermination(outcome.job());
    return status;
  }

  private ScreeningDeployment deployment(StackSettings settings) {
    return new ScreeningDeployment(
        settings.kafkaBootstrapServers(),
        settings.elasticsearchUrl(),
        settings.topicPrefix(),
        settings.services(),
        DashboardOptions.HITS_INDEX,
        DashboardOptions.AUDIT_INDEX,
        // A group of its own per run: its offsets are set to where this run's PNRs begin.
        "piu-demo-" + Instant.now().getEpochSecond(),
        TRANSACTIONAL_ID_PREFIX);
  }

  private static void stop(LocalFlink flink, JobID job, ManagedProcess demo, PiuHome home) {
    try {
      if (job != null) {
        flink.cancel(job, Duration.ofSeconds(30));
      }
      flink.close();
      if (job != null) {
        // A cancelled job's checkpoints are discarded; its empty folders need not stay.
        Folders.deleteTree(home.checkpoints().resolve(job.toHexString()));
      }
      demo.forget();
      Files.deleteIfExists(StackStatus.demoUiFile(home));
      System.out.println("Screening job stopped.");
    } catch (Exception e) {
      System.err.println("Stopping the demo job: " + e);
    }
  }
}
