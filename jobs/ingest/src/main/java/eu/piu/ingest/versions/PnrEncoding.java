package eu.piu.ingest.versions;

import eu.piu.connectors.serde.AvroCodec;
import eu.piu.connectors.serde.UndecodableRecordException;
import eu.piu.ingest.Expiry;
import eu.piu.ingest.internal.EncodedPnr;
import eu.piu.schema.Pnr;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.Encoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;

/**
 * PNRs in the pnr topic's encoding (Avro single-object), as the versions handle them: encoded once
 * when they come in, decoded only when API data is to be joined or the version raised.
 *
 * <p>Encoding is also what the content hash ({@link PnrContent}) costs, so both come from one pass:
 * the hash is taken over the encoded bytes with each push metadata field's bytes replaced by those
 * of its blanked value, which are the bytes {@link PnrContent#hash} encodes, so it is the same
 * hash.
 */
public final class PnrEncoding {

  private static final Schema SCHEMA = Pnr.getClassSchema();
  private static final Set<String> PUSH_FIELDS = PnrContent.PUSH_FIELDS;

  private final AvroCodec<Pnr> codec = AvroCodec.of(Pnr.class);
  private final Duration retention;
  private final byte[] header;
  private final FieldTrackingWriter writer = new FieldTrackingWriter();
  private final Output output = new Output();
  private final MessageDigest sha;
  private final byte[][] blanked = new byte[SCHEMA.getFields().size()][];
  private BinaryEncoder encoder;

  public PnrEncoding(Duration retention) {
    this.retention = retention;
    this.header = singleObjectHeader();
    try {
      this.sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
    write(PnrContent.EMPTY);
    for (Schema.Field field : SCHEMA.getFields()) {
      if (PUSH_FIELDS.contains(field.name())) {
        int pos = field.pos();
        blanked[pos] = Arrays.copyOfRange(output.bytes, writer.starts[pos], writer.ends[pos]);
      }
    }
  }

  /** A PNR version as it came in. */
  public EncodedPnr of(Pnr pnr) {
    write(pnr);
    byte[] bytes = Arrays.copyOf(output.bytes, output.size);
    return EncodedPnr.newBuilder()
        .setPnrId(pnr.getPnrId())
        .setVersion(pnr.getVersion())
        .setPushedAt(pnr.getPushedAt())
        .setSourceMessageId(pnr.getSourceMessageId())
        .setExpiresAt(Expiry.of(pnr.getLegs(), retention))
        .setContent(contentHash())
        .setPnr(ByteBuffer.wrap(bytes))
        .build();
  }

  /** The PNR these bytes encode. */
  public Pnr decode(ByteBuffer bytes) {
    ByteBuffer view = bytes.duplicate();
    byte[] array = new byte[view.remaining()];
    view.get(array);
    try {
      return codec.decode(array);
    } catch (UndecodableRecordException e) {
      // Encoded by this job: only a corrupt state gets here.
      throw new IllegalStateException("PNR kept by the versions unreadable", e);
    }
  }

  private void write(Pnr pnr) {
    output.size = 0;
    output.write(header, 0, header.length);
    encoder = EncoderFactory.get().directBinaryEncoder(output, encoder);
    writer.top = pnr;
    try {
      writer.write(pnr, encoder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.top = null;
    }
  }

  /** {@link PnrContent#hash} of what was written last. */
  private String contentHash() {
    int from = 0;
    for (Schema.Field field : SCHEMA.getFields()) {
      int pos = field.pos();
      if (blanked[pos] != null) {
        sha.update(output.bytes, from, writer.starts[pos] - from);
        sha.update(blanked[pos]);
        from = writer.ends[pos];
      }
    }
    sha.update(output.bytes, from, output.size - from);
    return HexFormat.of().formatHex(sha.digest(), 0, 16);
  }

  /** Avro single-object header: marker C3 01, then the schema fingerprint, little-endian. */
  private static byte[] singleObjectHeader() {
    long fingerprint = SchemaNormalization.parsingFingerprint64(SCHEMA);
    byte[] header = new byte[10];
    header[0] = (byte) 0xC3;
    header[1] = (byte) 0x01;
    for (int i = 0; i < 8; i++) {
      header[2 + i] = (byte) (fingerprint >>> (8 * i));
    }
    return header;
  }

  /** Notes where each field of the top-level PNR starts and ends in the output. */
  private final class FieldTrackingWriter extends SpecificDatumWriter<Pnr> {

    private final int[] starts = new int[SCHEMA.getFields().size()];
    private final int[] ends = new int[SCHEMA.getFields().size()];
    private Pnr top;

    FieldTrackingWriter() {
      super(SCHEMA, SpecificData.getForClass(Pnr.class));
    }

    @Override
    protected void writeField(Object datum, Schema.Field field, Encoder out, Object state)
        throws IOException {
      if (datum != top) {
        super.writeField(datum, field, out, state);
        return;
      }
      starts[field.pos()] = output.size;
      super.writeField(datum, field, out, state);
      ends[field.pos()] = output.size;
    }
  }

  /** A growing byte array, reused from one PNR to the next. */
  private static final class Output extends OutputStream {

    private byte[] bytes = new byte[4096];
    private int size;

    @Override
    public void write(int b) {
      ensure(1);
      bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      ensure(len);
      System.arraycopy(b, off, bytes, size, len);
      size += len;
    }

    private void ensure(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
      }
    }
  }
}
