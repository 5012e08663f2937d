package eu.piu.formats.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates realistic PNRGOV interchanges with fabricated people: several PNRs per message, 1 to 6
 * passengers, 1 to 4 legs, DOCS, FTI, contacts, tickets with fares, forms of payment, seats,
 * check-in with bags, history, and the sensitive SSRs and remarks a real feed carries. Optionally
 * folded at a fixed width or written with non-default separators. Deterministic for a seed.
 */
public final class SyntheticPnrgov {

  private static final String[] SYLLABLES = {
    "AN", "BER", "CO", "DA", "EL", "FI", "GO", "HAN", "IS", "JO", "KA", "LU", "MAR", "NO", "OS",
    "PE", "QUI", "RA", "SO", "TEL", "UR", "VAN", "WIL", "XE", "YA", "ZEN"
  };
  private static final String[] AIRPORTS = {
    "BRU", "FRA", "CDG", "AMS", "LHR", "MAD", "FCO", "IST", "JFK", "DXB", "ATL", "YUL", "NBO",
    "DEL", "SIN", "LIS", "VIE", "ZRH", "CPH", "WAW"
  };
  private static final String[] CARRIERS = {"SN", "LH", "AF", "KL", "BA", "TK", "DL", "AC"};
  private static final String[] MEALS = {"VGML", "MOML", "KSML", "DBML", "GFML", "AVML"};
  private static final String[] MEDICAL = {"WCHR", "MEDA", "BLND", "DEAF", "OXYG"};
  private static final String[] TITLES = {"MR", "MRS", "MS", ""};
  private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");
  private static final DateTimeFormatter DDMMMYY =
      DateTimeFormatter.ofPattern("ddMMMyy", Locale.ROOT);

  private final SplittableRandom random;
  private final LocalDate firstDay;
  private int locatorCounter;

  public SyntheticPnrgov(long seed) {
    this(seed, LocalDate.of(2026, 1, 1));
  }

  /** Flights depart from {@code firstDay} on, over the following 300 days. */
  public SyntheticPnrgov(long seed, LocalDate firstDay) {
    this.random = new SplittableRandom(seed);
    this.firstDay = firstDay;
  }

  /** Options of one interchange. */
  public record Shape(int pnrs, boolean folded, boolean customSeparators) {}

  public Shape randomShape() {
    return new Shape(1 + random.nextInt(12), random.nextInt(10) == 0, random.nextInt(10) == 0);
  }

  /** One interchange (UNA? UNB UNG UNH ... UNT UNE UNZ) as bytes. */
  public byte[] interchange(Shape shape) {
    Writer w = new Writer(shape.customSeparators());
    String carrier = pick(CARRIERS);
    LocalDate day = firstDay.plusDays(random.nextInt(300));
    String from = pick(AIRPORTS);
    String to = other(from);
    int flight = 100 + random.nextInt(8900);
    String ref = Long.toString(1_000_000_000L + random.nextInt(1_000_000_000));
    if (shape.customSeparators()) {
      w.raw("UNA:*.? '");
    }
    w.seg("UNB", "IATA:1", carrier, "BEPIU", day.minusDays(1).format(DDMMYY) + ":2210", ref);
    w.seg(
        "UNG",
        "PNRGOV",
        carrier,
        "BEPIU",
        day.minusDays(1).format(DDMMYY) + ":2210",
        ref,
        "IA",
        "13:1");
    w.seg("UNH", "1", "PNRGOV:13:1:IA", carrier + flight);
    w.seg("MSG", ":" + (random.nextInt(4) == 0 ? "141" : "22"));
    w.seg("ORG", carrier + ":" + from);
    w.seg(
        "TVL",
        day.format(DDMMYY) + ":1015:" + day.format(DDMMYY) + ":1340",
        from,
        to,
        carrier,
        Integer.toString(flight));
    w.seg("EQN", Integer.toString(shape.pnrs()));
    for (int i = 0; i < shape.pnrs(); i++) {
      pnr(w, carrier, day, from, to, flight);
    }
    w.seg("UNT", Integer.toString(w.segments + 1), "1");
    w.seg("UNE", "1", ref);
    w.seg("UNZ", "1", ref);
    String text = w.sb.toString();
    if (shape.folded()) {
      text = fold(text, 70);
    }
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private void pnr(Writer w, String carrier, LocalDate day, String from, String to, int flight) {
    String locator = locator();
    LocalDate created = day.minusDays(5 + random.nextInt(60));
    int pax = 1 + random.nextInt(6);
    int legs = 1 + random.nextInt(4);
    w.seg("SRC");
    w.seg("RCI", carrier + ":" + locator + "::" + created.format(DDMMYY) + ":" + time());
    if (random.nextInt(5) == 0) {
      w.seg("SSR", pick(MEALS) + ":HK:" + pax + ":" + carrier);
    }
    w.seg(
        "DAT",
        "700:" + day.minusDays(2).format(DDMMYY) + ":" + time(),
        "710:" + created.format(DDMMYY) + ":" + time());
    if (random.nextInt(4) == 0) {
      w.seg("IFT", "4:28::" + carrier, "PASSENGER PREFERS AISLE NEAR FRONT");
    }
    w.seg(
        "ORG",
        "1A:BRU",
        "9" + (1000000 + random.nextInt(8999999)) + ":BRU1A0980",
        "",
        "",
        "T",
        "BE:EUR",
        "A" + random.nextInt(9999));
    w.seg(
        "ADD",
        "",
        "700:"
            + (1 + random.nextInt(200))
            + " RUE "
            + name()
            + ":BRUXELLES::::1000:32"
            + (470000000 + random.nextInt(99999999)));
    String surname = name() + name();
    for (int p = 1; p <= pax; p++) {
      String given = name() + pick(TITLES);
      boolean family = random.nextInt(3) > 0;
      String sn = family ? surname : name() + name();
      w.seg("TIF", sn, given + ":A:" + p);
      w.seg("FTI", carrier + ":" + (100000000 + random.nextInt(899999999)) + ":::GOLD");
      w.seg(
          "IFT", "4:28::" + carrier, "CTCE " + given.toLowerCase(Locale.ROOT) + "..X//EXAMPLE.COM");
      w.seg("REF", ":" + (500000000 + random.nextInt(400000000)));
      w.seg("FAR", "N", "", "", "", "", "Y" + random.nextInt(99));
      LocalDate dob =
          LocalDate.of(1940 + random.nextInt(70), 1 + random.nextInt(12), 1 + random.nextInt(28));
      w.seg(
          "SSR",
          "DOCS:HK::"
              + carrier
              + ":::::/P/BEL/"
              + (10000000 + random.nextInt(89999999))
              + "/BEL/"
              + dob.format(DDMMMYY).toUpperCase(Locale.ROOT)
              + "/"
              + (random.nextBoolean() ? "M" : "F")
              + "/"
              + day.plusYears(3).format(DDMMMYY).toUpperCase(Locale.ROOT)
              + "/"
              + sn
              + "/"
              + given);
      if (random.nextInt(10) == 0) {
        w.seg("SSR", pick(MEDICAL) + ":HK:1:" + carrier, "", "::" + p);
      }
      w.seg("TKT", "082" + (1000000000L + random.nextInt(999999999)) + ":T:1");
      w.seg(
          "MON",
          "B:" + (100 + random.nextInt(900)) + ".00:EUR",
          "T:" + (200 + random.nextInt(900)) + ".45:EUR");
      w.seg("PTK", "NR", "", created.format(DDMMYY) + ":" + time(), carrier, "082", "BRU");
      w.seg("TXD", "", "12.50:::BE", "4.30:::XY", "22.10:::YQ");
      w.seg("DAT", "710:" + created.format(DDMMYY) + ":" + time());
      w.seg(
          "FOP",
          "CC:::VI:XXXXXXXXXXXX"
              + (1000 + random.nextInt(8999))
              + ":0"
              + (1 + random.nextInt(9))
              + "29");
      w.seg(
          "IFT",
          "4:43",
          given + " " + sn,
          "12 AVENUE " + name() + " BRUXELLES",
          "+32 2 555 " + (1000 + random.nextInt(8999)));
    }
    String origin = from;
    LocalDate legDay = day;
    for (int l = 0; l < legs; l++) {
      String dest = l == 0 ? to : other(origin);
      int number = l == 0 ? flight : 100 + random.nextInt(8900);
      String c = l == 0 ? carrier : pick(CARRIERS);
      w.seg(
          "TVL",
          legDay.format(DDMMYY) + ":" + time() + ":" + legDay.format(DDMMYY) + ":" + time(),
          origin,
          dest,
          c,
          number + ":Y");
      w.seg("RPI", Integer.toString(pax), "HK");
      w.seg("APD", "320");
      String[] seatFields = new String[pax + 1];
      seatFields[0] = "SEAT:HK:" + pax + ":" + c + ":::" + origin + ":" + dest;
      for (int p = 1; p <= pax; p++) {
        seatFields[p] = (10 + random.nextInt(30)) + "ABCDEF".substring(p - 1, p) + "::" + p;
      }
      w.seg("SSR", seatFields);
      if (l == 0 && random.nextBoolean()) {
        w.seg("DAT", "2:" + legDay.minusDays(1).format(DDMMYY) + ":" + time());
        for (int p = 1; p <= pax; p++) {
          w.seg("TRI", "", p + ":::" + p);
          w.seg("TIF", "X", ":A:" + p);
          w.seg("SSD", seatFields[p].split(":")[0], "", "", "", "Y");
          w.seg(
              "TBD",
              "",
              "1:" + (8 + random.nextInt(20)) + ":700",
              "",
              "",
              c + ":" + (100000 + random.nextInt(899999)) + ":1:" + dest);
        }
      }
      origin = dest;
      legDay = legDay.plusDays(random.nextInt(3));
    }
    if (random.nextInt(3) == 0) {
      w.seg("ABI", "4", "", "", "", carrier);
      w.seg("DAT", "T:" + created.format(DDMMYY) + ":" + time());
      w.seg("SAC", "", "", "A");
      w.seg(
          "TVL", day.format(DDMMYY) + "::" + day.format(DDMMYY), from, to, carrier, flight + ":Y");
      w.seg("SAC", "", "", "X");
      w.seg("IFT", "4:19", "XF SEAT CHANGE BY AGENT");
    }
  }

  private String locator() {
    locatorCounter++;
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    StringBuilder sb = new StringBuilder(6);
    int n = locatorCounter * 7919 + random.nextInt(1000);
    for (int i = 0; i < 6; i++) {
      sb.append(alphabet.charAt(Math.floorMod(n + random.nextInt(32), 32)));
      n /= 3;
    }
    return sb.toString();
  }

  private String time() {
    return String.format("%02d%02d", random.nextInt(24), random.nextInt(60));
  }

  private String name() {
    return pick(SYLLABLES) + pick(SYLLABLES);
  }

  private String pick(String[] from) {
    return from[random.nextInt(from.length)];
  }

  private String other(String airport) {
    String a;
    do {
      a = pick(AIRPORTS);
    } while (a.equals(airport));
    return a;
  }

  /** Fixed-width lines, cut anywhere, as some gateways deliver them. */
  static String fold(String text, int width) {
    StringBuilder sb = new StringBuilder(text.length() + text.length() / width * 2);
    int col = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      sb.append(c);
      if (c == '\n') {
        col = 0;
      } else if (++col == width) {
        sb.append("\r\n");
        col = 0;
      }
    }
    return sb.toString();
  }

  /** Writes segments with the interchange's separators and the release character. */
  private static final class Writer {
    final StringBuilder sb = new StringBuilder(16384);
    final char element;
    int segments;

    Writer(boolean custom) {
      this.element = custom ? '*' : '+';
    }

    void raw(String s) {
      sb.append(s);
    }

    void seg(String tag, String... elements) {
      sb.append(tag);
      for (String e : elements) {
        sb.append(element);
        for (int i = 0; i < e.length(); i++) {
          char c = e.charAt(i);
          if (c == '\'' || c == '?' || c == element) {
            sb.append('?');
          }
          sb.append(c);
        }
      }
      sb.append("'\n");
      if (!tag.startsWith("UN")) {
        segments++;
      }
    }
  }
}
