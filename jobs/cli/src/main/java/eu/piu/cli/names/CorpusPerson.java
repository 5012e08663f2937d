package eu.piu.cli.names;

import eu.piu.screening.names.NameQuery;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A person of the public name corpus (columns full_name, first_name, middle_name, last_name,
 * gender, date_of_birth, place_of_birth, nationality).
 */
record CorpusPerson(String name, String dateOfBirth, String nationality, String gender) {

  static List<CorpusPerson> read(Path csv) {
    List<List<String>> rows = CsvRows.read(csv);
    List<CorpusPerson> people = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      people.add(new CorpusPerson(row.get(0), field(row, 5), field(row, 7), field(row, 4)));
    }
    return people;
  }

  NameQuery query(boolean withFacts) {
    return withFacts
        ? new NameQuery(name, null, ListedPeople.dateOfBirth(dateOfBirth), nationality, gender)
        : NameQuery.ofName(name);
  }

  private static String field(List<String> row, int index) {
    return index < row.size() && !row.get(index).isBlank() ? row.get(index) : null;
  }
}
