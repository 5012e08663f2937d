package eu.piu.schema;

import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.schema.internal.EntriesAtKey;
import eu.piu.schema.internal.EntryAtKey;
import eu.piu.schema.internal.GroupedHit;
import eu.piu.schema.internal.HitDecision;
import eu.piu.schema.internal.HitState;
import eu.piu.schema.internal.NameListUpdate;
import eu.piu.schema.internal.PassengerProbe;
import eu.piu.schema.internal.SourceRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated classes' data model reads and writes exactly what plain Avro does: random records
 * of every record type, each field null or not at random, written by plain Avro, read back by both
 * models into equal objects and written again byte for byte the same.
 */
class FastSpecificDataTest {

  private static final int RECORDS_PER_TYPE = 300;

  static Stream<Class<? extends SpecificRecord>> recordTypes() {
    return Stream.of(
        Pnr.class,
        WatchlistEntry.class,
        Profile.class,
        Hit.class,
        ServiceNotification.class,
        AuditEvent.class,
        DeadLetter.class,
        CarrierMessage.class,
        ApiPassengerList.class,
        Decision.class,
        DecisionResult.class,
        IdentificationCode.class,
        FollowUp.class,
        OcamTransfer.class,
        OverdueAlert.class,
        PassengerProbe.class,
        EntryAtKey.class,
        EntriesAtKey.class,
        GroupedHit.class,
        HitDecision.class,
        HitState.class,
        NameListUpdate.class,
        SourceRecord.class);
  }

  @ParameterizedTest
  @MethodSource("recordTypes")
  <T extends SpecificRecord> void readsAndWritesAsPlainAvro(Class<T> type) throws IOException {
    SpecificData fast = SpecificData.getForClass(type);
    assertThat(fast).isInstanceOf(FastSpecificData.class);
    assertThat(fast.isFastReaderEnabled()).isTrue();
    SpecificData plain = plainModel();
    Schema schema = SpecificData.get().getSchema(type);
    Random random = new Random(type.getName().hashCode());

    for (int i = 0; i < RECORDS_PER_TYPE; i++) {
      byte[] written = writeGeneric(schema, randomValue(schema, random, 0));

      T fastRead = read(type, schema, fast, written);
      T plainRead = read(type, schema, plain, written);

      assertThat(fastRead).isEqualTo(plainRead);
      assertThat(write(schema, fast, fastRead)).isEqualTo(written);
    }
  }

  private static SpecificData plainModel() {
    SpecificData plain = new SpecificData();
    plain.addLogicalTypeConversion(new TimeConversions.DateConversion());
    plain.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
    plain.addLogicalTypeConversion(new Conversions.DecimalConversion());
    return plain;
  }

  private static <T> T read(Class<T> type, Schema schema, SpecificData model, byte[] bytes)
      throws IOException {
    SpecificDatumReader<T> reader = new SpecificDatumReader<>(schema, schema, model);
    return type.cast(reader.read(null, DecoderFactory.get().binaryDecoder(bytes, null)));
  }

  private static byte[] write(Schema schema, SpecificData model, Object datum) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new SpecificDatumWriter<>(schema, model).write(datum, encoder);
    encoder.flush();
    return out.toByteArray();
  }

  private static byte[] writeGeneric(Schema schema, Object datum) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new GenericDatumWriter<>(schema, new GenericData()).write(datum, encoder);
    encoder.flush();
    return out.toByteArray();
  }

  /** A random datum of {@code schema}, logical types as their underlying Avro types. */
  private static Object randomValue(Schema schema, Random random, int depth) {
    switch (schema.getType()) {
      case RECORD:
        GenericData.Record record = new GenericData.Record(schema);
        for (Schema.Field field : schema.getFields()) {
          record.put(field.pos(), randomValue(field.schema(), random, depth + 1));
        }
        return record;
      case ENUM:
        List<String> symbols = schema.getEnumSymbols();
        return new GenericData.EnumSymbol(schema, symbols.get(random.nextInt(symbols.size())));
      case ARRAY:
        List<Object> items = new ArrayList<>();
        for (int i = random.nextInt(depth > 3 ? 1 : 4); i > 0; i--) {
          items.add(randomValue(schema.getElementType(), random, depth + 1));
        }
        return items;
      case MAP:
        Map<String, Object> map = new HashMap<>();
        for (int i = random.nextInt(depth > 3 ? 1 : 4); i > 0; i--) {
          map.put(
              "k" + random.nextInt(1000), randomValue(schema.getValueType(), random, depth + 1));
        }
        return map;
      case UNION:
        List<Schema> branches = schema.getTypes();
        return randomValue(branches.get(random.nextInt(branches.size())), random, depth + 1);
      case FIXED:
        byte[] fixed = new byte[schema.getFixedSize()];
        random.nextBytes(fixed);
        return new GenericData.Fixed(schema, fixed);
      case STRING:
        return randomString(random);
      case BYTES:
        byte[] bytes = new byte[1 + random.nextInt(8)];
        random.nextBytes(bytes);
        return ByteBuffer.wrap(bytes);
      case INT:
        return random.nextInt(60_000);
      case LONG:
        return random.nextLong() % 4_000_000_000_000L;
      case FLOAT:
        return random.nextFloat();
      case DOUBLE:
        return random.nextDouble();
      case BOOLEAN:
        return random.nextBoolean();
      case NULL:
        return null;
      default:
        throw new IllegalArgumentException("no random value for " + schema);
    }
  }

  private static String randomString(Random random) {
    String[] samples = {"", "PEETERS", "Ünal Çelik", "Мария", "محمد", "李", "a\"b\\c"};
    return samples[random.nextInt(samples.length)] + random.nextInt(100);
  }
}
