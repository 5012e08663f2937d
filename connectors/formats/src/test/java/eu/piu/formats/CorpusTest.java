package eu.piu.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Optional: parses every message of the shared public corpus ({@code ../shared/corpus} beside the
 * checkout; skipped when absent) and checks the PNRs and passengers found against counts taken from
 * the files' segments by a naive splitter that shares nothing with the parser.
 */
class CorpusTest {

  private static final Path CORPUS =
      Path.of(System.getProperty("user.dir")).resolve("../../../shared/corpus").normalize();

  @Test
  void pnrgovCorpus() throws IOException {
    List<Path> files = files("pnrgov");
    int pnrs = 0;
    int passengers = 0;
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      ParsedMessage m =
          Fixtures.PARSER.parse(bytes, "XX", Instant.EPOCH, f.getFileName().toString());
      Expected e = expectedPnrgov(new String(bytes, StandardCharsets.ISO_8859_1));
      assertThat(m.rejections()).as(f.getFileName() + " rejections").isEmpty();
      assertThat(m.pnrs()).as(f.getFileName() + " PNRs").hasSize(e.pnrs());
      assertThat(m.passengerCount()).as(f.getFileName() + " passengers").isEqualTo(e.passengers());
      pnrs += m.pnrs().size();
      passengers += m.passengerCount();
    }
    System.out.printf(
        "corpus pnrgov: %d files, %d PNRs, %d passengers%n", files.size(), pnrs, passengers);
  }

  @Test
  void paxlstCorpus() throws IOException {
    List<Path> files = files("paxlst");
    int lists = 0;
    int passengers = 0;
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      ParsedMessage m =
          Fixtures.PARSER.parse(bytes, "XX", Instant.EPOCH, f.getFileName().toString());
      List<String> segments = segments(new String(bytes, StandardCharsets.ISO_8859_1));
      long messages = segments.stream().filter(s -> s.startsWith("UNH")).count();
      long travellers =
          segments.stream().filter(s -> s.startsWith("NAD" + sep(segments) + "FL")).count();
      assertThat(m.rejections()).as(f.getFileName() + " rejections").isEmpty();
      assertThat(m.apiLists()).as(f.getFileName() + " API lists").hasSize((int) messages);
      int found = m.apiLists().stream().mapToInt(l -> l.list().getPassengers().size()).sum();
      assertThat(found).as(f.getFileName() + " travellers").isEqualTo((int) travellers);
      lists += m.apiLists().size();
      passengers += found;
    }
    System.out.printf(
        "corpus paxlst: %d files, %d API lists, %d passengers%n", files.size(), lists, passengers);
  }

  private static List<Path> files(String folder) throws IOException {
    Path dir = CORPUS.resolve(folder);
    Assumptions.assumeTrue(
        Files.isDirectory(dir), "shared corpus not found at " + dir + ": corpus check skipped");
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> files = new ArrayList<>(s.filter(Files::isRegularFile).sorted().toList());
      assertThat(files).isNotEmpty();
      return files;
    }
  }

  /** What the segments say: a PNR per SRC; a passenger per TIF outside check-in and history. */
  record Expected(int pnrs, int passengers) {}

  static Expected expectedPnrgov(String text) {
    List<String> segments = segments(text);
    String e = sep(segments);
    int pnrs = 0;
    int passengers = 0;
    boolean history = false;
    String previous = "";
    Set<String> named = new HashSet<>();
    Set<String> infantsOnlyInInft = new HashSet<>();
    for (String s : segments) {
      String tag = s.length() >= 3 ? s.substring(0, 3) : s;
      if (tag.equals("SRC")) {
        pnrs++;
        history = false;
      } else if (tag.equals("ABI")) {
        history = true;
      } else if (tag.equals("TIF") && !history && !previous.equals("TRI")) {
        String[] el = s.split(java.util.regex.Pattern.quote(e), -1);
        boolean group = el.length == 2 && el[1].endsWith(":G");
        if (!group) {
          passengers++;
          named.add(
              letters(el[1].split(":")[0])
                  + "/"
                  + (el.length > 2 ? letters(el[2].split(":")[0]) : ""));
        }
      } else if (tag.equals("SSR") && s.startsWith("SSR" + e + "INFT") && !history) {
        String free =
            s.substring(s.lastIndexOf(':') + 1).split(java.util.regex.Pattern.quote(e))[0];
        String[] parts = free.split("/");
        if (parts.length >= 2) {
          infantsOnlyInInft.add(
              letters(parts[0]) + "/" + letters(parts[1].replaceAll("\\d\\d[A-Z]{3}\\d\\d", "")));
        }
      }
      previous = tag;
    }
    for (String infant : infantsOnlyInInft) {
      String surname = infant.substring(0, infant.indexOf('/'));
      String given = infant.substring(infant.indexOf('/') + 1);
      boolean known =
          named.stream()
              .anyMatch(
                  n ->
                      n.startsWith(surname + "/")
                          && (n.endsWith("/" + given)
                              || n.substring(n.indexOf('/') + 1).startsWith(given)));
      if (!known) {
        passengers++;
      }
    }
    return new Expected(pnrs, passengers);
  }

  /** Segments by the UNA's terminator (or '), release character honoured, line breaks dropped. */
  static List<String> segments(String text) {
    String t = text.replace("\r", "").replace("\n", "").stripLeading();
    char terminator = '\'';
    char release = '?';
    if (t.startsWith("UNA") && t.length() > 9) {
      release = t.charAt(6);
      terminator = t.charAt(8);
      t = t.substring(9);
    }
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == release && i + 1 < t.length()) {
        sb.append(c).append(t.charAt(++i));
      } else if (c == terminator) {
        out.add(sb.toString().strip());
        sb.setLength(0);
      } else {
        sb.append(c);
      }
    }
    if (!sb.toString().isBlank()) {
      out.add(sb.toString().strip());
    }
    return out;
  }

  /** The element separator: the character after the first segment's tag. */
  static String sep(List<String> segments) {
    return segments.isEmpty() || segments.get(0).length() < 4
        ? "+"
        : segments.get(0).substring(3, 4);
  }

  private static String letters(String s) {
    return s.replaceAll("[^A-Za-z]", "")
        .toUpperCase(Locale.ROOT)
        .replaceAll("(MRS|MR|MS|MISS|MSTR)$", "");
  }
}
