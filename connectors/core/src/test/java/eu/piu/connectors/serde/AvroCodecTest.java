package eu.piu.connectors.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.piu.schema.ChangeOp;
import eu.piu.schema.PersonName;
import eu.piu.schema.WatchlistEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AvroCodecTest {

  private final AvroCodec<WatchlistEntry> codec = AvroCodec.of(WatchlistEntry.class);

  static WatchlistEntry entry() {
    return WatchlistEntry.newBuilder()
        .setListId("police-wanted")
        .setEntryId("e-1")
        .setVersion(3)
        .setOp(ChangeOp.UPSERT)
        .setOwningService("POLICE")
        .setNames(List.of(new PersonName("Jan DE VRIES", "DE VRIES", "Jan")))
        .setDatesOfBirth(List.of("1971-04-02"))
        .setUpdatedAt(Instant.parse("2026-11-20T10:15:30.123Z"))
        .build();
  }

  @Test
  void encodesWithTheSingleObjectHeaderAndDecodesBack() throws Exception {
    byte[] bytes = codec.encode(entry());

    assertThat(bytes[0]).isEqualTo((byte) 0xC3);
    assertThat(bytes[1]).isEqualTo((byte) 0x01);
    assertThat(codec.decode(bytes)).isEqualTo(entry());
  }

  @Test
  void refusesBytesWithoutTheHeader() {
    assertThatThrownBy(() -> codec.decode("UNA:+.? 'UNB+IATA".getBytes()))
        .isInstanceOf(UndecodableRecordException.class)
        .hasMessageContaining("not Avro single-object encoding");
  }

  @Test
  void refusesAnotherContractsRecord() {
    byte[] hitBytes = AvroCodec.of(PersonName.class).encode(new PersonName("A B", "B", "A"));

    assertThatThrownBy(() -> codec.decode(hitBytes))
        .isInstanceOf(UndecodableRecordException.class)
        .hasMessageContaining("unknown writer schema fingerprint");
  }

  @Test
  void refusesATruncatedPayload() {
    byte[] bytes = codec.encode(entry());
    byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length - 8);

    assertThatThrownBy(() -> codec.decode(truncated))
        .isInstanceOf(UndecodableRecordException.class)
        .hasMessageContaining("corrupt WatchlistEntry");
  }

  @Test
  void documentsRenderTimesDatesAndEnumsAsText() {
    Map<String, Object> document = AvroDocuments.of(entry());

    assertThat(document)
        .containsEntry("op", "UPSERT")
        .containsEntry("updatedAt", "2026-11-20T10:15:30.123Z")
        .containsEntry("version", 3L);
    assertThat(document.get("names"))
        .isEqualTo(
            List.of(
                Map.of("fullName", "Jan DE VRIES", "surname", "DE VRIES", "givenNames", "Jan")));
  }
}
