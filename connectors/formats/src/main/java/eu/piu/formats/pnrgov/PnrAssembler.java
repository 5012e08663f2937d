package eu.piu.formats.pnrgov;

import eu.piu.formats.MessageResults;
import eu.piu.formats.ParsedPnr;
import eu.piu.formats.Rejection;
import eu.piu.schema.Baggage;
import eu.piu.schema.FlightLeg;
import eu.piu.schema.LegDetail;
import eu.piu.schema.LegStatus;
import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import eu.piu.schema.Ticket;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a PNR as read into the Avro {@link Pnr}, or into a rejection when it lacks what makes a PNR
 * (a record locator, a dated flight).
 *
 * <p>Identity and versions: {@code pnrId} is carrier + ":" + record locator + ":" + creation date
 * (ISO), without the last part when RCI gives no date; {@code version} is the push time in epoch
 * millis (UNB date and time, else UNG, else the PNR's last-change DAT 700, else the receipt time),
 * so that a later push of the same PNR has a higher version and a re-send the same one.
 */
final class PnrAssembler {

  private final PushContext push;

  PnrAssembler(PushContext push) {
    this.push = push;
  }

  void assemble(PnrDraft d, MessageResults out) {
    if (d.failure != null) {
      out.reject(
          new Rejection(
              Rejection.Scope.PNR,
              d.failure.tag(),
              d.failure.segmentIndex(),
              d.failure.position(),
              d.failure.reason(),
              d.firstLocator(),
              d.startByte,
              d.endByte));
      return;
    }
    PnrDraft.Locator locator = mainLocator(d);
    if (locator == null) {
      out.reject(rejection(d, "PNR without record locator (RCI)"));
      return;
    }
    String carrier = push.carrier(d.header);
    Instant pushedAt = push.pushedAt(d.header);
    int referenceYear = pushedAt.atZone(ZoneOffset.UTC).getYear();
    new SsrAttribution(d, referenceYear).apply();

    List<FlightLeg> legs = new ArrayList<>(d.legs.size());
    Map<Integer, Integer> legIndex = new HashMap<>();
    List<LegDraft> kept = new ArrayList<>(d.legs.size());
    for (LegDraft l : d.legs) {
      FlightLeg f = Legs.toFlightLeg(l);
      if (f == null) {
        d.notes.add("itinerary segment without carrier, flight, airports or date: left out");
        continue;
      }
      legIndex.put(l.index, legs.size());
      legs.add(f);
      kept.add(l);
    }
    FlightLeg pushedFlight =
        d.header.pushedFlight == null ? null : Legs.toFlightLeg(d.header.pushedFlight);
    if (legs.isEmpty() && pushedFlight != null) {
      d.notes.add("PNR without itinerary: the pushed flight is its leg");
      legs.add(pushedFlight);
      kept.add(d.header.pushedFlight);
    }
    if (legs.isEmpty()) {
      out.reject(rejection(d, "PNR without a dated flight leg"));
      return;
    }
    int pushedLeg = -1;
    for (int i = 0; i < kept.size(); i++) {
      if (Legs.sameFlight(kept.get(i), d.header.pushedFlight)) {
        pushedLeg = i;
        break;
      }
    }

    List<Passenger> passengers = new PassengerMapper(kept, legIndex, pushedLeg).map(d.passengers);
    if (passengers.isEmpty()) {
      d.notes.add("PNR without passenger");
    }

    Instant created =
        locator.date() == null
            ? null
            : locator
                .date()
                .atTime(locator.time() == null ? java.time.LocalTime.MIDNIGHT : locator.time())
                .toInstant(ZoneOffset.UTC);
    long version =
        push.pushTimeFromMessage(d.header) || d.lastModifiedAt == null
            ? pushedAt.toEpochMilli()
            : d.lastModifiedAt.toEpochMilli();
    String pnrId =
        carrier + ":" + locator.locator() + (locator.date() == null ? "" : ":" + locator.date());

    Pnr pnr =
        Pnr.newBuilder()
            .setPnrId(pnrId)
            .setCarrier(carrier)
            .setRecordLocator(locator.locator())
            .setCreationDate(locator.date())
            .setVersion(version)
            .setPushType(d.header.pushType)
            .setPushedAt(pushedAt)
            .setSourceMessageId(push.messageId())
            .setBookingDate(created)
            .setTicketIssueDate(ticketIssueDate(d))
            .setTravelAgency(travelAgency(d))
            .setFormsOfPayment(formsOfPayment(d))
            .setLegs(legs)
            .setPassengers(passengers)
            .setOtherRecordLocators(otherLocators(d, locator))
            .setLastModifiedAt(d.lastModifiedAt)
            .setPushedFlight(pushedFlight)
            .setMessageVersion(d.header.messageVersion)
            .setBookingAgency(d.agency)
            .setAddresses(distinct(d.addresses))
            .setContacts(distinct(d.contacts))
            .setPayments(distinct(d.payments))
            .setLegDetails(legDetails(kept))
            .setTravellerCount(travellerCount(passengers.size(), kept))
            .setGroupName(d.groupName)
            .setSplitPnrs(d.splitLocators)
            .setOneWay(oneWay(legs))
            .setBaggage(d.baggage)
            .setSpecialServices(new ArrayList<>(d.specialServices))
            .setHistory(d.history)
            .build();
    out.add(
        new ParsedPnr(pnr, d.erasures.toList(), new ArrayList<>(d.notes), d.startByte, d.endByte));
  }

  Rejection rejection(PnrDraft d, String reason) {
    return new Rejection(
        Rejection.Scope.PNR,
        "SRC",
        d.startSegment,
        d.startByte,
        reason,
        d.firstLocator(),
        d.startByte,
        d.endByte);
  }

  /** The locator in the pushing carrier's system when RCI gives several, else the first. */
  private PnrDraft.Locator mainLocator(PnrDraft d) {
    if (d.locators.isEmpty()) {
      return null;
    }
    String carrier = push.carrier(d.header);
    PnrDraft.Locator first = d.locators.get(0);
    for (PnrDraft.Locator l : d.locators) {
      if (carrier.equals(l.system())) {
        return l.date() == null && first.date() != null
            ? new PnrDraft.Locator(l.system(), l.locator(), first.date(), first.time())
            : l;
      }
    }
    return first;
  }

  private static List<String> otherLocators(PnrDraft d, PnrDraft.Locator main) {
    List<String> out = new ArrayList<>(d.locators.size());
    for (PnrDraft.Locator l : d.locators) {
      if (!l.locator().equals(main.locator())) {
        out.add(l.system() == null ? l.locator() : l.system() + ":" + l.locator());
      }
    }
    return out;
  }

  private static Instant ticketIssueDate(PnrDraft d) {
    if (d.ticketIssueAt != null) {
      return d.ticketIssueAt;
    }
    Instant first = null;
    for (PassengerDraft p : d.passengers) {
      for (Ticket t : p.tickets) {
        if (t.getIssueDate() != null && (first == null || t.getIssueDate().isBefore(first))) {
          first = t.getIssueDate();
        }
      }
    }
    return first;
  }

  private static String travelAgency(PnrDraft d) {
    if (d.agency == null) {
      return null;
    }
    if (d.agency.getAgencyId() != null) {
      return d.agency.getAgencyId();
    }
    if (d.agency.getSystem() == null) {
      return d.agency.getLocation();
    }
    return d.agency.getLocation() == null
        ? d.agency.getSystem()
        : d.agency.getSystem() + " " + d.agency.getLocation();
  }

  private static List<String> formsOfPayment(PnrDraft d) {
    Set<String> types = new LinkedHashSet<>();
    d.payments.forEach(p -> types.add(p.getType()));
    return new ArrayList<>(types);
  }

  /** The same form of payment repeated under each passenger's ticket is one payment. */
  private static <T> List<T> distinct(List<T> items) {
    return new ArrayList<>(new LinkedHashSet<>(items));
  }

  private static List<LegDetail> legDetails(List<LegDraft> kept) {
    List<LegDetail> out = new ArrayList<>(kept.size());
    for (int i = 0; i < kept.size(); i++) {
      LegDraft l = kept.get(i);
      out.add(new LegDetail(i, l.bookingClass, l.status, l.seatsBooked));
    }
    return out;
  }

  /** Travellers named in the PNR, or the seats it books when more travellers than names. */
  private static Integer travellerCount(int named, List<LegDraft> kept) {
    int booked = 0;
    for (LegDraft l : kept) {
      if (l.seatsBooked != null && l.seatsBooked < 1000) {
        booked = Math.max(booked, l.seatsBooked);
      }
    }
    return Math.max(named, booked);
  }

  /** One-way: no leg comes back to where the journey started. */
  private static Boolean oneWay(List<FlightLeg> legs) {
    String start = legs.get(0).getOrigin();
    for (FlightLeg l : legs) {
      if (start.equals(l.getDestination())) {
        return false;
      }
    }
    return true;
  }

  /** Builds passengers: identifiers, leg statuses over the kept legs, seat and bags. */
  private static final class PassengerMapper {
    private final List<LegDraft> kept;
    private final Map<Integer, Integer> legIndex;
    private final int pushedLeg;

    PassengerMapper(List<LegDraft> kept, Map<Integer, Integer> legIndex, int pushedLeg) {
      this.kept = kept;
      this.legIndex = legIndex;
      this.pushedLeg = pushedLeg;
    }

    List<Passenger> map(List<PassengerDraft> drafts) {
      Map<PassengerDraft, String> ids = new HashMap<>();
      Map<String, Integer> seen = new HashMap<>();
      for (PassengerDraft p : drafts) {
        String base = eu.piu.formats.values.PassengerIds.of(p.normalisedSurname, p.normalisedGiven);
        int n = seen.merge(base, 1, Integer::sum);
        ids.put(p, n == 1 ? base : base + "-" + n);
      }
      List<Passenger> out = new ArrayList<>(drafts.size());
      for (PassengerDraft p : drafts) {
        out.add(map(p, ids));
      }
      return out;
    }

    private Passenger map(PassengerDraft p, Map<PassengerDraft, String> ids) {
      List<LegStatus> statuses = new ArrayList<>(kept.size());
      String pushedSeat = null;
      String anySeat = null;
      for (int i = 0; i < kept.size(); i++) {
        LegDraft l = kept.get(i);
        LegStatusDraft s = legIndex.containsKey(l.index) ? p.legs.get(l.index) : null;
        LegStatus st =
            new LegStatus(
                i,
                l.status,
                s != null && s.checkedIn,
                s == null ? null : s.checkInAt,
                s == null ? null : s.boardingNumber,
                s == null ? null : s.seat,
                s == null ? null : s.cabin);
        statuses.add(st);
        if (st.getSeat() != null) {
          anySeat = anySeat == null ? st.getSeat() : anySeat;
          if (i == pushedLeg) {
            pushedSeat = st.getSeat();
          }
        }
      }
      List<Baggage> bags = new ArrayList<>(p.baggage.size());
      Integer pushedBags = null;
      Integer mostBags = null;
      for (Baggage b : p.baggage) {
        Integer mapped = b.getLegIndex() == null ? null : legIndex.get(b.getLegIndex());
        b.setLegIndex(mapped);
        bags.add(b);
        if (b.getPieces() != null && !b.getExcess()) {
          mostBags = mostBags == null ? b.getPieces() : Math.max(mostBags, b.getPieces());
          if (mapped != null && mapped == pushedLeg) {
            pushedBags = b.getPieces();
          }
        }
      }
      List<String> ffNumbers = new ArrayList<>(p.frequentFlyers.size());
      p.frequentFlyers.forEach(f -> ffNumbers.add(f.getNumber()));
      String type = p.type;
      if (type == null && p.infantOf != null) {
        type = "IN";
      }
      return Passenger.newBuilder()
          .setPassengerId(ids.get(p))
          .setSurname(p.surname)
          .setGivenNames(p.givenNames)
          .setPassengerType(type)
          .setDateOfBirth(p.dateOfBirth)
          .setGender(p.gender)
          .setNationality(p.nationality)
          .setDocuments(p.documents)
          .setFrequentFlyerNumbers(ffNumbers)
          .setSeat(pushedSeat != null ? pushedSeat : anySeat)
          .setCheckedBags(pushedBags != null ? pushedBags : mostBags)
          .setTitle(p.title)
          .setReference(p.reference)
          .setInfantOf(p.infantOf == null ? null : ids.get(p.infantOf))
          .setDateOfBirthYearOnly(p.dateOfBirthYearOnly)
          .setDocumentNames(p.documentNames)
          .setContacts(distinct(p.contacts))
          .setAddresses(distinct(p.addresses))
          .setFrequentFlyers(p.frequentFlyers)
          .setTickets(p.tickets)
          .setLegStatuses(statuses)
          .setBaggage(bags)
          .setSpecialServices(new ArrayList<>(p.specialServices))
          .setUnaccompaniedMinor(p.unaccompaniedMinor)
          .setMinorAge(p.minorAge)
          .build();
    }
  }
}
