package eu.piu.ingest.versions;

import eu.piu.ingest.internal.EncodedPnr;
import eu.piu.schema.Pnr;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * A PNR on its way to its versions, in the topic's encoding with its content hash: encoded here,
 * chained to the parser, it crosses to the versions' subtask as bytes and is written to the topic
 * as it is unless API data or a raised version changes it.
 */
public final class EncodePnr extends RichMapFunction<Pnr, EncodedPnr> {

  private static final long serialVersionUID = 1L;

  private final Duration retention;

  private transient PnrEncoding encoding;

  public EncodePnr(Duration retention) {
    this.retention = retention;
  }

  @Override
  public void open(OpenContext openContext) {
    encoding = new PnrEncoding(retention);
  }

  @Override
  public EncodedPnr map(Pnr pnr) {
    return encoding.of(pnr);
  }
}
