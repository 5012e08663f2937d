package eu.piu.cli.names;

import eu.piu.schema.ChangeOp;
import eu.piu.schema.PersonName;
import eu.piu.schema.WatchlistEntry;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Watchlist entries and dates from the plain fields of the tools' input files. */
public final class ListedPeople {

  private ListedPeople() {}

  /** A watchlist entry (version 1, UPSERT) with the given names and facts; blanks are left out. */
  public static WatchlistEntry entry(
      String listId,
      String entryId,
      List<String> names,
      List<String> datesOfBirth,
      List<String> nationalities,
      String gender) {
    List<PersonName> personNames = new ArrayList<>();
    for (String name : names) {
      if (name != null && !name.isBlank()) {
        personNames.add(PersonName.newBuilder().setFullName(name).build());
      }
    }
    return WatchlistEntry.newBuilder()
        .setListId(listId)
        .setEntryId(entryId)
        .setVersion(1)
        .setOp(ChangeOp.UPSERT)
        .setOwningService(listId)
        .setNames(personNames)
        .setDatesOfBirth(nonBlank(datesOfBirth))
        .setNationalities(nonBlank(nationalities))
        .setGender(gender == null || gender.isBlank() ? null : gender)
        .setUpdatedAt(java.time.Instant.EPOCH)
        .build();
  }

  /**
   * A person's date of birth: "YYYY-MM-DD", or "YYYY" as 1 January of that year (which the scorer
   * compares on the year); null when blank or not a date.
   */
  public static LocalDate dateOfBirth(String written) {
    if (written == null || written.isBlank()) {
      return null;
    }
    String value = written.strip();
    try {
      if (value.length() == 4) {
        return LocalDate.of(Integer.parseInt(value), 1, 1);
      }
      return LocalDate.parse(value);
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
  }

  /** The values split on ';' (several dates or nationalities in one field), blanks removed. */
  public static List<String> split(String field) {
    List<String> values = new ArrayList<>();
    if (field != null) {
      for (String value : field.split(";")) {
        if (!value.isBlank()) {
          values.add(value.strip());
        }
      }
    }
    return values;
  }

  private static List<String> nonBlank(List<String> values) {
    List<String> kept = new ArrayList<>();
    for (String value : values == null ? List.<String>of() : values) {
      if (value != null && !value.isBlank()) {
        kept.add(value.strip());
      }
    }
    return kept;
  }
}
