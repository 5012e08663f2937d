package eu.piu.cli.sample;

import static eu.piu.cli.sample.CraftedCase.Services.CUSTOMS;
import static eu.piu.cli.sample.CraftedCase.Services.POLICE;
import static eu.piu.cli.sample.CraftedCase.Services.VSSE;

import eu.piu.schema.ChangeOp;
import eu.piu.schema.PersonName;
import eu.piu.schema.TravelDocument;
import eu.piu.schema.WatchlistEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Sample watchlists: one of the POLICE, one of the VSSE, and the common Foreign Terrorist Fighters
 * list whose hits concern POLICE, VSSE and CUSTOMS (RD art. 8). Each holds the persons the crafted
 * passengers impersonate, among decoys that no passenger matches.
 */
public final class SampleWatchlists {

  public static final String POLICE_LIST = "police-wanted";
  public static final String VSSE_LIST = "vsse-watch";
  public static final String COMMON_FTF_LIST = "common-ftf";
  public static final List<String> COMMON_FTF_SERVICES = List.of(POLICE, VSSE, CUSTOMS);

  /** Decoys' documents are numbered from here; crafted persons' below. */
  private static final int FIRST_DECOY_DOCUMENT = 1000;

  private final List<WatchlistEntry> entries;
  private final Map<CraftedCase, Person> targets;

  private SampleWatchlists(List<WatchlistEntry> entries, Map<CraftedCase, Person> targets) {
    this.entries = List.copyOf(entries);
    this.targets = Map.copyOf(targets);
  }

  /** The demo's lists; the same seed gives the same lists. */
  public static SampleWatchlists demo(long seed, Instant updatedAt, int decoysPerList) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<CraftedCase, Person> targets = new EnumMap<>(CraftedCase.class);
    List<WatchlistEntry> entries = new ArrayList<>();

    Person wanted = person(random, CraftedCase.DOCUMENT, targets);
    entries.add(entry(POLICE_LIST, "P-0001", POLICE, wanted, updatedAt).build());

    Person named = person(random, CraftedCase.NAME_AND_DATE_OF_BIRTH, targets);
    // The service knows the name and only the year of birth, no document.
    entries.add(
        entry(VSSE_LIST, "V-0001", VSSE, named, updatedAt)
            .setDatesOfBirth(List.of(String.valueOf(named.dateOfBirth().getYear())))
            .setDocuments(List.of())
            .build());

    Person twoLists = person(random, CraftedCase.TWO_SERVICES_LISTS, targets);
    entries.add(entry(POLICE_LIST, "P-0002", POLICE, twoLists, updatedAt).build());
    entries.add(
        entry(VSSE_LIST, "V-0002", VSSE, twoLists, updatedAt).setDocuments(List.of()).build());

    Person listAndProfile = person(random, CraftedCase.LIST_AND_PROFILE, targets);
    entries.add(entry(POLICE_LIST, "P-0003", POLICE, listAndProfile, updatedAt).build());

    Person fighter = person(random, CraftedCase.COMMON_LIST, targets);
    entries.add(
        entry(COMMON_FTF_LIST, "F-0001", POLICE, fighter, updatedAt)
            .setCommon(true)
            .setConcernedServices(COMMON_FTF_SERVICES)
            .build());

    int document = FIRST_DECOY_DOCUMENT;
    for (int i = 1; i <= decoysPerList; i++) {
      entries.add(decoy(random, POLICE_LIST, "P-D" + i, POLICE, document++, updatedAt).build());
      entries.add(decoy(random, VSSE_LIST, "V-D" + i, VSSE, document++, updatedAt).build());
      entries.add(
          decoy(random, COMMON_FTF_LIST, "F-D" + i, POLICE, document++, updatedAt)
              .setCommon(true)
              .setConcernedServices(COMMON_FTF_SERVICES)
              .build());
    }
    return new SampleWatchlists(entries, targets);
  }

  /**
   * Entry {@code index} of a large benchmark list, computed on its own (nothing held in memory):
   * document {@link FabricatedPeople#listedDocument(int) listedDocument(index)}.
   */
  public static WatchlistEntry benchEntry(
      long seed, String listId, String owner, int index, Instant updatedAt) {
    SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (index + 1L)));
    return decoy(random, listId, benchEntryId(index), owner, index, updatedAt).build();
  }

  public static String benchEntryId(int index) {
    return String.format(Locale.ROOT, "B-%07d", index);
  }

  /** The key of an entry on the watchlist-entries topic. */
  public static String keyOf(WatchlistEntry entry) {
    return entry.getListId() + "/" + entry.getEntryId();
  }

  public List<WatchlistEntry> entries() {
    return entries;
  }

  /** The listed person a crafted passenger impersonates (none for {@link CraftedCase#PROFILE}). */
  public Person target(CraftedCase crafted) {
    Person person = targets.get(crafted);
    if (person == null) {
      throw new IllegalArgumentException(crafted + " impersonates no listed person");
    }
    return person;
  }

  /** The lists, in order of first appearance. */
  public List<String> listIds() {
    return entries.stream().map(WatchlistEntry::getListId).distinct().toList();
  }

  private static Person person(
      SplittableRandom random, CraftedCase crafted, Map<CraftedCase, Person> targets) {
    Person person =
        FabricatedPeople.listed(random, FabricatedPeople.listedDocument(crafted.ordinal() + 1));
    targets.put(crafted, person);
    return person;
  }

  private static WatchlistEntry.Builder decoy(
      SplittableRandom random,
      String listId,
      String entryId,
      String owner,
      int document,
      Instant updatedAt) {
    Person person = FabricatedPeople.listed(random, FabricatedPeople.listedDocument(document));
    return entry(listId, entryId, owner, person, updatedAt);
  }

  private static WatchlistEntry.Builder entry(
      String listId, String entryId, String owner, Person person, Instant updatedAt) {
    return WatchlistEntry.newBuilder()
        .setListId(listId)
        .setEntryId(entryId)
        .setVersion(1)
        .setOp(ChangeOp.UPSERT)
        .setOwningService(owner)
        .setCommon(false)
        .setConcernedServices(List.of())
        .setNames(List.of(new PersonName(person.fullName(), person.surname(), person.givenNames())))
        .setDatesOfBirth(List.of(person.dateOfBirth().toString()))
        .setNationalities(List.of(person.nationality()))
        .setGender(person.gender())
        .setDocuments(
            List.of(
                new TravelDocument("P", person.documentNumber(), person.documentCountry(), null)))
        .setUpdatedAt(updatedAt);
  }
}
