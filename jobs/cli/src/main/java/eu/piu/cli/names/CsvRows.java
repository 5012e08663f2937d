package eu.piu.cli.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a CSV file (RFC 4180: quoted fields may hold commas, quotes doubled, line breaks). Lines
 * starting with '#' and blank lines are skipped.
 */
public final class CsvRows {

  private CsvRows() {}

  public static List<List<String>> read(Path file) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static List<List<String>> parse(BufferedReader reader) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      int i = 0;
      while (true) {
        if (i == line.length()) {
          if (quoted) {
            String next = reader.readLine();
            if (next == null) {
              break;
            }
            field.append('\n');
            line = next;
            i = 0;
            continue;
          }
          break;
        }
        char c = line.charAt(i++);
        if (quoted) {
          if (c == '"' && i < line.length() && line.charAt(i) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          fields.add(field.toString().strip());
          field.setLength(0);
        } else {
          field.append(c);
        }
      }
      fields.add(field.toString().strip());
      rows.add(fields);
    }
    return rows;
  }

  /** A field quoted when it needs to be. */
  public static String quote(String value) {
    if (value == null) {
      return "";
    }
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
