package eu.piu.formats.pnrgov;

import eu.piu.formats.edifact.EdifactDates;
import eu.piu.formats.sensitive.ErasedElement;
import eu.piu.formats.values.Names;
import eu.piu.schema.Address;
import eu.piu.schema.FrequentFlyer;
import eu.piu.schema.PersonName;
import eu.piu.schema.Ticket;
import eu.piu.schema.TravelDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives each allow-listed SSR of a PNR to its passenger once the whole PNR is known, since carriers
 * put them where they like: DOCS in Gr.1 or Gr.5 instead of Gr.2, an infant's DOCS under its adult,
 * an infant named by an INFT before (or without) its own TIF.
 *
 * <p>Who an SSR belongs to: the traveller references it names; else, for DOCS and INFT, the name it
 * carries; else the passenger whose Gr.2 it was in; else the only adult or child of the PNR. An SSR
 * that fits nobody is left out and noted.
 */
final class SsrAttribution {

  private final PnrDraft pnr;
  private final int referenceYear;

  SsrAttribution(PnrDraft pnr, int referenceYear) {
    this.pnr = pnr;
    this.referenceYear = referenceYear;
  }

  void apply() {
    linkInfantsByTif();
    // Infants first, so that their DOCS and tickets find them.
    for (PendingSsr s : pnr.ssrs) {
      if (s.code().equals("INFT")) {
        infant(s);
      }
    }
    for (PendingSsr s : pnr.ssrs) {
      if (s.code().equals("DOCS")) {
        docs(s);
      }
    }
    for (PendingSsr s : pnr.ssrs) {
      switch (s.code()) {
        case "INFT", "DOCS" -> {}
        case "DOCO" -> forEachTarget(s, p -> visa(s, p));
        case "DOCA" -> forEachTarget(s, p -> address(s, p));
        case "FQTV", "FQTR", "FQTS", "FQTU" -> forEachTarget(s, p -> frequentFlyer(s, p));
        case "CTCE", "CTCM", "CTCH", "CTCB", "CTCP", "CTCT", "CTCR" -> contact(s);
        case "TKNE", "TKNA", "TKNM", "TKNC" -> ticket(s);
        case "UMNR" -> forEachTarget(s, p -> minor(s, p));
        case "CHLD" -> forEachTarget(s, p -> child(s, p));
        default -> {
          if (SeatCodes.isSeatRequest(s.code())) {
            seats(s);
          } else {
            List<PassengerDraft> targets = targets(s);
            if (targets.isEmpty()) {
              pnr.specialServices.add(s.code());
            }
            targets.forEach(p -> p.specialServices.add(s.code()));
          }
        }
      }
    }
    for (Ticket t : pnr.orphanTickets) {
      PassengerDraft only = PassengerMatcher.onlyTraveller(pnr.passengers);
      if (only != null) {
        only.tickets.add(t);
      } else {
        pnr.notes.add("ticket of an unidentified traveller left out");
      }
    }
  }

  // ---------------------------------------------------------------- who

  private interface Apply {
    void to(PassengerDraft p);
  }

  private void forEachTarget(PendingSsr s, Apply apply) {
    List<PassengerDraft> targets = targets(s);
    if (targets.isEmpty()) {
      pnr.notes.add("SSR " + s.code() + " matches no passenger: left out");
      return;
    }
    for (PassengerDraft p : targets) {
      p.specialServices.add(s.code());
      apply.to(p);
    }
  }

  /** By reference, else the Gr.2 passenger, else the only traveller. */
  private List<PassengerDraft> targets(PendingSsr s) {
    List<PassengerDraft> out = new ArrayList<>(1);
    for (String ref : s.references()) {
      PassengerDraft p = PassengerMatcher.byReference(pnr.passengers, ref);
      if (p != null && !out.contains(p)) {
        out.add(p);
      }
    }
    if (!out.isEmpty()) {
      return out;
    }
    if (s.context() != null) {
      out.add(s.context());
      return out;
    }
    PassengerDraft only = PassengerMatcher.onlyTraveller(pnr.passengers);
    if (only != null) {
      out.add(only);
    }
    return out;
  }

  private PassengerDraft adultOf(PendingSsr s) {
    List<PassengerDraft> targets = targets(s);
    for (PassengerDraft p : targets) {
      if (!p.isInfant()) {
        return p;
      }
    }
    return targets.isEmpty() ? null : targets.get(0);
  }

  // ---------------------------------------------------------------- infants

  /**
   * An infant TIF (type IN) goes with: the adult whose reference starts its own ({@code 43578} for
   * {@code 43578I}), else the nearest adult before it that announced an infant, else the only
   * adult.
   */
  private void linkInfantsByTif() {
    List<PassengerDraft> all = pnr.passengers;
    for (int i = 0; i < all.size(); i++) {
      PassengerDraft infant = all.get(i);
      if (!"IN".equals(infant.type) && !"INF".equals(infant.type) || infant.infantOf != null) {
        continue;
      }
      PassengerDraft adult = null;
      if (infant.reference != null) {
        for (PassengerDraft p : all) {
          if (p != infant
              && !p.isInfant()
              && p.reference != null
              && infant.reference.startsWith(p.reference)
              && infant.reference.length() > p.reference.length()) {
            adult = p;
            break;
          }
        }
      }
      for (int j = i - 1; adult == null && j >= 0; j--) {
        PassengerDraft p = all.get(j);
        if (p.withInfant && !p.isInfant() && !hasInfant(p)) {
          adult = p;
        }
      }
      if (adult == null) {
        adult = PassengerMatcher.onlyTraveller(all);
      }
      infant.infantOf = adult;
    }
  }

  private boolean hasInfant(PassengerDraft adult) {
    for (PassengerDraft p : pnr.passengers) {
      if (p.infantOf == adult) {
        return true;
      }
    }
    return false;
  }

  /** {@code INFT ... SURNAME/GIVEN/10AUG11} or {@code SURNAME/GIVEN 15APR12}. */
  private void infant(PendingSsr s) {
    SsrTexts.InfantName name = SsrTexts.infant(s.text(), referenceYear);
    PassengerDraft adult = adultOf(s);
    if (name == null) {
      if (adult != null) {
        adult.withInfant = true;
        adult.specialServices.add("INFT");
      }
      return;
    }
    PassengerDraft infant = PassengerMatcher.byName(pnr.passengers, name.surname(), name.given());
    if (infant == adult && infant != null) {
      infant = null; // the infant shares the adult's names only when the INFT is not about it
    }
    if (infant == null) {
      infant = new PassengerDraft(name.surname(), name.given());
      infant.type = "IN";
      pnr.passengers.add(infant);
    }
    if (infant.infantOf == null && adult != null && adult != infant) {
      infant.infantOf = adult;
    }
    if (infant.type == null) {
      infant.type = "IN";
    }
    if (infant.dateOfBirth == null && name.dateOfBirth() != null) {
      infant.dateOfBirth = name.dateOfBirth();
    }
    if (adult != null) {
      adult.withInfant = true;
      adult.specialServices.add("INFT");
    }
  }

  // ---------------------------------------------------------------- documents

  private void docs(PendingSsr s) {
    SsrTexts.Docs d = SsrTexts.docs(s.text(), referenceYear);
    if (d == null) {
      return;
    }
    PassengerDraft target = docsTarget(s, d);
    if (target == null) {
      pnr.notes.add("SSR DOCS matches no passenger: left out");
      return;
    }
    target.specialServices.add("DOCS");
    if (d.number() != null) {
      addDocument(target, new TravelDocument(d.type(), d.number(), d.issuer(), d.expiry()));
    }
    if (target.dateOfBirth == null && d.dateOfBirth() != null) {
      target.dateOfBirth = d.dateOfBirth();
      target.dateOfBirthYearOnly = d.dateOfBirthYearOnly();
    }
    if (target.gender == null) {
      target.gender = d.gender();
    }
    if (target.nationality == null) {
      target.nationality = d.nationality();
    }
    if (d.surname() != null) {
      String given = d.given();
      boolean same =
          Names.normalise(d.surname()).equals(target.normalisedSurname)
              && Names.normalise(given).equals(target.normalisedGiven);
      if (!same) {
        PersonName name =
            new PersonName(
                given == null ? d.surname() : d.surname() + " " + given, d.surname(), given);
        if (!target.documentNames.contains(name)) {
          target.documentNames.add(name);
        }
      }
    }
  }

  /**
   * An infant's DOCS (gender FI/MI) usually sits under its adult, with the adult's reference: it
   * goes to the infant named in it, else the adult's infant, else a new infant. An adult's DOCS
   * goes by name when the name is unambiguous, else by reference, Gr.2, or the only traveller.
   */
  private PassengerDraft docsTarget(PendingSsr s, SsrTexts.Docs d) {
    PassengerDraft byName = PassengerMatcher.byName(pnr.passengers, d.surname(), d.given());
    if (d.infant()) {
      if (byName != null) {
        return byName;
      }
      PassengerDraft adult = adultOf(s);
      for (PassengerDraft p : pnr.passengers) {
        if (p.infantOf != null && p.infantOf == adult) {
          return p;
        }
      }
      if (d.surname() == null) {
        return null;
      }
      PassengerDraft infant = new PassengerDraft(d.surname(), d.given());
      infant.type = "IN";
      infant.infantOf = adult;
      pnr.passengers.add(infant);
      return infant;
    }
    if (byName != null) {
      return byName;
    }
    List<PassengerDraft> targets = targets(s);
    if (targets.size() == 1) {
      return targets.get(0);
    }
    if (pnr.passengers.isEmpty() && d.surname() != null) {
      // A PNR whose only name is in its DOCS: the traveller is kept, named from it.
      PassengerDraft p = new PassengerDraft(d.surname(), d.given());
      pnr.passengers.add(p);
      pnr.notes.add("passenger named from DOCS: no TIF");
      return p;
    }
    return null;
  }

  private static void addDocument(PassengerDraft p, TravelDocument doc) {
    for (TravelDocument known : p.documents) {
      if (known.getNumber().equals(doc.getNumber())
          && java.util.Objects.equals(known.getType(), doc.getType())) {
        return;
      }
    }
    p.documents.add(doc);
  }

  private void visa(PendingSsr s, PassengerDraft p) {
    TravelDocument visa = SsrTexts.visa(s.text());
    if (visa != null) {
      addDocument(p, visa);
    }
  }

  private void address(PendingSsr s, PassengerDraft p) {
    Address a = SsrTexts.address(s.text());
    if (a != null && !p.addresses.contains(a)) {
      p.addresses.add(a);
    }
  }

  // ---------------------------------------------------------------- the rest

  private void frequentFlyer(PendingSsr s, PassengerDraft p) {
    FrequentFlyer f = SsrTexts.frequentFlyer(s.text());
    if (f == null) {
      return;
    }
    for (FrequentFlyer known : p.frequentFlyers) {
      if (known.getNumber().equals(f.getNumber())) {
        return;
      }
    }
    p.frequentFlyers.add(f);
  }

  private void contact(PendingSsr s) {
    if (s.text() == null) {
      return;
    }
    List<PassengerDraft> targets = targets(s);
    if (targets.isEmpty()) {
      ContactCodes.read(s.code(), s.text(), pnr.contacts);
      return;
    }
    for (PassengerDraft p : targets) {
      p.specialServices.add(s.code());
      ContactCodes.read(s.code(), s.text(), p.contacts);
    }
  }

  /**
   * {@code TKNE ... 1392178947000C2}: a 13-digit ticket number and coupon; {@code INF} in front
   * means the ticket of the adult's infant.
   */
  private void ticket(PendingSsr s) {
    String number = SsrTexts.ticketNumber(s.text());
    boolean forInfant = s.text() != null && s.text().contains("INF");
    List<PassengerDraft> targets = targets(s);
    for (PassengerDraft p : targets) {
      PassengerDraft holder = p;
      if (forInfant && !p.isInfant()) {
        for (PassengerDraft q : pnr.passengers) {
          if (q.infantOf == p) {
            holder = q;
            break;
          }
        }
      }
      holder.specialServices.add(s.code());
      if (number != null && holder.tickets.stream().noneMatch(t -> number.equals(t.getNumber()))) {
        Ticket t = new Ticket();
        t.setNumber(number);
        t.setDocumentType("T");
        holder.tickets.add(t);
      }
    }
  }

  /**
   * UMNR: an unaccompanied minor and its age ({@code UM10}). The rest of its text (guardians,
   * languages) is free text and is erased, which is this reader's choice for Annex I 12.
   */
  private void minor(PendingSsr s, PassengerDraft p) {
    p.unaccompaniedMinor = true;
    SsrTexts.Minor m = SsrTexts.minor(s.text());
    if (m.age() != null) {
      p.minorAge = m.age();
    }
    if (m.moreText()) {
      pnr.erasures.add(ErasedElement.SSR_TEXT);
    }
  }

  private void child(PendingSsr s, PassengerDraft p) {
    if (p.dateOfBirth == null && s.text() != null) {
      p.dateOfBirth = EdifactDates.ddMMMyy(s.text().trim().split(" ")[0], true, referenceYear);
    }
    if (p.type == null) {
      p.type = "C";
    }
  }

  /**
   * SEAT-like SSRs: one seat per traveller reference, for the leg of their Gr.5 or the leg whose
   * board and off points they name.
   */
  private void seats(PendingSsr s) {
    int legIndex = s.legIndex();
    if (legIndex < 0 && s.boardPoint() != null) {
      for (LegDraft l : pnr.legs) {
        if (s.boardPoint().equals(l.origin)
            && (s.offPoint() == null || s.offPoint().equals(l.destination))) {
          legIndex = l.index;
          break;
        }
      }
    }
    boolean any = false;
    for (int i = 0; i < s.seats().size(); i++) {
      String seat = s.seats().get(i);
      if (!Seats.isSeat(seat)) {
        continue;
      }
      String ref = s.references().get(i);
      PassengerDraft p = ref == null ? null : PassengerMatcher.byReference(pnr.passengers, ref);
      if (p == null && ref == null) {
        p = s.context() != null ? s.context() : PassengerMatcher.onlyTraveller(pnr.passengers);
      }
      if (p == null || legIndex < 0) {
        continue;
      }
      p.specialServices.add(s.code());
      LegStatusDraft st = p.leg(legIndex);
      if (st.seat == null) {
        st.seat = Seats.normalise(seat);
      }
      any = true;
    }
    if (!any) {
      for (PassengerDraft p : targets(s)) {
        p.specialServices.add(s.code());
      }
    }
  }
}
