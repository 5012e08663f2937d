package eu.piu.cli.sample;

import eu.piu.connectors.serde.AvroCodec;
import eu.piu.schema.FlightLeg;
import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import eu.piu.schema.PushType;
import eu.piu.schema.TravelDocument;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A generated PNR feed: fabricated passengers on flights departing 1 to 3 days after the anchor,
 * some PNRs pushed twice (version 1, then version 2 at flight closure), the {@link CraftedCase}
 * passengers, and a few malformed records that must end as dead letters. Deterministic: the same
 * seed and anchor give the same records, and any PNR can be computed on its own by index (the
 * benchmark's feed of a million passenger legs is never held in memory).
 */
public final class SampleFeed {

  /** A record on the PNR topic that the job must refuse, with why. */
  public record Malformed(String key, byte[] value, String why) {}

  /** Booking lead time of the crafted short-notice bookings (below the profile's 48 h). */
  static final Duration SHORT_NOTICE = Duration.ofHours(30);

  /** Ordinary bookings are made at least this long before departure. */
  static final Duration MIN_LEAD_TIME = Duration.ofHours(72);

  private final List<Pnr> firstPushes;
  private final List<Pnr> secondPushes;
  private final Map<CraftedCase, String> craftedPnrIds;
  private final List<Malformed> malformed;

  private SampleFeed(
      List<Pnr> firstPushes,
      List<Pnr> secondPushes,
      Map<CraftedCase, String> craftedPnrIds,
      List<Malformed> malformed) {
    this.firstPushes = List.copyOf(firstPushes);
    this.secondPushes = List.copyOf(secondPushes);
    this.craftedPnrIds = Collections.unmodifiableMap(new EnumMap<>(craftedPnrIds));
    this.malformed = List.copyOf(malformed);
  }

  /**
   * The demo's feed: {@code pnrCount} PNRs of 1 to 3 passengers and 1 or 2 legs, about 10 % pushed
   * twice, the crafted passengers spread through it.
   */
  public static SampleFeed demo(long seed, Instant anchor, int pnrCount, SampleWatchlists lists) {
    int cases = CraftedCase.values().length;
    if (pnrCount < 2 * (cases + 1)) {
      throw new IllegalArgumentException("the demo feed needs at least " + 2 * (cases + 1));
    }
    List<Pnr> first = new ArrayList<>(pnrCount);
    List<Pnr> second = new ArrayList<>();
    Map<CraftedCase, String> crafted = new EnumMap<>(CraftedCase.class);
    for (int index = 0; index < pnrCount; index++) {
      SplittableRandom random = random(seed, index);
      CraftedCase craftedCase = craftedAt(index, pnrCount);
      Pnr pnr;
      boolean pushTwice;
      if (craftedCase != null) {
        pnr = crafted(seed, anchor, index, random, craftedCase, lists);
        crafted.put(craftedCase, pnr.getPnrId());
        // A second push of a hit PNR shows that an unchanged hit is not raised again (R1).
        pushTwice =
            craftedCase == CraftedCase.DOCUMENT || craftedCase == CraftedCase.TWO_SERVICES_LISTS;
      } else {
        int passengers = 1 + random.nextInt(3);
        int legs = random.nextInt(10) < 6 ? 1 : 2;
        pushTwice = random.nextInt(10) == 0;
        pnr = randomPnr(seed, anchor, index, passengers, legs);
      }
      first.add(pnr);
      if (pushTwice) {
        second.add(secondPush(pnr, random));
      }
    }
    return new SampleFeed(first, second, crafted, malformed(seed, anchor));
  }

  /** PNR {@code index} of a generated feed, computed on its own; version 1, no one hits. */
  public static Pnr randomPnr(long seed, Instant anchor, int index, int passengers, int legs) {
    SplittableRandom random = random(seed ^ 0x5DEECE66DL, index);
    String carrier = FabricatedPeople.pick(random, Itineraries.CARRIERS);
    List<FlightLeg> itinerary = Itineraries.random(random, anchor, carrier, legs);
    Duration lead = MIN_LEAD_TIME.plus(Duration.ofMinutes(random.nextLong(87 * 24 * 60)));
    List<Passenger> travellers = new ArrayList<>(passengers);
    for (int i = 1; i <= passengers; i++) {
      travellers.add(passenger(i, FabricatedPeople.traveller(random), random));
    }
    return pnr(seed, anchor, index, carrier, itinerary, lead, travellers, random).build();
  }

  /** The push at flight closure: same passengers and flights, with seats and checked bags. */
  public static Pnr secondPush(Pnr first, SplittableRandom random) {
    List<Passenger> checkedIn = new ArrayList<>(first.getPassengers().size());
    for (Passenger passenger : first.getPassengers()) {
      checkedIn.add(
          Passenger.newBuilder(passenger)
              .setSeat((10 + random.nextInt(25)) + String.valueOf((char) ('A' + random.nextInt(6))))
              .setCheckedBags(random.nextInt(3))
              .build());
    }
    return Pnr.newBuilder(first)
        .setVersion(first.getVersion() + 1)
        .setPushedAt(first.getPushedAt().plus(Duration.ofMinutes(1)))
        .setSourceMessageId(first.getPnrId() + "/v" + (first.getVersion() + 1))
        .setPassengers(checkedIn)
        .build();
  }

  /** Passengers times legs: what the job screens for one PNR version. */
  public static long passengerLegsOf(Pnr pnr) {
    return (long) pnr.getPassengers().size() * pnr.getLegs().size();
  }

  /** Every valid PNR version in the order the demo produces them: first pushes, then second. */
  public List<Pnr> replay() {
    List<Pnr> all = new ArrayList<>(firstPushes.size() + secondPushes.size());
    all.addAll(firstPushes);
    all.addAll(secondPushes);
    return all;
  }

  public List<Pnr> firstPushes() {
    return firstPushes;
  }

  public List<Pnr> secondPushes() {
    return secondPushes;
  }

  public int pnrCount() {
    return firstPushes.size();
  }

  /** PNR versions the job screens: every push of every valid PNR. */
  public int pnrVersions() {
    return firstPushes.size() + secondPushes.size();
  }

  /** Passenger legs the job screens, over every version. */
  public long passengerLegs() {
    long legs = 0;
    for (Pnr pnr : replay()) {
      legs += passengerLegsOf(pnr);
    }
    return legs;
  }

  public int passengers() {
    return firstPushes.stream().mapToInt(p -> p.getPassengers().size()).sum();
  }

  public Map<CraftedCase, String> craftedPnrIds() {
    return craftedPnrIds;
  }

  public List<Malformed> malformed() {
    return malformed;
  }

  /** Where crafted case k sits: spread evenly through the feed. */
  private static CraftedCase craftedAt(int index, int pnrCount) {
    CraftedCase[] cases = CraftedCase.values();
    for (CraftedCase craftedCase : cases) {
      if (index == (craftedCase.ordinal() + 1) * pnrCount / (cases.length + 1)) {
        return craftedCase;
      }
    }
    return null;
  }

  private static Pnr crafted(
      long seed,
      Instant anchor,
      int index,
      SplittableRandom random,
      CraftedCase craftedCase,
      SampleWatchlists lists) {
    String carrier = "SN";
    List<FlightLeg> itinerary = Itineraries.random(random, anchor, carrier, 1);
    Duration lead = MIN_LEAD_TIME.plus(Duration.ofDays(random.nextInt(30)));
    List<Passenger> passengers = new ArrayList<>();
    Person traveller = FabricatedPeople.traveller(random);
    switch (craftedCase) {
      case DOCUMENT -> {
        // Travels under another name with the listed person's document; a co-traveller who
        // hits nothing.
        passengers.add(
            passenger(1, traveller.withDocument(documentOf(lists, craftedCase)), random));
        passengers.add(passenger(2, FabricatedPeople.traveller(random), random));
      }
      case NAME_AND_DATE_OF_BIRTH, TWO_SERVICES_LISTS, COMMON_LIST -> {
        Person target = lists.target(craftedCase);
        Person asBooked =
            craftedCase == CraftedCase.NAME_AND_DATE_OF_BIRTH
                // The service knows no document: the passenger shows one of their own.
                ? target.withDocument(traveller.documentNumber())
                : target;
        passengers.add(passenger(1, asBooked, random));
      }
      case PROFILE -> {
        itinerary = List.of(shortNoticeLeg(carrier, "IST", anchor.plus(Duration.ofHours(26))));
        lead = SHORT_NOTICE;
        passengers.add(passenger(1, traveller, random));
      }
      case LIST_AND_PROFILE -> {
        itinerary = List.of(shortNoticeLeg(carrier, "DXB", anchor.plus(Duration.ofHours(30))));
        lead = SHORT_NOTICE;
        passengers.add(
            passenger(1, traveller.withDocument(documentOf(lists, craftedCase)), random));
      }
      default -> throw new IllegalStateException("unhandled crafted case " + craftedCase);
    }
    return pnr(seed, anchor, index, carrier, itinerary, lead, passengers, random).build();
  }

  private static String documentOf(SampleWatchlists lists, CraftedCase craftedCase) {
    return lists.target(craftedCase).documentNumber();
  }

  private static FlightLeg shortNoticeLeg(String carrier, String origin, Instant departure) {
    return Itineraries.leg(carrier, origin, "BRU", departure, Duration.ofHours(4));
  }

  private static Pnr.Builder pnr(
      long seed,
      Instant anchor,
      int index,
      String carrier,
      List<FlightLeg> itinerary,
      Duration lead,
      List<Passenger> passengers,
      SplittableRandom random) {
    Instant booked = itinerary.get(0).getScheduledDeparture().minus(lead);
    LocalDate created = booked.atZone(ZoneOffset.UTC).toLocalDate();
    String locator = RecordLocators.of(seed, index);
    String pnrId = carrier + "-" + locator + "-" + created;
    return Pnr.newBuilder()
        .setPnrId(pnrId)
        .setCarrier(carrier)
        .setRecordLocator(locator)
        .setCreationDate(created)
        .setVersion(1)
        .setPushType(PushType.FULL)
        .setPushedAt(anchor)
        .setSourceMessageId(pnrId + "/v1")
        .setBookingDate(booked.truncatedTo(ChronoUnit.MINUTES))
        .setTicketIssueDate(booked.plus(Duration.ofMinutes(20)).truncatedTo(ChronoUnit.MINUTES))
        .setTravelAgency(random.nextInt(4) == 0 ? "AGENCY-" + (1 + random.nextInt(40)) : null)
        .setFormsOfPayment(List.of(random.nextInt(20) == 0 ? "CA" : "CC"))
        .setLegs(itinerary)
        .setPassengers(passengers);
  }

  private static Passenger passenger(int number, Person person, SplittableRandom random) {
    return Passenger.newBuilder()
        .setPassengerId("P" + number)
        .setSurname(FabricatedPeople.asCarrierSends(person.surname()))
        .setGivenNames(FabricatedPeople.asCarrierSends(person.givenNames()))
        .setPassengerType("A")
        .setDateOfBirth(person.dateOfBirth())
        .setGender(person.gender())
        .setNationality(person.nationality())
        .setDocuments(
            List.of(
                new TravelDocument(
                    "P",
                    person.documentNumber(),
                    person.documentCountry(),
                    LocalDate.of(2030 + random.nextInt(6), 1 + random.nextInt(12), 1))))
        .setFrequentFlyerNumbers(
            random.nextInt(5) == 0 ? List.of("FF" + (100000 + random.nextInt(900000))) : List.of())
        .build();
  }

  /** Garbage bytes, a truncated record and a PNR without flights: four dead letters. */
  private static List<Malformed> malformed(long seed, Instant anchor) {
    SplittableRandom random = random(seed, -1);
    byte[] noise = new byte[48];
    random.nextBytes(noise);
    noise[0] = 0; // never the C3 01 marker of Avro single-object encoding
    Pnr sample = randomPnr(seed, anchor, Integer.MAX_VALUE - 1, 1, 1);
    byte[] encoded = AvroCodec.of(Pnr.class).encode(sample);
    Pnr withoutFlights =
        Pnr.newBuilder(sample)
            .setPnrId(sample.getPnrId() + "-NOLEGS")
            .setLegs(List.of())
            .setSourceMessageId(null)
            .build();
    return List.of(
        new Malformed(
            "malformed-1",
            "PNR TEXT INSTEAD OF AVRO".getBytes(StandardCharsets.US_ASCII),
            "plain text"),
        new Malformed("malformed-2", noise, "random bytes"),
        new Malformed(
            "malformed-3", Arrays.copyOf(encoded, encoded.length / 2), "a PNR record cut in half"),
        new Malformed(
            withoutFlights.getPnrId(),
            AvroCodec.of(Pnr.class).encode(withoutFlights),
            "a PNR without flights"));
  }

  private static SplittableRandom random(long seed, int index) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%,d PNRs (%,d passengers), %,d pushed twice, %,d passenger legs",
        pnrCount(),
        passengers(),
        secondPushes.size(),
        passengerLegs());
  }
}
