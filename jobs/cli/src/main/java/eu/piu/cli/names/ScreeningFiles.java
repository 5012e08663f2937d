package eu.piu.cli.names;

import com.fasterxml.jackson.databind.JsonNode;
import eu.piu.schema.WatchlistEntry;
import eu.piu.screening.names.NameQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The input files of {@code piu screen}: a watchlist and persons, each as CSV with a header row or
 * as JSON lines (a file whose first non-blank character is '{').
 *
 * <p>Watchlist columns/keys: listId, entryId, names (several separated by '|' in CSV, an array in
 * JSON; "name" is accepted too), datesOfBirth and nationalities (';' in CSV, arrays in JSON),
 * gender. Person columns/keys: personId, surname (or name: the whole name), givenNames, dateOfBirth
 * (YYYY-MM-DD or YYYY), nationality, gender.
 */
public final class ScreeningFiles {

  /** A person to screen, with the identifier the hits carry. */
  public record ScreenedPerson(String personId, NameQuery query) {}

  private ScreeningFiles() {}

  public static List<WatchlistEntry> watchlist(Path file) {
    List<WatchlistEntry> entries = new ArrayList<>();
    for (Map<String, List<String>> record : records(file)) {
      List<String> names = new ArrayList<>(values(record, "names", "\\|"));
      names.addAll(values(record, "name", "\\|"));
      entries.add(
          ListedPeople.entry(
              first(record, "listid"),
              first(record, "entryid"),
              names,
              values(record, "datesofbirth", ";"),
              values(record, "nationalities", ";"),
              first(record, "gender")));
    }
    return entries;
  }

  public static List<ScreenedPerson> persons(Path file) {
    List<ScreenedPerson> persons = new ArrayList<>();
    int row = 0;
    for (Map<String, List<String>> record : records(file)) {
      row++;
      String surname = first(record, "surname");
      if (surname == null) {
        surname = first(record, "name");
      }
      String personId = first(record, "personid");
      persons.add(
          new ScreenedPerson(
              personId != null ? personId : String.valueOf(row),
              new NameQuery(
                  surname,
                  first(record, "givennames"),
                  ListedPeople.dateOfBirth(first(record, "dateofbirth")),
                  first(record, "nationality"),
                  first(record, "gender"))));
    }
    return persons;
  }

  /** Each record as lower-cased key to values (a CSV field is one value, split later). */
  private static List<Map<String, List<String>>> records(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return text.stripLeading().startsWith("{") ? jsonRecords(text) : csvRecords(file);
  }

  private static List<Map<String, List<String>>> csvRecords(Path file) {
    List<List<String>> rows = CsvRows.read(file);
    List<Map<String, List<String>>> records = new ArrayList<>();
    if (rows.isEmpty()) {
      return records;
    }
    List<String> header = rows.get(0);
    for (List<String> row : rows.subList(1, rows.size())) {
      Map<String, List<String>> record = new HashMap<>();
      for (int i = 0; i < header.size() && i < row.size(); i++) {
        record.put(header.get(i).strip().toLowerCase(Locale.ROOT), List.of(row.get(i)));
      }
      records.add(record);
    }
    return records;
  }

  private static List<Map<String, List<String>>> jsonRecords(String text) {
    List<Map<String, List<String>>> records = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = NameJson.MAPPER.readTree(line);
      } catch (IOException e) {
        throw new IllegalArgumentException("not a JSON object: line " + (records.size() + 1));
      }
      Map<String, List<String>> record = new HashMap<>();
      node.fields()
          .forEachRemaining(
              field -> {
                List<String> values = new ArrayList<>();
                if (field.getValue().isArray()) {
                  field.getValue().forEach(value -> values.add(value.asText()));
                } else if (!field.getValue().isNull()) {
                  values.add(field.getValue().asText());
                }
                record.put(field.getKey().toLowerCase(Locale.ROOT), values);
              });
      records.add(record);
    }
    return records;
  }

  private static String first(Map<String, List<String>> record, String key) {
    List<String> values = record.get(key);
    return values == null || values.isEmpty() || values.get(0).isBlank()
        ? null
        : values.get(0).strip();
  }

  /** The values, each CSV field split on the separator (JSON arrays are already split). */
  private static List<String> values(Map<String, List<String>> record, String key, String split) {
    List<String> values = new ArrayList<>();
    for (String value : record.getOrDefault(key, List.of())) {
      for (String part : value.split(split)) {
        if (!part.isBlank()) {
          values.add(part.strip());
        }
      }
    }
    return values;
  }
}
