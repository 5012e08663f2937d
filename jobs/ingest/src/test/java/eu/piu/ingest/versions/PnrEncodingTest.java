package eu.piu.ingest.versions;

import static eu.piu.ingest.IngestFixtures.FIRST_PUSH;
import static eu.piu.ingest.IngestFixtures.RETENTION;
import static eu.piu.ingest.IngestFixtures.SECOND_PUSH;
import static eu.piu.ingest.IngestFixtures.passenger;
import static eu.piu.ingest.IngestFixtures.pnr;
import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.connectors.serde.AvroCodec;
import eu.piu.formats.CarrierMessageParser;
import eu.piu.formats.ParsedPnr;
import eu.piu.formats.bench.SyntheticPnrgov;
import eu.piu.ingest.audit.Digests;
import eu.piu.ingest.internal.EncodedPnr;
import eu.piu.schema.Pnr;
import eu.piu.schema.PushType;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One pass gives the topic's bytes and the content hash, both as their definitions give them. */
class PnrEncodingTest {

  private final PnrEncoding encoding = new PnrEncoding(RETENTION);
  private final AvroCodec<Pnr> codec = AvroCodec.of(Pnr.class);
  private final PnrContent content = new PnrContent();

  /**
   * The content hash as versions before this one computed it, which savepoints hold: the topic
   * encoding of the PNR with its push metadata blanked, hashed.
   */
  private String savedHash(Pnr pnr) {
    Pnr blanked =
        Pnr.newBuilder(pnr)
            .setVersion(0)
            .setPushedAt(Instant.EPOCH)
            .setSourceMessageId(null)
            .setPushType(PushType.UNKNOWN)
            .setPushedFlight(null)
            .setMessageVersion(null)
            .build();
    return Digests.of(codec.encode(blanked));
  }

  @Test
  void bytesAreTheTopicEncodingAndTheHashIsTheContentHash() {
    List<Pnr> pnrs = generatedPnrs();
    pnrs.add(pnr("K7QX2M", FIRST_PUSH, passenger("P-1", "VANDERBEEK", "TOMAS", null, null)));
    Pnr bare = Pnr.newBuilder(pnrs.get(0)).setSourceMessageId(null).setPushedFlight(null).build();
    pnrs.add(bare);

    for (Pnr pnr : pnrs) {
      EncodedPnr encoded = encoding.of(pnr);
      assertThat(bytes(encoded.getPnr())).isEqualTo(codec.encode(pnr));
      assertThat(encoded.getContent()).isEqualTo(savedHash(pnr)).isEqualTo(content.hash(pnr));
      assertThat(encoding.decode(encoded.getPnr())).isEqualTo(pnr);
      assertThat(encoded.getVersion()).isEqualTo(pnr.getVersion());
    }
  }

  @Test
  void onlyThePushMetadataLeavesTheHashAlone() {
    Pnr pnr = generatedPnrs().get(0);
    Pnr pushedAgain =
        Pnr.newBuilder(pnr)
            .setVersion(SECOND_PUSH.toEpochMilli())
            .setPushedAt(SECOND_PUSH)
            .setSourceMessageId("another message")
            .setPushType(PushType.CHANGES)
            .setPushedFlight(null)
            .setMessageVersion("14:1")
            .build();
    Pnr changed = Pnr.newBuilder(pnr).setGroupName("CHOIR").build();

    assertThat(encoding.of(pushedAgain).getContent()).isEqualTo(encoding.of(pnr).getContent());
    assertThat(encoding.of(changed).getContent()).isNotEqualTo(encoding.of(pnr).getContent());
  }

  private static List<Pnr> generatedPnrs() {
    SyntheticPnrgov generator = new SyntheticPnrgov(11, LocalDate.parse("2026-03-03"));
    CarrierMessageParser parser = new CarrierMessageParser();
    List<Pnr> pnrs = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      byte[] interchange = generator.interchange(generator.randomShape());
      for (ParsedPnr parsed : parser.parse(interchange, "TEST", Instant.EPOCH, "m" + i).pnrs()) {
        pnrs.add(parsed.pnr());
      }
    }
    assertThat(pnrs).hasSizeGreaterThan(20);
    return pnrs;
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.remaining()];
    buffer.duplicate().get(bytes);
    return bytes;
  }
}
