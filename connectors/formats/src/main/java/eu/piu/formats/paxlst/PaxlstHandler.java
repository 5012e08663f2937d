package eu.piu.formats.paxlst;

import eu.piu.formats.MessageResults;
import eu.piu.formats.ParsedApiList;
import eu.piu.formats.Rejection;
import eu.piu.formats.edifact.BodyHandler;
import eu.piu.formats.edifact.EdifactDates;
import eu.piu.formats.edifact.Envelope;
import eu.piu.formats.edifact.SegmentProblem;
import eu.piu.formats.edifact.SegmentReader;
import eu.piu.formats.edifact.Tags;
import eu.piu.formats.sensitive.ErasedElement;
import eu.piu.formats.sensitive.ErasureTally;
import eu.piu.formats.values.FlightNumbers;
import eu.piu.formats.values.Names;
import eu.piu.formats.values.PassengerIds;
import eu.piu.schema.ApiPassenger;
import eu.piu.schema.ApiPassengerList;
import eu.piu.schema.Baggage;
import eu.piu.schema.FlightLeg;
import eu.piu.schema.PushType;
import eu.piu.schema.TravelDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads UN/EDIFACT PAXLST (D02B, D05B) into one API passenger list per message: the flight legs
 * (TDT with LOC 125/87 or 92 and DTM 189/232) and the travellers (NAD FL or DDT) with their API
 * data. Crew (NAD FM, DDU) is counted, not kept: this is passenger data processing.
 */
public final class PaxlstHandler implements BodyHandler {

  private final Envelope envelope;
  private final MessageResults results;
  private final String sender;
  private final Instant receivedAt;
  private final String messageId;

  private boolean open;
  private int startByte;
  private int startSegment;
  private int endByte;
  private String documentType;
  private Integer declared;
  private int crewSkipped;
  private final List<ApiLegDraft> legs = new ArrayList<>();
  private final List<TravellerDraft> travellers = new ArrayList<>();
  private ApiLegDraft leg;
  private TravellerDraft traveller;
  private boolean skippingCrew;
  private TravelDocument document;
  private final ErasureTally erasures = new ErasureTally();
  private final Set<String> notes = new LinkedHashSet<>();
  private Rejection failure;

  public PaxlstHandler(
      Envelope envelope,
      MessageResults results,
      String sender,
      Instant receivedAt,
      String messageId) {
    this.envelope = envelope;
    this.results = results;
    this.sender = sender;
    this.receivedAt = receivedAt;
    this.messageId = messageId;
  }

  @Override
  public void startMessage(SegmentReader unh) {
    if (open) {
      endMessage(unh);
    }
    open = true;
    startByte = unh.start();
    startSegment = unh.index();
    endByte = unh.end();
    documentType = null;
    declared = null;
    crewSkipped = 0;
    legs.clear();
    travellers.clear();
    leg = null;
    traveller = null;
    skippingCrew = false;
    document = null;
    failure = null;
  }

  @Override
  public void segment(SegmentReader r) {
    if (!open) {
      startMessage(r);
      notes.add("PAXLST data without UNH");
    }
    endByte = r.end();
    try {
      read(r);
    } catch (RuntimeException e) {
      if (traveller != null) {
        // One traveller's bad segment: the traveller is kept with what was read.
        notes.add("unreadable traveller segment skipped: " + SegmentProblem.reasonOf(e));
      } else if (failure == null) {
        failure =
            new Rejection(
                Rejection.Scope.API_LIST,
                r.tagText(),
                r.index(),
                r.start(),
                SegmentProblem.reasonOf(e),
                null,
                startByte,
                endByte);
      }
    }
  }

  @Override
  public void endMessage(SegmentReader r) {
    if (!open) {
      return;
    }
    open = false;
    if (r != null) {
      endByte = r.end();
    }
    build();
  }

  @Override
  public void finish(int payloadEnd) {
    if (open) {
      notes.add("PAXLST message without UNT");
      open = false;
      build();
    }
  }

  private void read(SegmentReader r) {
    int tag = r.tag();
    switch (tag) {
      case Tags.BGM -> documentType = r.text(1, 0);
      case Tags.TDT -> tdt(r);
      case Tags.NAD -> nad(r);
      case Tags.CNT -> {
        if ("42".equals(r.text(1, 0))) {
          declared = integer(r.text(1, 1));
        }
      }
      default -> {
        if (skippingCrew) {
          return;
        }
        if (traveller != null) {
          travellerSegment(r);
        } else if (leg != null) {
          legSegment(r);
        } else if (tag == Tags.FTX) {
          erasures.add(ErasedElement.FTX);
        }
      }
    }
  }

  private void tdt(SegmentReader r) {
    ApiLegDraft l = new ApiLegDraft();
    FlightNumbers.CarrierAndNumber id = FlightNumbers.split(r.text(2, 0), r.text(5, 0));
    l.carrier = id.carrier();
    l.flightNumber = id.number();
    legs.add(l);
    leg = l;
    traveller = null;
    skippingCrew = false;
  }

  /** LOC and DTM of a leg: 125 departure / 87 arrival airport, 92 either; 189 / 232 times. */
  private void legSegment(SegmentReader r) {
    int tag = r.tag();
    if (tag == Tags.LOC) {
      String q = r.text(1, 0);
      String place = r.text(2, 0);
      if ("125".equals(q)) {
        leg.origin = place;
      } else if ("87".equals(q)) {
        leg.destination = place;
      } else if ("92".equals(q)) {
        if (leg.origin == null) {
          leg.origin = place;
        } else if (leg.destination == null) {
          leg.destination = place;
        }
      }
    } else if (tag == Tags.DTM) {
      String q = r.text(1, 0);
      LocalDateTime t = EdifactDates.dateTime(r.text(1, 1), r.text(1, 2));
      if ("189".equals(q)) {
        leg.departure = t;
      } else if ("232".equals(q)) {
        leg.arrival = t;
      }
    }
  }

  private void nad(SegmentReader r) {
    String qualifier = Names.upper(r.text(1, 0));
    if (qualifier == null) {
      return;
    }
    switch (qualifier) {
      case "FL", "DDT" -> {
        TravellerDraft t = new TravellerDraft();
        t.type = qualifier;
        String surname = r.text(4, 0);
        t.surname = surname == null ? null : Names.collapseSpaces(surname);
        t.given = given(r);
        travellers.add(t);
        traveller = t;
        skippingCrew = false;
        document = null;
      }
      case "FM", "DDU" -> {
        crewSkipped++;
        traveller = null;
        skippingCrew = true;
      }
      default -> {
        // MS reporting party and other parties: not travellers, not kept.
        traveller = null;
        skippingCrew = false;
        leg = null;
      }
    }
  }

  private static String given(SegmentReader r) {
    StringBuilder sb = new StringBuilder();
    for (int c = 1; c < r.components(4); c++) {
      String part = r.text(4, c);
      if (part != null) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(part);
      }
    }
    return sb.length() == 0 ? null : Names.collapseSpaces(sb.toString());
  }

  private void travellerSegment(SegmentReader r) {
    int tag = r.tag();
    TravellerDraft t = traveller;
    if (tag == Tags.ATT) {
      String g = Names.upper(r.text(3, 0));
      t.gender = g != null && g.length() == 1 && "MFUX".contains(g) ? g : t.gender;
    } else if (tag == Tags.DTM) {
      String q = r.text(1, 0);
      String value = r.text(1, 1);
      if ("329".equals(q)) {
        int year = envelope.pushTime(receivedAt).atZone(ZoneOffset.UTC).getYear();
        LocalDate d =
            value != null && value.length() == 8
                ? EdifactDates.ccyymmdd(value)
                : EdifactDates.birthYymmdd(value, year);
        t.dateOfBirth = d;
        t.dateOfBirthYearOnly = d != null && d.getDayOfMonth() == 1 && d.getMonthValue() == 1;
      } else if ("36".equals(q) && document != null) {
        LocalDateTime e = EdifactDates.dateTime(value, r.text(1, 2));
        document.setExpiryDate(e == null ? null : e.toLocalDate());
      }
    } else if (tag == Tags.LOC) {
      String q = r.text(1, 0);
      String place = r.text(2, 0);
      switch (q == null ? "" : q) {
        case "178" -> t.embarkation = place;
        case "179" -> t.debarkation = place;
        case "174" -> t.residence = place;
        case "180" -> t.birthPlace = place != null ? place : r.textFrom(2, 1, ' ');
        case "91" -> {
          if (document != null) {
            document.setIssuingCountry(place);
          }
        }
        default -> {}
      }
    } else if (tag == Tags.NAT) {
      t.nationality = r.text(2, 0);
    } else if (tag == Tags.RFF) {
      String q = r.text(1, 0);
      if ("AVF".equals(q)) {
        t.recordLocator = r.text(1, 1);
      } else if ("SEA".equals(q)) {
        t.seat = r.text(1, 1);
      }
    } else if (tag == Tags.DOC) {
      String number = r.text(2, 0);
      if (number == null) {
        document = null;
        return;
      }
      document = new TravelDocument(r.text(1, 0), number.replace(" ", ""), null, null);
      t.documents.add(document);
    } else if (tag == Tags.MEA) {
      String q = r.text(1, 0);
      if ("CT".equals(q)) {
        t.bagPieces = integer(r.text(3, 1) != null ? r.text(3, 1) : r.text(3, 0));
      } else if ("WT".equals(q)) {
        t.bagWeight = integer(r.text(3, 1));
        String unit = r.text(3, 0);
        t.bagUnit = unit != null && unit.startsWith("LB") ? "LB" : "KG";
      }
    } else if (tag == Tags.FTX) {
      if ("BAG".equals(r.text(1, 0))) {
        String tagNumber = r.text(4, 0);
        if (tagNumber != null) {
          Integer count = integer(r.text(4, 1));
          expand(tagNumber, count == null ? 1 : count, t.bagTags);
        }
      } else {
        erasures.add(ErasedElement.FTX);
      }
    }
  }

  private static void expand(String first, int count, List<String> into) {
    into.add(first);
    if (count <= 1
        || count > 30
        || first.length() > 18
        || !first.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return;
    }
    long start = Long.parseLong(first);
    for (int i = 1; i < count; i++) {
      String next = Long.toString(start + i);
      into.add("0".repeat(Math.max(0, first.length() - next.length())) + next);
    }
  }

  private static Integer integer(String s) {
    if (s == null || s.isEmpty() || s.length() > 9) {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return null;
      }
    }
    return Integer.parseInt(s);
  }

  // ---------------------------------------------------------------- output

  private void build() {
    Instant pushedAt = envelope.pushTime(receivedAt);
    List<FlightLeg> flightLegs = new ArrayList<>(legs.size());
    for (ApiLegDraft l : legs) {
      FlightLeg f = l.toFlightLeg();
      if (f == null) {
        notes.add("API leg without carrier, flight, airports or departure: left out");
      } else {
        flightLegs.add(f);
      }
    }
    String carrier =
        flightLegs.isEmpty()
            ? (sender != null ? sender : "UNKNOWN")
            : flightLegs.get(0).getCarrier();
    results.pushFacts(
        carrier, pushedAt, PushType.UNKNOWN, flightLegs.isEmpty() ? null : flightLegs.get(0));
    if (failure != null) {
      results.reject(failure);
      reset();
      return;
    }
    if (flightLegs.isEmpty()) {
      results.reject(
          new Rejection(
              Rejection.Scope.API_LIST,
              "UNH",
              startSegment,
              startByte,
              "API message without a dated flight leg (TDT, LOC, DTM)",
              null,
              startByte,
              endByte));
      reset();
      return;
    }
    FlightLeg first = flightLegs.get(0);
    Integer part = envelope.part();
    String listId =
        first.getCarrier()
            + first.getFlightNumber()
            + ":"
            + first.getScheduledDeparture().atZone(ZoneOffset.UTC).toLocalDate()
            + (part == null ? "" : ":" + part);
    ApiPassengerList list =
        ApiPassengerList.newBuilder()
            .setListId(listId)
            .setCarrier(first.getCarrier())
            .setVersion(pushedAt.toEpochMilli())
            .setPushedAt(pushedAt)
            .setSourceMessageId(messageId)
            .setDocumentType(documentType)
            .setMessageVersion(envelope.messageVersion())
            .setPart(part)
            .setLegs(flightLegs)
            .setPassengers(passengers())
            .setDeclaredPassengerCount(declared)
            .setCrewSkipped(crewSkipped)
            .build();
    results.add(new ParsedApiList(list, erasures.toList(), new ArrayList<>(notes)));
    reset();
  }

  private List<ApiPassenger> passengers() {
    List<ApiPassenger> out = new ArrayList<>(travellers.size());
    Map<String, Integer> seen = new HashMap<>();
    for (TravellerDraft t : travellers) {
      String surname = t.surname == null ? "" : t.surname;
      if (t.surname == null) {
        notes.add("traveller without surname");
      }
      String base =
          PassengerIds.ofTraveller(
              Names.normalise(surname),
              Names.normalise(t.given),
              t.dateOfBirth == null ? null : t.dateOfBirth.toString());
      int n = seen.merge(base, 1, Integer::sum);
      Baggage bags = null;
      if (t.bagPieces != null || t.bagWeight != null || !t.bagTags.isEmpty()) {
        bags = new Baggage();
        bags.setPieces(t.bagPieces);
        bags.setWeight(t.bagWeight);
        bags.setWeightUnit(t.bagWeight == null ? null : t.bagUnit);
        bags.setTags(t.bagTags);
        bags.setExcess(false);
      }
      out.add(
          ApiPassenger.newBuilder()
              .setPassengerId(n == 1 ? base : base + "-" + n)
              .setTravellerType(t.type)
              .setSurname(surname)
              .setGivenNames(t.given)
              .setGender(t.gender)
              .setDateOfBirth(t.dateOfBirth)
              .setDateOfBirthYearOnly(t.dateOfBirthYearOnly)
              .setNationality(t.nationality)
              .setCountryOfResidence(t.residence)
              .setPlaceOfBirth(t.birthPlace)
              .setEmbarkation(t.embarkation)
              .setDebarkation(t.debarkation)
              .setDocuments(t.documents)
              .setRecordLocator(t.recordLocator)
              .setSeat(t.seat)
              .setBaggage(bags)
              .build());
    }
    return out;
  }

  private void reset() {
    legs.clear();
    travellers.clear();
    notes.clear();
    leg = null;
    traveller = null;
    document = null;
    failure = null;
    erasures.clear();
  }

  /** A leg while it is read. */
  private static final class ApiLegDraft {
    String carrier;
    String flightNumber;
    String origin;
    String destination;
    LocalDateTime departure;
    LocalDateTime arrival;

    FlightLeg toFlightLeg() {
      if (carrier == null
          || flightNumber == null
          || origin == null
          || destination == null
          || departure == null) {
        return null;
      }
      return FlightLeg.newBuilder()
          .setCarrier(carrier)
          .setFlightNumber(flightNumber)
          .setOrigin(origin)
          .setDestination(destination)
          .setScheduledDeparture(departure.toInstant(ZoneOffset.UTC))
          .setScheduledArrival(arrival == null ? null : arrival.toInstant(ZoneOffset.UTC))
          .build();
    }
  }

  /** A traveller while it is read. */
  private static final class TravellerDraft {
    String type;
    String surname;
    String given;
    String gender;
    LocalDate dateOfBirth;
    boolean dateOfBirthYearOnly;
    String nationality;
    String residence;
    String birthPlace;
    String embarkation;
    String debarkation;
    String recordLocator;
    String seat;
    Integer bagPieces;
    Integer bagWeight;
    String bagUnit;
    final List<String> bagTags = new ArrayList<>(0);
    final List<TravelDocument> documents = new ArrayList<>(1);
  }
}
