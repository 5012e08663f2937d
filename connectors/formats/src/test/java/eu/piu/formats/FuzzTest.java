package eu.piu.formats;

import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.formats.bench.SyntheticPnrgov;
import eu.piu.formats.json.ParsedJson;
import eu.piu.schema.ApiPassengerList;
import eu.piu.schema.Pnr;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

/**
 * Feeds 100,000 mutated and random messages: byte flips, truncations, duplicated and removed
 * segments, random separators and UNAs, inserted line breaks, shuffles, random bytes, random
 * segment soups. No exception may escape or even happen inside the readers (an internal one shows
 * as a reason naming an exception class), and every input yields records or a rejection (or is an
 * explicitly empty push). A sample of the records is encoded with Avro, which checks that every
 * required field is set, and rendered as JSON.
 */
class FuzzTest {

  private static final int INPUTS = 100_000;
  private static final String[] SEEDS = {
    "pnrgov/full-pnr.edi",
    "pnrgov/multi-pnr.edi",
    "pnrgov/multi-part.edi",
    "pnrgov/infant-tif.edi",
    "pnrgov/sensitive.edi",
    "pnrgov/una-dash-star.edi",
    "pnrgov/una-star-dollar.edi",
    "pnrgov/folded-lines.edi",
    "pnrgov/codeshare-tvl-pair.edi",
    "pnrgov/docs-in-gr5.edi",
    "annex/10-travel-status.edi",
    "annex/16-baggage.edi",
    "annex/19-history.edi",
    "paxlst/d02b.edi",
    "paxlst/d05b-multi-leg.edi",
    "paxlst/custom-separators.edi"
  };
  private static final String[] TAGS = {
    "UNA", "UNB", "UNG", "UNH", "UNT", "UNE", "UNZ", "MSG", "ORG", "TVL", "EQN", "SRC", "RCI",
    "SSR", "DAT", "IFT", "ADD", "EBD", "TIF", "FTI", "REF", "FAR", "TKT", "MON", "PTK", "TXD",
    "FOP", "TRA", "RPI", "APD", "TRI", "SSD", "TBD", "ABI", "SAC", "LTS", "BGM", "NAD", "TDT",
    "LOC", "DTM", "ATT", "NAT", "RFF", "DOC", "MEA", "FTX", "CNT"
  };
  private static final byte[] SPECIAL =
      "+:'?*-$\r\n /.0123456789".getBytes(StandardCharsets.US_ASCII);

  @Test
  void noInputMakesTheParserThrowOrGoSilent() {
    SplittableRandom random = new SplittableRandom(20260303L);
    List<byte[]> seeds = new ArrayList<>();
    for (String s : SEEDS) {
      seeds.add(Fixtures.bytes(s));
    }
    SyntheticPnrgov generator = new SyntheticPnrgov(7);
    for (int i = 0; i < 4; i++) {
      // Small interchanges: variety matters here, not size.
      seeds.add(generator.interchange(new SyntheticPnrgov.Shape(1 + i % 2, i % 2 == 0, i >= 2)));
    }
    CarrierMessageParser parser = new CarrierMessageParser();
    int records = 0;
    int rejections = 0;
    for (int i = 0; i < INPUTS; i++) {
      byte[] input = input(random, seeds);
      ParsedMessage m;
      try {
        m = parser.parse(input, "XX", Instant.EPOCH, "fuzz-" + i);
      } catch (Throwable t) {
        throw new AssertionError("input " + i + " escaped with " + t, t);
      }
      int found = m.pnrs().size() + m.apiLists().size();
      assertThat(found + m.rejections().size() > 0 || m.isEmptyPush())
          .as("input %d yields nothing", i)
          .isTrue();
      for (Rejection r : m.rejections()) {
        assertThat(r.reason())
            .as("input %d: internal exception", i)
            .doesNotContain("Exception")
            .doesNotContain("Error");
        assertThat(r.fromByte()).isBetween(0, input.length);
        assertThat(r.toByte()).isBetween(r.fromByte(), input.length);
        assertThat(r.bytePosition()).isBetween(0, Math.max(0, input.length));
      }
      List<String> notes = new ArrayList<>(m.notes());
      m.pnrs().forEach(p -> notes.addAll(p.notes()));
      m.apiLists().forEach(l -> notes.addAll(l.notes()));
      for (String note : notes) {
        assertThat(note)
            .as("input %d: internal exception", i)
            .doesNotContain("Exception")
            .doesNotContain("Error");
      }
      records += found;
      rejections += m.rejections().size();
      if (i % 25 == 0) {
        for (ParsedPnr p : m.pnrs()) {
          encode(p.pnr(), Pnr.class);
        }
        for (ParsedApiList l : m.apiLists()) {
          encode(l.list(), ApiPassengerList.class);
        }
        ParsedJson.lines(m);
      }
    }
    System.out.printf("fuzz: %d inputs, %d records, %d rejections%n", INPUTS, records, rejections);
    assertThat(records).isPositive();
    assertThat(rejections).isPositive();
  }

  private static byte[] input(SplittableRandom random, List<byte[]> seeds) {
    byte[] seed = seeds.get(random.nextInt(seeds.size()));
    int kind = random.nextInt(12);
    return switch (kind) {
      case 0, 1 -> flipBytes(random, seed);
      case 2 -> Arrays.copyOf(seed, random.nextInt(seed.length + 1));
      case 3 -> editSegments(random, seed, true);
      case 4 -> editSegments(random, seed, false);
      case 5 -> randomSeparators(random, seed);
      case 6 -> randomUna(random, seed);
      case 7 -> insertBreaks(random, seed);
      case 8 -> shuffle(random, seed);
      case 9 -> randomBytes(random);
      case 10 -> segmentSoup(random);
      default ->
          flipBytes(
              random,
              editSegments(random, Arrays.copyOf(seed, random.nextInt(seed.length + 1)), true));
    };
  }

  private static byte[] flipBytes(SplittableRandom random, byte[] seed) {
    byte[] b = seed.clone();
    int flips = 1 + random.nextInt(12);
    for (int i = 0; i < flips && b.length > 0; i++) {
      int at = random.nextInt(b.length);
      b[at] =
          random.nextBoolean()
              ? SPECIAL[random.nextInt(SPECIAL.length)]
              : (byte) random.nextInt(256);
    }
    return b;
  }

  private static List<String> split(byte[] seed) {
    String text = new String(seed, StandardCharsets.ISO_8859_1);
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '*' || c == '$') {
        parts.add(text.substring(from, i + 1));
        from = i + 1;
      }
    }
    parts.add(text.substring(from));
    return parts;
  }

  private static byte[] join(List<String> parts) {
    return String.join("", parts).getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] editSegments(SplittableRandom random, byte[] seed, boolean duplicate) {
    List<String> parts = split(seed);
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits && !parts.isEmpty(); i++) {
      int at = random.nextInt(parts.size());
      if (duplicate) {
        parts.add(random.nextInt(parts.size() + 1), parts.get(at));
      } else {
        parts.remove(at);
      }
    }
    return join(parts);
  }

  private static byte[] randomSeparators(SplittableRandom random, byte[] seed) {
    byte from = SPECIAL[random.nextInt(4)];
    byte to = (byte) (33 + random.nextInt(94));
    byte[] b = seed.clone();
    for (int i = 0; i < b.length; i++) {
      if (b[i] == from) {
        b[i] = to;
      } else if (b[i] == to && random.nextBoolean()) {
        b[i] = from;
      }
    }
    return b;
  }

  private static byte[] randomUna(SplittableRandom random, byte[] seed) {
    StringBuilder una = new StringBuilder("UNA");
    int n = random.nextInt(9);
    for (int i = 0; i < n; i++) {
      una.append((char) SPECIAL[random.nextInt(SPECIAL.length)]);
    }
    String text = new String(seed, StandardCharsets.ISO_8859_1);
    if (text.startsWith("UNA")) {
      text = text.substring(Math.min(text.length(), 9));
    }
    return (una + text).getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] insertBreaks(SplittableRandom random, byte[] seed) {
    StringBuilder sb = new StringBuilder(new String(seed, StandardCharsets.ISO_8859_1));
    int n = 1 + random.nextInt(20);
    for (int i = 0; i < n; i++) {
      sb.insert(random.nextInt(sb.length() + 1), random.nextBoolean() ? "\r\n" : "?");
    }
    return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] shuffle(SplittableRandom random, byte[] seed) {
    List<String> parts = split(seed);
    for (int i = parts.size() - 1; i > 0; i--) {
      if (random.nextInt(4) == 0) {
        int j = random.nextInt(i + 1);
        String t = parts.get(i);
        parts.set(i, parts.get(j));
        parts.set(j, t);
      }
    }
    return join(parts);
  }

  private static byte[] randomBytes(SplittableRandom random) {
    byte[] b = new byte[random.nextInt(2000)];
    for (int i = 0; i < b.length; i++) {
      b[i] =
          random.nextInt(3) == 0
              ? SPECIAL[random.nextInt(SPECIAL.length)]
              : (byte) random.nextInt(256);
    }
    return b;
  }

  private static byte[] segmentSoup(SplittableRandom random) {
    StringBuilder sb = new StringBuilder();
    if (random.nextBoolean()) {
      sb.append("UNB+IATA:1+XX+YY+260301:0815+1'UNH+1+")
          .append(random.nextBoolean() ? "PNRGOV:13:1:IA'" : "PAXLST:D:02B:UN:IATA'");
    }
    int n = random.nextInt(80);
    for (int i = 0; i < n; i++) {
      sb.append(TAGS[random.nextInt(TAGS.length)]);
      int elements = random.nextInt(8);
      for (int e = 0; e < elements; e++) {
        sb.append('+');
        int comps = random.nextInt(10);
        for (int c = 0; c < comps; c++) {
          if (c > 0) {
            sb.append(':');
          }
          sb.append(value(random));
        }
      }
      sb.append('\'');
    }
    return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String value(SplittableRandom random) {
    return switch (random.nextInt(9)) {
      case 0 -> "";
      case 1 -> Integer.toString(random.nextInt(1_000_000));
      case 2 -> "0" + random.nextInt(10) + "0" + (1 + random.nextInt(9)) + "2" + random.nextInt(10);
      case 3 ->
          "/P/BEL/"
              + random.nextInt(99999)
              + "/BEL/"
              + random.nextInt(40)
              + "JAN9"
              + random.nextInt(10)
              + "/F"
              + (random.nextBoolean() ? "I" : "")
              + "//A/B";
      case 4 -> "XXXX" + random.nextLong();
      case 5 -> "HK";
      case 6 -> Long.toString(random.nextLong());
      case 7 -> "NAME" + (char) ('A' + random.nextInt(26));
      default -> "1";
    };
  }

  private static <T extends SpecificRecord> void encode(T record, Class<T> type) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      BinaryEncoder enc = EncoderFactory.get().binaryEncoder(out, null);
      new SpecificDatumWriter<>(type).write(record, enc);
      enc.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
