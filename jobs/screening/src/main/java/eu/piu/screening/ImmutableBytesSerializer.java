package eu.piu.screening;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Byte arrays that are never modified once stored. Broadcast state is copied synchronously at every
 * checkpoint with its value serializer's {@code copy}; for encoded reference data that copy can be
 * the array itself, which turns a deep copy of every list entry into a shallow map copy.
 */
public final class ImmutableBytesSerializer extends TypeSerializerSingleton<byte[]> {

  private static final long serialVersionUID = 1L;

  public static final ImmutableBytesSerializer INSTANCE = new ImmutableBytesSerializer();

  private static final byte[] EMPTY = new byte[0];

  @Override
  public boolean isImmutableType() {
    return true;
  }

  @Override
  public byte[] createInstance() {
    return EMPTY;
  }

  @Override
  public byte[] copy(byte[] from) {
    return from;
  }

  @Override
  public byte[] copy(byte[] from, byte[] reuse) {
    return from;
  }

  @Override
  public int getLength() {
    return -1;
  }

  @Override
  public void serialize(byte[] record, DataOutputView target) throws IOException {
    target.writeInt(record.length);
    target.write(record);
  }

  @Override
  public byte[] deserialize(DataInputView source) throws IOException {
    byte[] bytes = new byte[source.readInt()];
    source.readFully(bytes);
    return bytes;
  }

  @Override
  public byte[] deserialize(byte[] reuse, DataInputView source) throws IOException {
    return deserialize(source);
  }

  @Override
  public void copy(DataInputView source, DataOutputView target) throws IOException {
    int length = source.readInt();
    target.writeInt(length);
    target.write(source, length);
  }

  @Override
  public TypeSerializerSnapshot<byte[]> snapshotConfiguration() {
    return new Snapshot();
  }

  /** Compatible with itself across versions: the format is a length and the bytes. */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<byte[]> {
    public Snapshot() {
      super(() -> INSTANCE);
    }
  }
}
