package eu.piu.formats.pnrgov;

import eu.piu.formats.MessageResults;
import eu.piu.formats.edifact.BodyHandler;
import eu.piu.formats.edifact.EdifactDates;
import eu.piu.formats.edifact.Envelope;
import eu.piu.formats.edifact.SegmentProblem;
import eu.piu.formats.edifact.SegmentReader;
import eu.piu.formats.edifact.Tags;
import eu.piu.formats.sensitive.ErasedElement;
import eu.piu.formats.sensitive.SensitiveDataPolicy;
import eu.piu.formats.values.CardNumbers;
import eu.piu.formats.values.Contacts;
import eu.piu.formats.values.FlightNumbers;
import eu.piu.formats.values.Names;
import eu.piu.schema.Address;
import eu.piu.schema.Baggage;
import eu.piu.schema.BookingAgency;
import eu.piu.schema.Contact;
import eu.piu.schema.FrequentFlyer;
import eu.piu.schema.HistoryEntry;
import eu.piu.schema.Payment;
import eu.piu.schema.PushType;
import eu.piu.schema.Ticket;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads PNRGOV messages (versions 10.1 to 13.x and later: the groups did not change in ways that
 * matter here) segment by segment, splitting them into PNRs at each SRC. A segment that cannot be
 * read fails its PNR only: the PNR becomes a rejection and reading resumes at the next SRC.
 *
 * <p>Group membership is tracked from the segment order, since the same tag means different things
 * in different groups. A PNR open at the end of a message stays open until the next message shows
 * whether it continues (multi-part messages) or a new PNR starts.
 */
public final class PnrgovHandler implements BodyHandler {

  private final SensitiveDataPolicy policy;
  private final Envelope envelope;
  private final MessageResults results;
  private final PnrAssembler assembler;
  private final PushContext push;

  private PnrgovHeader header = new PnrgovHeader();
  private boolean inHeader = true;
  private boolean headerPublished;
  private PnrDraft pnr;
  private Group group = Group.G1_PNR;
  private PassengerDraft passenger;
  private Ticket ticket;
  private List<Payment> lastPayments = List.of();
  private LegDraft leg;
  private Instant checkInAt;
  private PassengerDraft checkedIn;
  private boolean awaitingCheckedInTif;
  private String boardingNumber;
  private HistoryDraft historyLine;
  private Instant historyAt;

  public PnrgovHandler(
      SensitiveDataPolicy policy,
      Envelope envelope,
      MessageResults results,
      String sender,
      Instant receivedAt,
      String messageId) {
    this.policy = policy;
    this.envelope = envelope;
    this.results = results;
    this.push = new PushContext(envelope, sender, receivedAt, messageId);
    this.assembler = new PnrAssembler(push);
  }

  @Override
  public void startMessage(SegmentReader unh) {
    header = new PnrgovHeader();
    header.messageVersion = envelope.messageVersion();
    header.part = envelope.part();
    push.stamp(header);
    inHeader = true;
    headerPublished = false;
  }

  @Override
  public void segment(SegmentReader r) {
    int tag = r.tag();
    if (inHeader) {
      if (readHeader(r)) {
        return;
      }
      inHeader = false;
      publishHeader();
      if (pnr != null && pnr.header != header && (header.part == null || header.part < 2)) {
        // A new message that is not a later part of the same one: nothing carries over.
        finishPnr();
      }
    }
    if (tag == Tags.SRC) {
      finishPnr();
      startPnr(r, false);
      return;
    }
    if (pnr == null) {
      if (tag != Tags.RCI && tag != Tags.TIF) {
        // Only a locator or a name starts a PNR whose SRC is missing; a stray segment does not.
        results.note("segment before the first PNR ignored");
        return;
      }
      startPnr(r, true);
    }
    pnr.endByte = r.end();
    if (pnr.failure != null) {
      return;
    }
    try {
      read(r);
    } catch (RuntimeException e) {
      pnr.failure =
          new PnrDraft.Failure(r.tagText(), r.index(), r.start(), SegmentProblem.reasonOf(e));
    }
  }

  @Override
  public void endMessage(SegmentReader r) {
    if (inHeader) {
      publishHeader();
    }
  }

  @Override
  public void finish(int payloadEnd) {
    if (!headerPublished) {
      publishHeader();
    }
    finishPnr();
  }

  // ---------------------------------------------------------------- level 0

  /** MSG, ORG, TVL, EQN before the first PNR; true when the segment was one of them. */
  private boolean readHeader(SegmentReader r) {
    int tag = r.tag();
    try {
      if (tag == Tags.MSG && header.pushType == PushType.UNKNOWN) {
        String code = r.text(1, 1) != null ? r.text(1, 1) : r.text(1, 0);
        header.pushType =
            "22".equals(code)
                ? PushType.FULL
                : "141".equals(code) ? PushType.CHANGES : PushType.UNKNOWN;
        return true;
      }
      if (tag == Tags.ORG && header.originatorAirline == null) {
        header.originatorAirline = r.text(1, 0);
        return true;
      }
      if (tag == Tags.TVL && header.pushedFlight == null) {
        header.pushedFlight = TravelSegments.read(r);
        return true;
      }
      if (tag == Tags.EQN && header.declaredPnrs == null) {
        header.declaredPnrs = Bags.integer(r.text(1, 0));
        return true;
      }
    } catch (RuntimeException e) {
      results.note("level-0 " + r.tagText() + " ignored: " + SegmentProblem.reasonOf(e));
      return true;
    }
    return false;
  }

  private void publishHeader() {
    if (headerPublished) {
      return;
    }
    headerPublished = true;
    results.pushFacts(
        push.carrier(header),
        push.pushedAt(header),
        header.pushType,
        header.pushedFlight == null ? null : Legs.toFlightLeg(header.pushedFlight));
    if (header.declaredPnrs != null) {
      results.declaredPnrs(header.declaredPnrs);
    }
  }

  // ---------------------------------------------------------------- PNR boundaries

  private void startPnr(SegmentReader r, boolean implicit) {
    pnr = new PnrDraft(header, r.start(), r.index());
    pnr.endByte = r.end();
    group = Group.G1_PNR;
    passenger = null;
    ticket = null;
    lastPayments = List.of();
    leg = null;
    checkInAt = null;
    checkedIn = null;
    awaitingCheckedInTif = false;
    boardingNumber = null;
    historyLine = null;
    historyAt = null;
    if (implicit) {
      pnr.notes.add("PNR data without SRC: PNR started at its first segment");
    }
  }

  private void finishPnr() {
    if (pnr == null) {
      return;
    }
    closeHistoryLine();
    try {
      assembler.assemble(pnr, results);
    } catch (RuntimeException e) {
      results.reject(
          assembler.rejection(
              pnr, "PNR could not be assembled (" + e.getClass().getSimpleName() + ")"));
    }
    pnr = null;
  }

  // ---------------------------------------------------------------- dispatch

  private void read(SegmentReader r) {
    int tag = r.tag();
    if (group == Group.G10_HISTORY
        && tag != Tags.ABI
        && tag != Tags.SAC
        && tag != Tags.DAT
        && tag != Tags.LTS) {
      historySegment(r);
      return;
    }
    switch (tag) {
      case Tags.RCI -> rci(r);
      case Tags.SSR -> ssr(r);
      case Tags.TIF -> tif(r);
      case Tags.FTI -> fti(r);
      case Tags.IFT -> ift(r);
      case Tags.DAT -> dat(r);
      case Tags.ORG -> org(r);
      case Tags.ADD -> add(r);
      case Tags.EBD -> ebd(r);
      case Tags.REF -> ref(r);
      case Tags.FAR -> far(r);
      case Tags.TKT -> tkt(r);
      case Tags.MON -> mon(r);
      case Tags.PTK -> ptk(r);
      case Tags.FOP -> fop(r);
      case Tags.TVL -> tvl(r);
      case Tags.TRA -> tra(r);
      case Tags.RPI -> rpi(r);
      case Tags.TRI -> tri(r);
      case Tags.SSD -> ssd(r);
      case Tags.TBD -> tbd(r);
      case Tags.EQN -> group = Group.G8_SPLIT;
      case Tags.MSG -> group = Group.G9_NON_AIR;
      case Tags.ABI -> {
        closeHistoryLine();
        group = Group.G10_HISTORY;
        historyAt = null;
      }
      case Tags.SAC -> sac(r);
      case Tags.LTS -> pnr.erasures.add(ErasedElement.LTS);
      default -> {
        // TXD, APD and segments with nothing Annex I asks for.
      }
    }
  }

  // ---------------------------------------------------------------- Gr.1

  private void rci(SegmentReader r) {
    if (group == Group.G8_SPLIT) {
      for (int e = 1; e < r.elements(); e++) {
        String locator = r.text(e, 1);
        if (locator != null) {
          String system = r.text(e, 0);
          pnr.splitLocators.add(system == null ? locator : system + ":" + locator);
        }
      }
      return;
    }
    if (!pnr.locators.isEmpty()) {
      return; // Gr.5/Gr.6 repeat the PNR's own locator.
    }
    for (int e = 1; e < r.elements(); e++) {
      String locator = r.text(e, 1);
      if (locator == null) {
        continue;
      }
      String a = r.text(e, 2);
      String b = r.text(e, 3);
      String c = r.text(e, 4);
      String date = b;
      String time = c;
      if (a != null && a.length() == 6 && c == null) {
        // Some carriers shift the creation date into the control-type position.
        date = a;
        time = b;
      }
      LocalDate d = EdifactDates.ddmmyy(date);
      LocalTime t = EdifactDates.hhmm(time);
      pnr.locators.add(new PnrDraft.Locator(r.text(e, 0), locator, d, d == null ? null : t));
    }
  }

  private void org(SegmentReader r) {
    if (group != Group.G1_PNR || pnr.agency != null || r.isEmptyBesidesTag()) {
      return; // check-in agents (Gr.6) are not the booking agency
    }
    BookingAgency a = new BookingAgency();
    a.setSystem(r.text(1, 0));
    a.setLocation(r.text(1, 1));
    a.setAgencyId(r.text(2, 0) != null ? r.text(2, 0) : r.text(2, 1));
    a.setOriginatorType(r.text(5, 0));
    a.setCountry(r.text(6, 0));
    a.setAgentId(r.text(7, 0));
    pnr.agency = a;
  }

  private void dat(SegmentReader r) {
    for (int e = 1; e < r.elements(); e++) {
      String qualifier = r.text(e, 0);
      Instant at =
          EdifactDates.instant(EdifactDates.ddmmyy(r.text(e, 1)), EdifactDates.hhmm(r.text(e, 2)));
      switch (group) {
        case G10_HISTORY -> historyAt = at;
        case G5_FLIGHT, G6_CHECK_IN, G7_CHECKED_IN_PASSENGER -> {
          if ("2".equals(qualifier) || "3".equals(qualifier)) {
            group = Group.G6_CHECK_IN;
            checkInAt = at;
            checkedIn = null;
          }
        }
        case G3_TICKET, G4_PAYMENT -> {
          if ("710".equals(qualifier) && at != null) {
            if (ticket != null && ticket.getIssueDate() == null) {
              ticket.setIssueDate(at);
            }
            if (pnr.ticketIssueAt == null) {
              pnr.ticketIssueAt = at;
            }
          }
        }
        default -> {
          if ("700".equals(qualifier) && at != null) {
            pnr.lastModifiedAt = at;
          } else if ("710".equals(qualifier) && at != null && pnr.ticketIssueAt == null) {
            pnr.ticketIssueAt = at;
          }
        }
      }
    }
  }

  private void add(SegmentReader r) {
    String purpose = r.text(2, 0);
    String street = r.text(2, 1);
    String city = r.text(2, 2);
    String region = r.text(2, 3);
    String country = r.text(2, 5);
    String postal = r.text(2, 6);
    String free = r.textFrom(2, 7, ':');
    Address address = null;
    if (street != null || city != null || postal != null || country != null || region != null) {
      address = new Address(purpose, street, city, region, postal, country);
    }
    List<Contact> contacts = new ArrayList<>(1);
    if (free != null) {
      if ("E".equals(purpose) || Contacts.looksLikeEmail(free)) {
        addIfPresent(contacts, "EMAIL", Contacts.email(free), "ADD");
      } else {
        for (String phone : Contacts.phones(free)) {
          contacts.add(new Contact("PHONE", phone, "ADD"));
        }
      }
    }
    if ((group == Group.G3_TICKET || group == Group.G4_PAYMENT) && !lastPayments.isEmpty()) {
      for (Payment p : lastPayments) {
        if (p.getBillingAddress() == null) {
          p.setBillingAddress(address);
        }
        if (p.getBillingPhone() == null && !contacts.isEmpty()) {
          p.setBillingPhone(contacts.get(0).getValue());
        }
      }
      return;
    }
    boolean forPassenger = passenger != null && group.ordinal() <= Group.G4_PAYMENT.ordinal();
    if (address != null) {
      (forPassenger ? passenger.addresses : pnr.addresses).add(address);
    }
    (forPassenger ? passenger.contacts : pnr.contacts).addAll(contacts);
  }

  private void ebd(SegmentReader r) {
    Baggage b = Bags.excess(r);
    if (b == null) {
      return;
    }
    if (passenger != null && group == Group.G2_PASSENGER) {
      passenger.baggage.add(b);
    } else {
      pnr.baggage.add(b);
    }
  }

  // ---------------------------------------------------------------- free text

  private void ift(SegmentReader r) {
    String type = r.text(1, 1);
    if ("15".equals(type)) {
      return; // fare calculation: a machine line, not kept
    }
    if ("43".equals(type)) {
      sponsor(r);
      return;
    }
    if ("28".equals(type)) {
      osi(r);
      return;
    }
    pnr.erasures.add("19".equals(type) ? ErasedElement.HISTORY_TEXT : ErasedElement.REMARK);
  }

  /** OSI: a structured contact (CTCE, CTCM, ...) is kept as a contact, anything else erased. */
  private void osi(SegmentReader r) {
    String text = freeText(r, 2);
    if (text != null && text.length() > 6 && text.charAt(2) == ' ' && text.startsWith("CTC", 3)) {
      text = text.substring(3); // "YY CTCE ...": the airline the OSI was addressed to
    }
    List<Contact> target =
        passenger != null && group.ordinal() <= Group.G4_PAYMENT.ordinal()
            ? passenger.contacts
            : pnr.contacts;
    if (text == null || !text.startsWith("CTC") || !ContactCodes.read(text, target)) {
      pnr.erasures.add(ErasedElement.OSI);
    }
  }

  /** IFT 4:43: who paid, their address and phone (Annex I 6), for the form of payment read last. */
  private void sponsor(SegmentReader r) {
    if (lastPayments.isEmpty()) {
      pnr.erasures.add(ErasedElement.REMARK);
      return;
    }
    String name = r.textFrom(2, 0, ' ');
    String street = r.textFrom(3, 0, ' ');
    List<String> phones = Contacts.phones(r.textFrom(4, 0, ' '));
    for (Payment p : lastPayments) {
      if (p.getPayerName() == null) {
        p.setPayerName(name);
      }
      if (p.getBillingAddress() == null && street != null) {
        p.setBillingAddress(new Address("BILLING", street, null, null, null, null));
      }
      if (p.getBillingPhone() == null && !phones.isEmpty()) {
        p.setBillingPhone(phones.get(0));
      }
    }
  }

  private static String freeText(SegmentReader r, int fromElement) {
    if (fromElement >= r.elements()) {
      return null;
    }
    if (fromElement == r.elements() - 1) {
      return r.textFrom(fromElement, 0, ':');
    }
    StringBuilder sb = new StringBuilder();
    for (int e = fromElement; e < r.elements(); e++) {
      String t = r.textFrom(e, 0, ':');
      if (t != null) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(t);
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  // ---------------------------------------------------------------- SSR

  private void ssr(SegmentReader r) {
    String code = Names.upper(r.text(1, 0));
    if (code == null) {
      return;
    }
    String erasure = policy.erasureOf(code);
    if (erasure != null) {
      pnr.erasures.add(erasure);
      return;
    }
    List<String> references = new ArrayList<>(1);
    List<String> seats = new ArrayList<>(1);
    for (int e = 2; e < r.elements(); e++) {
      String data = r.text(e, 0);
      String reference = r.text(e, 2);
      if (data != null || reference != null) {
        references.add(reference);
        seats.add(data);
      }
    }
    PassengerDraft context =
        switch (group) {
          case G2_PASSENGER, G3_TICKET, G4_PAYMENT -> passenger;
          case G7_CHECKED_IN_PASSENGER -> checkedIn;
          default -> null;
        };
    int legIndex =
        leg != null
                && (group == Group.G5_FLIGHT
                    || group == Group.G6_CHECK_IN
                    || group == Group.G7_CHECKED_IN_PASSENGER)
            ? leg.index
            : -1;
    pnr.ssrs.add(
        new PendingSsr(
            code,
            r.textFrom(1, 8, ':'),
            references,
            seats,
            context,
            legIndex,
            r.text(1, 6),
            r.text(1, 7)));
  }

  // ---------------------------------------------------------------- Gr.2

  private void tif(SegmentReader r) {
    String surname = r.text(1, 0);
    String qualifier = r.text(1, 1);
    String given = r.text(2, 0);
    String type = r.text(2, 1);
    String reference = r.text(2, 2);
    if (awaitingCheckedInTif) {
      awaitingCheckedInTif = false;
      checkedIn = PassengerMatcher.find(pnr.passengers, reference, surname, given);
      markCheckedIn();
      return;
    }
    if (group.ordinal() >= Group.G5_FLIGHT.ordinal()) {
      // A Gr.7 TIF whose TRI is missing names a known passenger; an unknown one is a late Gr.2.
      PassengerDraft known = PassengerMatcher.find(pnr.passengers, reference, surname, given);
      if (known != null) {
        checkedIn = known;
        group = Group.G7_CHECKED_IN_PASSENGER;
        return;
      }
    }
    if (surname == null) {
      if (given == null && reference == null) {
        return;
      }
      throw new SegmentProblem("TIF without surname");
    }
    if ("G".equals(qualifier) && given == null && type == null) {
      pnr.groupName = Names.collapseSpaces(surname);
      return;
    }
    PassengerDraft p = new PassengerDraft(surname, given);
    p.type = Names.upper(type);
    p.reference = reference;
    p.withInfant = "1".equals(r.text(2, 3));
    pnr.passengers.add(p);
    passenger = p;
    group = Group.G2_PASSENGER;
    ticket = null;
    lastPayments = List.of();
    for (int e = 3; e < r.elements(); e++) {
      // A second traveller detail in the same TIF: an infant on the adult's lap.
      String infantGiven = r.text(e, 0);
      String infantType = Names.upper(r.text(e, 1));
      if (infantGiven != null && ("IN".equals(infantType) || "INF".equals(infantType))) {
        PassengerDraft infant = new PassengerDraft(surname, infantGiven);
        infant.type = "IN";
        infant.reference = r.text(e, 2);
        infant.infantOf = p;
        pnr.passengers.add(infant);
      }
    }
  }

  private void fti(SegmentReader r) {
    if (passenger == null) {
      return;
    }
    for (int e = 1; e < r.elements(); e++) {
      String number = r.text(e, 1);
      if (number != null) {
        FrequentFlyer f = new FrequentFlyer();
        f.setAirline(r.text(e, 0));
        f.setNumber(number);
        f.setTier(r.text(e, 4));
        passenger.frequentFlyers.add(f);
      }
    }
  }

  private void ref(SegmentReader r) {
    if (passenger == null) {
      return;
    }
    String value = r.text(1, 1) != null ? r.text(1, 1) : r.text(1, 0);
    if (passenger.reference == null) {
      passenger.reference = value;
    } else if (!passenger.reference.equals(value)) {
      passenger.otherReference = value;
    }
  }

  private void far(SegmentReader r) {
    String type = Names.upper(r.text(1, 0));
    if (passenger != null && passenger.type == null && ("IN".equals(type) || "INF".equals(type))) {
      passenger.type = "IN";
    }
  }

  // ---------------------------------------------------------------- Gr.3, Gr.4

  private void tkt(SegmentReader r) {
    Ticket t = new Ticket();
    t.setNumber(r.text(1, 0));
    t.setDocumentType(r.text(1, 1));
    t.setTicketless("1".equals(r.text(1, 1)));
    if (passenger != null && group.ordinal() <= Group.G4_PAYMENT.ordinal()) {
      passenger.tickets.add(t);
    } else {
      pnr.orphanTickets.add(t);
    }
    ticket = t;
    group = Group.G3_TICKET;
    lastPayments = List.of();
  }

  private void mon(SegmentReader r) {
    if (ticket == null) {
      return;
    }
    for (int e = 1; e < r.elements(); e++) {
      String qualifier = r.text(e, 0);
      String amount = r.text(e, 1);
      if ("B".equals(qualifier)) {
        ticket.setBaseFare(amount);
      } else if ("T".equals(qualifier)) {
        ticket.setTotalFare(amount);
      }
      if (ticket.getCurrency() == null) {
        ticket.setCurrency(r.text(e, 2));
      }
    }
  }

  private void ptk(SegmentReader r) {
    if (ticket == null) {
      return;
    }
    Instant issued =
        EdifactDates.instant(EdifactDates.ddmmyy(r.text(3, 0)), EdifactDates.hhmm(r.text(3, 1)));
    if (issued != null && ticket.getIssueDate() == null) {
      ticket.setIssueDate(issued);
    }
    ticket.setIssuePlace(r.text(6, 0));
  }

  private void fop(SegmentReader r) {
    List<Payment> payments = new ArrayList<>(1);
    for (int e = 1; e < r.elements(); e++) {
      String type = r.text(e, 0);
      if (type == null) {
        continue;
      }
      Payment p = new Payment();
      p.setType(type);
      p.setAmount(r.text(e, 2));
      p.setCardVendor(r.text(e, 3));
      p.setMaskedCardNumber(CardNumbers.mask(r.text(e, 4)));
      p.setCardExpiry(r.text(e, 5));
      payments.add(p);
      pnr.payments.add(p);
    }
    lastPayments = payments;
    group = Group.G4_PAYMENT;
  }

  // ---------------------------------------------------------------- Gr.5 to Gr.7

  private void tvl(SegmentReader r) {
    if (group == Group.G9_NON_AIR) {
      return;
    }
    if (TravelSegments.isOperatingFlightOnly(r)) {
      if (leg != null) {
        leg.operatingFlightNumber = FlightNumbers.normalise(r.text(5, 0));
        if (leg.operatingCarrier == null) {
          leg.operatingCarrier = r.text(4, 0);
        }
      }
      return;
    }
    LegDraft l = TravelSegments.read(r);
    l.index = pnr.legs.size();
    pnr.legs.add(l);
    leg = l;
    group = Group.G5_FLIGHT;
    checkInAt = null;
    checkedIn = null;
    awaitingCheckedInTif = false;
    boardingNumber = null;
  }

  private void tra(SegmentReader r) {
    if (leg != null) {
      leg.operatingCarrier = r.text(1, 0);
      leg.operatingFlightNumber = FlightNumbers.normalise(r.text(2, 0));
    }
  }

  private void rpi(SegmentReader r) {
    if (leg != null && group == Group.G5_FLIGHT) {
      leg.seatsBooked = Bags.integer(r.text(1, 0));
      leg.status = r.text(2, 0);
    }
  }

  private void tri(SegmentReader r) {
    if (leg == null) {
      return;
    }
    group = Group.G7_CHECKED_IN_PASSENGER;
    awaitingCheckedInTif = true;
    boardingNumber = r.text(2, 0);
    checkedIn = null;
  }

  private void markCheckedIn() {
    if (checkedIn == null) {
      checkedIn = PassengerMatcher.onlyTraveller(pnr.passengers);
    }
    if (checkedIn == null) {
      pnr.notes.add("checked-in traveller matches no passenger");
      return;
    }
    LegStatusDraft s = checkedIn.leg(leg.index);
    s.checkedIn = true;
    s.checkInAt = checkInAt;
    s.boardingNumber = boardingNumber;
  }

  private PassengerDraft checkedInOrOnly() {
    return checkedIn != null ? checkedIn : PassengerMatcher.onlyTraveller(pnr.passengers);
  }

  private void ssd(SegmentReader r) {
    String seat = r.text(1, 0);
    PassengerDraft p = checkedInOrOnly();
    if (leg == null || p == null || !Seats.isSeat(seat)) {
      return;
    }
    LegStatusDraft s = p.leg(leg.index);
    s.seat = seat;
    s.cabin = r.text(5, 0);
  }

  private void tbd(SegmentReader r) {
    PassengerDraft p = checkedInOrOnly();
    if (p == null) {
      pnr.notes.add("bags of an unidentified traveller");
      return;
    }
    Baggage b = Bags.checked(r, leg == null ? null : leg.index);
    if (b != null) {
      p.baggage.add(b);
    }
  }

  // ---------------------------------------------------------------- Gr.10, Gr.11

  private void sac(SegmentReader r) {
    closeHistoryLine();
    historyLine = new HistoryDraft();
    historyLine.at = historyAt;
    historyLine.action = r.text(3, 0) != null ? r.text(3, 0) : r.text(1, 0);
  }

  private void historySegment(SegmentReader r) {
    int tag = r.tag();
    String element = null;
    if (tag == Tags.IFT) {
      pnr.erasures.add(ErasedElement.HISTORY_TEXT);
      if (historyLine != null) {
        historyLine.textSeen = true;
      }
      return;
    } else if (tag == Tags.SSR) {
      String code = Names.upper(r.text(1, 0));
      String erasure = policy.erasureOf(code);
      if (erasure != null) {
        pnr.erasures.add(erasure);
        element = "SSR";
      } else {
        element = "SSR:" + code;
      }
    } else if (tag == Tags.TIF) {
      element = "NAME";
    } else if (tag == Tags.TVL) {
      element = "ITINERARY";
    } else if (tag == Tags.FOP) {
      element = "PAYMENT";
    } else if (tag == Tags.TKT) {
      element = "TICKET";
    } else if (tag == Tags.ADD) {
      element = "CONTACT";
    } else if (tag == Tags.FTI) {
      element = "FREQUENT_FLYER";
    } else if (tag == Tags.ORG) {
      element = "AGENCY";
    } else if (tag == Tags.SSD) {
      element = "SEAT";
    }
    if (historyLine != null && historyLine.element == null && element != null) {
      historyLine.element = element;
    }
  }

  private void closeHistoryLine() {
    if (historyLine != null && pnr != null) {
      pnr.history.add(
          new HistoryEntry(historyLine.at, historyLine.action, historyLine.elementOrDefault()));
    }
    historyLine = null;
  }

  private static void addIfPresent(List<Contact> into, String kind, String value, String from) {
    if (value != null) {
      into.add(new Contact(kind, value, from));
    }
  }
}
