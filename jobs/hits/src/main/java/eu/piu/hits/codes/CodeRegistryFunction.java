package eu.piu.hits.codes;

import static eu.piu.hits.HitsDescriptors.AUDIT;
import static eu.piu.hits.HitsDescriptors.CODES;
import static eu.piu.hits.HitsDescriptors.DECISION_RESULTS;

import eu.piu.hits.audit.HitsAuditEvents;
import eu.piu.hits.lifecycle.HitLifecycle;
import eu.piu.schema.Decision;
import eu.piu.schema.DecisionEffect;
import eu.piu.schema.DecisionResult;
import eu.piu.schema.IdentificationCode;
import eu.piu.schema.Refusal;
import eu.piu.schema.internal.HitDecision;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The identification code registry (RD 21-12-2017 art. 7), broadcast from its compacted topic:
 * decisions whose code may not decide are refused here (a result and a journal entry, never
 * applied); the others go on to their hit with the decider's service.
 */
public final class CodeRegistryFunction
    extends BroadcastProcessFunction<Decision, IdentificationCode, HitDecision> {

  private static final long serialVersionUID = 1L;

  private transient Counter refused;

  @Override
  public void open(OpenContext openContext) {
    refused = getRuntimeContext().getMetricGroup().counter("decisionsRefusedByRegistry");
  }

  @Override
  public void processElement(Decision decision, ReadOnlyContext ctx, Collector<HitDecision> out)
      throws Exception {
    IdentificationCode code = ctx.getBroadcastState(CODES).get(decision.getCode());
    Optional<Refusal> refusal = DecisionCheck.check(decision, code);
    if (refusal.isPresent()) {
      refused.inc();
      DecisionResult result = HitLifecycle.refusedByRegistry(decision, refusal.get());
      ctx.output(DECISION_RESULTS, result);
      ctx.output(AUDIT, HitsAuditEvents.decision(result, code == null ? null : code.getService()));
      return;
    }
    out.collect(new HitDecision(decision, code.getService(), DecisionEffect.UNKNOWN, false));
  }

  @Override
  public void processBroadcastElement(
      IdentificationCode code, Context ctx, Collector<HitDecision> out) throws Exception {
    BroadcastState<String, IdentificationCode> codes = ctx.getBroadcastState(CODES);
    IdentificationCode known = codes.get(code.getCode());
    // Re-reading the compacted topic must not bring back an older version.
    if (known == null || !code.getUpdatedAt().isBefore(known.getUpdatedAt())) {
      codes.put(code.getCode(), code);
    }
  }
}
