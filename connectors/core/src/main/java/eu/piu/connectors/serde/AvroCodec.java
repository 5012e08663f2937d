package eu.piu.connectors.serde;

import eu.piu.schema.contract.ReleasedSchemas;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Avro single-object encoding of one topic contract: every message starts with the fingerprint of
 * its writer schema, so that a consumer resolves records written by any released version.
 */
public final class AvroCodec<T extends SpecificRecord> implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private transient BinaryMessageEncoder<T> encoder;
  private transient BinaryMessageDecoder<T> decoder;

  private AvroCodec(Class<T> type) {
    this.type = type;
  }

  public static <T extends SpecificRecord> AvroCodec<T> of(Class<T> type) {
    return new AvroCodec<>(type);
  }

  public Class<T> type() {
    return type;
  }

  public byte[] encode(T record) {
    try {
      ByteBuffer buffer = encoder().encode(record);
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public T decode(byte[] bytes) throws UndecodableRecordException {
    if (bytes == null || bytes.length == 0) {
      throw new UndecodableRecordException("empty payload", null);
    }
    try {
      return decoder().decode(bytes);
    } catch (BadHeaderException e) {
      throw new UndecodableRecordException(
          "not Avro single-object encoding (no C3 01 header): " + e.getMessage(), e);
    } catch (MissingSchemaException e) {
      throw new UndecodableRecordException(
          "unknown writer schema fingerprint for " + type.getSimpleName() + ": " + e.getMessage(),
          e);
    } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException e) {
      throw new UndecodableRecordException(
          "corrupt " + type.getSimpleName() + " payload: " + e.getClass().getSimpleName(), e);
    }
  }

  private BinaryMessageEncoder<T> encoder() {
    if (encoder == null) {
      encoder = new BinaryMessageEncoder<>(model(), schema());
    }
    return encoder;
  }

  private BinaryMessageDecoder<T> decoder() {
    if (decoder == null) {
      decoder = new BinaryMessageDecoder<>(model(), schema());
      for (Schema released : ReleasedSchemas.of(type.getSimpleName())) {
        decoder.addSchema(released);
      }
    }
    return decoder;
  }

  private SpecificData model() {
    return SpecificData.getForClass(type);
  }

  private Schema schema() {
    return SpecificData.get().getSchema(type);
  }
}
