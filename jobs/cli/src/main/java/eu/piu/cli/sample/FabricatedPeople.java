package eu.piu.cli.sample;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Fabricated identities. Surnames are assembled from syllables so that no real person is named, and
 * travellers and listed persons come from disjoint pools (listed surnames start with letters no
 * traveller surname starts with; listed documents with "X", travellers' with "P"): a traveller hits
 * a list only when the sample data crafts it, so the demo's expected numbers are exact.
 */
public final class FabricatedPeople {

  private static final String[] GIVEN = {
    "Jan", "Marie", "Lucas", "Emma", "Noah", "Lina", "Adam", "Sara", "Elias", "Nora", "Victor",
    "Alice", "Louis", "Julie", "Arthur", "Léa", "Omar", "Yasmine", "Ivan", "Elena", "Pieter",
    "Sofie", "Mateo", "Inès", "René", "Zoé", "Hugo", "Amira", "Tomas", "Greta"
  };
  private static final String[] TRAVELLER_HEADS = {
    "BRAM", "KOR", "MEL", "DAL", "VER", "HOL", "STAN", "RIJ", "MOR", "LAN", "GEL", "TOR", "BAS",
    "FEN", "WIL", "DOR"
  };
  private static final String[] TRAVELLER_TAILS = {
    "BEEK", "DONCK", "MANS", "AERT", "OVEN", "STRA", "EL", "INI", "ESCU", "OVIC", "SSON", "ARD",
    "EAU", "ENS", "IER", "OT"
  };
  // No traveller surname starts with Q, X, Y or Z.
  private static final String[] LISTED_HEADS = {"ZAR", "QUIL", "XEN", "YVOR", "ZEL", "QUAR"};
  private static final String[] LISTED_TAILS = {
    "KOVIC", "LARD", "OPOULOS", "MANN", "EDDINE", "OWSKI", "ANI", "ETTE"
  };
  private static final String[] NATIONALITIES = {
    "BEL", "FRA", "NLD", "DEU", "ITA", "ESP", "MAR", "TUR", "USA", "GBR", "POL", "ROU"
  };
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private FabricatedPeople() {}

  public static Person traveller(SplittableRandom random) {
    String surname = pick(random, TRAVELLER_HEADS) + pick(random, TRAVELLER_TAILS);
    return person(random, surname, 1950, 2015, "P" + digits(random, 8));
  }

  /** A listed person; {@code documentNumber} unique per list (callers derive it from an index). */
  public static Person listed(SplittableRandom random, String documentNumber) {
    String head = pick(random, LISTED_HEADS);
    String tail = pick(random, LISTED_TAILS);
    String surname = head.charAt(0) + (head.substring(1) + tail).toLowerCase(Locale.ROOT);
    return person(random, surname, 1955, 2002, documentNumber);
  }

  /** A listed person's document number: "X" and eight digits, never a traveller's. */
  public static String listedDocument(int index) {
    return String.format(Locale.ROOT, "X%08d", index);
  }

  /** As a carrier sends a name: upper case, Latin letters without accents. */
  public static String asCarrierSends(String name) {
    return MARKS
        .matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
        .replaceAll("")
        .toUpperCase(Locale.ROOT);
  }

  private static Person person(
      SplittableRandom random, String surname, int fromYear, int toYear, String document) {
    LocalDate dateOfBirth =
        LocalDate.ofEpochDay(
            random.nextLong(
                LocalDate.of(fromYear, 1, 1).toEpochDay(),
                LocalDate.of(toYear, 12, 31).toEpochDay()));
    String nationality = pick(random, NATIONALITIES);
    return new Person(
        surname,
        pick(random, GIVEN),
        dateOfBirth,
        random.nextBoolean() ? "M" : "F",
        nationality,
        document,
        nationality);
  }

  private static String digits(SplittableRandom random, int count) {
    StringBuilder digits = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      digits.append((char) ('0' + random.nextInt(10)));
    }
    return digits.toString();
  }

  static String pick(SplittableRandom random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
