package eu.piu.connectors.deadletter;

import eu.piu.connectors.serde.AvroCodec;
import eu.piu.connectors.serde.UndecodableRecordException;
import eu.piu.schema.DeadLetter;
import eu.piu.schema.internal.SourceRecord;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Decodes and validates records of one contract. A record that fails either goes to the dead-letter
 * side output with its bytes, origin and reason, and is counted; the job goes on.
 */
public final class DecodeOrDeadLetter<T extends SpecificRecord>
    extends ProcessFunction<SourceRecord, T> {

  private static final long serialVersionUID = 1L;

  private final AvroCodec<T> codec;
  private final RecordValidator<T> validator;
  private final OutputTag<DeadLetter> deadLetters;
  private final String job;

  private transient Counter deadLetterCount;

  public DecodeOrDeadLetter(
      AvroCodec<T> codec,
      RecordValidator<T> validator,
      OutputTag<DeadLetter> deadLetters,
      String job) {
    this.codec = codec;
    this.validator = validator;
    this.deadLetters = deadLetters;
    this.job = job;
  }

  /**
   * A topic read by a job, decoded: the source and its decoding, with the stable uids ({@code
   * <name>-source}, {@code decode-<name>}) that savepoints map state by.
   */
  public static <T extends SpecificRecordBase> SingleOutputStreamOperator<T> fromTopic(
      StreamExecutionEnvironment env,
      Source<SourceRecord, ?, ?> source,
      String name,
      Class<T> type,
      RecordValidator<T> validator,
      OutputTag<DeadLetter> deadLetters,
      String job) {
    return env.fromSource(source, WatermarkStrategy.noWatermarks(), name + " topic")
        .uid(name + "-source")
        .process(new DecodeOrDeadLetter<>(AvroCodec.of(type), validator, deadLetters, job))
        .returns(new AvroTypeInfo<>(type))
        .uid("decode-" + name)
        .name("decode " + name + " or dead-letter");
  }

  @Override
  public void open(OpenContext openContext) {
    deadLetterCount = getRuntimeContext().getMetricGroup().counter("deadLetters");
  }

  @Override
  public void processElement(SourceRecord record, Context ctx, Collector<T> out) {
    T decoded;
    try {
      decoded = codec.decode(bytesOf(record.getValue()));
    } catch (UndecodableRecordException e) {
      reject(ctx, DeadLetters.of(record, job, DeadLetters.DESERIALIZATION, e.getMessage()));
      return;
    }
    List<String> problems;
    try {
      problems = validator.problems(decoded);
    } catch (RuntimeException e) {
      problems = List.of("validation failed: " + e.getClass().getSimpleName());
    }
    if (problems.isEmpty()) {
      out.collect(decoded);
    } else {
      reject(ctx, DeadLetters.of(record, job, DeadLetters.VALIDATION, String.join("; ", problems)));
    }
  }

  private void reject(Context ctx, DeadLetter letter) {
    deadLetterCount.inc();
    ctx.output(deadLetters, letter);
  }

  private static byte[] bytesOf(ByteBuffer buffer) {
    if (buffer == null) {
      return null;
    }
    ByteBuffer view = buffer.duplicate();
    byte[] bytes = new byte[view.remaining()];
    view.get(bytes);
    return bytes;
  }
}
