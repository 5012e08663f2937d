package eu.piu.cli.bench.names;

import eu.piu.cli.names.ListedPeople;
import eu.piu.schema.WatchlistEntry;
import eu.piu.screening.names.NameQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Fabricated watchlists and persons for the name benchmarks: names of 1 to 5 tokens, 60% in Latin
 * script and 10% each in Cyrillic, Greek, Arabic and Han, drawn from per-script token pools so that
 * tokens repeat as real names do. Deterministic for a seed. No real person's data.
 */
public final class GeneratedNames {

  private static final String[] LATIN_ONSETS = {
    "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br",
    "ch", "kr", "sh", "st", "th", "tr"
  };
  private static final String[] LATIN_NUCLEI = {"a", "e", "i", "o", "u", "ai", "ou", "ie", "ea"};
  private static final String[] LATIN_CODAS = {"", "", "", "n", "r", "s", "l", "m", "k", "t"};
  private static final String CYRILLIC_CONSONANTS = "бвгдзклмнпрстфхцчшщ";
  private static final String CYRILLIC_VOWELS = "аеиоуыэюя";
  private static final String GREEK_CONSONANTS = "βγδζθκλμνξπρστφχ";
  private static final String GREEK_VOWELS = "αεηιουω";
  private static final String ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
  private static final int[] TOKEN_COUNT_WEIGHTS = {5, 40, 35, 15, 5};
  private static final String[] NATIONALITIES = {
    "FRA", "DEU", "BEL", "NLD", "ESP", "ITA", "RUS", "UKR", "SYR", "IRQ", "AFG", "CHN", "PRK",
    "GRC", "EGY", "MAR", "TUR", "PAK", "IRN", "USA"
  };

  private final Random random;
  private final List<List<String>> pools = new ArrayList<>();

  public GeneratedNames(long seed) {
    random = new Random(seed);
    pools.add(pool(60_000, this::latinToken));
    pools.add(pool(8_000, () -> syllables(CYRILLIC_CONSONANTS, CYRILLIC_VOWELS)));
    pools.add(pool(8_000, () -> syllables(GREEK_CONSONANTS, GREEK_VOWELS)));
    pools.add(pool(8_000, this::arabicToken));
    pools.add(pool(3_000, this::hanToken));
  }

  /** Generates {@code count} entries into the sink without holding them. */
  public void entries(String listId, int count, Consumer<WatchlistEntry> sink) {
    for (int i = 0; i < count; i++) {
      sink.accept(
          ListedPeople.entry(
              listId,
              "E" + i,
              List.of(name()),
              dateOfBirth(),
              List.of(NATIONALITIES[random.nextInt(NATIONALITIES.length)]),
              random.nextBoolean() ? "M" : "F"));
    }
  }

  /**
   * Persons to screen: half are listed names with a one-letter typo in a Latin token (a typo of the
   * listed form), half fresh names from the same pools (which share tokens with entries).
   */
  public List<NameQuery> queries(int count, List<String> listedNames) {
    List<NameQuery> queries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String name =
          i % 2 == 0 && !listedNames.isEmpty()
              ? typo(listedNames.get(random.nextInt(listedNames.size())))
              : name();
      LocalDate born =
          LocalDate.of(1940 + random.nextInt(65), 1 + random.nextInt(12), 1 + random.nextInt(28));
      queries.add(new NameQuery(name, null, born, NATIONALITIES[random.nextInt(20)], "M"));
    }
    return queries;
  }

  /** A name of 1 to 5 tokens in one script. */
  public String name() {
    int draw = random.nextInt(100);
    int tokens = 1;
    for (int weight : TOKEN_COUNT_WEIGHTS) {
      if (draw < weight) {
        break;
      }
      draw -= weight;
      tokens++;
    }
    int script = random.nextInt(10);
    List<String> pool = pools.get(script < 6 ? 0 : script - 5);
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < tokens; i++) {
      if (i > 0) {
        name.append(' ');
      }
      name.append(pool.get(skewed(pool.size())));
    }
    return name.toString();
  }

  private List<String> dateOfBirth() {
    int draw = random.nextInt(10);
    int year = 1940 + random.nextInt(65);
    if (draw == 0) {
      return List.of();
    }
    if (draw == 1) {
      return List.of(String.valueOf(year));
    }
    return List.of(LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)).toString());
  }

  private String typo(String name) {
    char[] letters = name.toCharArray();
    int at = random.nextInt(letters.length);
    if (letters[at] >= 'a' && letters[at] <= 'z') {
      letters[at] = (char) ('a' + random.nextInt(26));
    }
    return new String(letters);
  }

  /** Some tokens are much commoner than others, as in real names. */
  private int skewed(int size) {
    double u = random.nextDouble();
    return (int) (size * u * u);
  }

  private interface TokenMaker {
    String make();
  }

  private List<String> pool(int size, TokenMaker maker) {
    List<String> pool = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      pool.add(maker.make());
    }
    return pool;
  }

  private String latinToken() {
    StringBuilder token = new StringBuilder();
    int syllables = 1 + random.nextInt(3);
    for (int i = 0; i < syllables; i++) {
      token.append(LATIN_ONSETS[random.nextInt(LATIN_ONSETS.length)]);
      token.append(LATIN_NUCLEI[random.nextInt(LATIN_NUCLEI.length)]);
      token.append(LATIN_CODAS[random.nextInt(LATIN_CODAS.length)]);
    }
    return Character.toUpperCase(token.charAt(0)) + token.substring(1);
  }

  private String syllables(String consonants, String vowels) {
    StringBuilder token = new StringBuilder();
    int syllables = 2 + random.nextInt(3);
    for (int i = 0; i < syllables; i++) {
      token.append(consonants.charAt(random.nextInt(consonants.length())));
      token.append(vowels.charAt(random.nextInt(vowels.length())));
    }
    return token.toString();
  }

  private String arabicToken() {
    StringBuilder token = new StringBuilder();
    int letters = 3 + random.nextInt(4);
    for (int i = 0; i < letters; i++) {
      token.append(ARABIC_LETTERS.charAt(random.nextInt(ARABIC_LETTERS.length())));
    }
    return token.toString();
  }

  private String hanToken() {
    StringBuilder token = new StringBuilder();
    int characters = 1 + random.nextInt(2);
    for (int i = 0; i < characters; i++) {
      token.append((char) (0x4E00 + random.nextInt(3000)));
    }
    return token.toString();
  }
}
