package eu.piu.hits.codes;

import static eu.piu.hits.HitsDescriptors.JOURNALED_CODE;

import eu.piu.hits.audit.HitsAuditEvents;
import eu.piu.schema.AuditEvent;
import eu.piu.schema.IdentificationCode;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Journals every change to the identification code list once (RD 21-12-2017 art. 7: the DPO
 * receives the list and each change). Keyed by code, so that the broadcast registry's copies do not
 * journal it once per instance, and re-reading the compacted topic journals nothing new. Codes are
 * few and their history matters, so the last version is kept for good.
 */
public final class CodeJournalFunction
    extends KeyedProcessFunction<String, IdentificationCode, AuditEvent> {

  private static final long serialVersionUID = 1L;

  private transient ValueState<IdentificationCode> journaled;

  @Override
  public void open(OpenContext openContext) {
    journaled = getRuntimeContext().getState(JOURNALED_CODE);
  }

  @Override
  public void processElement(IdentificationCode code, Context ctx, Collector<AuditEvent> out)
      throws Exception {
    IdentificationCode last = journaled.value();
    if (last != null && !code.getUpdatedAt().isAfter(last.getUpdatedAt())) {
      return;
    }
    journaled.update(code);
    out.collect(HitsAuditEvents.codeChange(code));
  }
}
