package eu.piu.cli;

import eu.piu.cli.hits.DecisionSender;
import eu.piu.cli.stack.PiuHome;
import eu.piu.cli.stack.StackSettings;
import eu.piu.schema.Decision;
import eu.piu.schema.DecisionEffect;
import eu.piu.schema.DecisionKind;
import eu.piu.schema.DecisionResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "decide",
    mixinStandardHelpOptions = true,
    description = {
      "Validates or rejects a hit as a detached member, by identification code: sends a decision"
          + " to the decisions topic and prints its result from the decision-results topic"
          + " (read_committed).",
      "Exit code 0 when applied or recorded, 3 when refused (unknown or expired code, another"
          + " service, wrong role, unknown or closed hit), 2 when no result came in time (a"
          + " decision on a hit not yet known waits for it)."
    })
final class HitsDecideCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "HIT", description = "The hit id.")
  String hitId;

  @Option(
      names = "--code",
      required = true,
      paramLabel = "CODE",
      description = "Your identification code.")
  String code;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Verdict verdict;

  static final class Verdict {
    @Option(names = "--validate", description = "Validate the hit.")
    boolean validate;

    @Option(names = "--reject", description = "Reject the hit.")
    boolean reject;
  }

  @Option(
      names = "--reason",
      required = true,
      paramLabel = "TEXT",
      description = "Why: kept with the hit, never journaled.")
  String reason;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "PT60S",
      description = "How long to wait for the result (ISO-8601, default ${DEFAULT-VALUE}).")
  Duration timeout;

  Decision decision(Instant now) {
    return Decision.newBuilder()
        .setDecisionId(UUID.randomUUID().toString())
        .setHitId(hitId)
        .setCode(code)
        .setKind(verdict.validate ? DecisionKind.VALIDATE : DecisionKind.REJECT)
        .setReason(reason)
        .setDecidedAt(now)
        .build();
  }

  @Override
  public Integer call() throws Exception {
    PiuHome home = PiuHome.fromSystemProperties();
    StackSettings settings = StackSettings.load(home.stackSettings());
    Optional<DecisionResult> result =
        new DecisionSender(settings.kafkaBootstrapServers(), settings.topics())
            .decide(decision(Instant.now()), timeout);
    if (result.isEmpty()) {
      System.out.println("no result within " + timeout + " (is the hits job running?)");
      return 2;
    }
    DecisionResult r = result.get();
    System.out.println(describe(r));
    return r.getEffect() == DecisionEffect.REFUSED ? 3 : 0;
  }

  static String describe(DecisionResult r) {
    return "decision "
        + r.getDecisionId()
        + " on hit "
        + r.getHitId()
        + ": "
        + r.getEffect()
        + (r.getRefusal() == null ? "" : " (" + r.getRefusal() + ")")
        + ", hit "
        + r.getHitStatus()
        + (r.getLate() ? ", after the 24 h deadline" : "");
  }
}
