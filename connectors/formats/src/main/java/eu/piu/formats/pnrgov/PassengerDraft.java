package eu.piu.formats.pnrgov;

import eu.piu.formats.values.Names;
import eu.piu.schema.Address;
import eu.piu.schema.Baggage;
import eu.piu.schema.Contact;
import eu.piu.schema.FrequentFlyer;
import eu.piu.schema.PersonName;
import eu.piu.schema.Ticket;
import eu.piu.schema.TravelDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/** A traveller of a PNR while it is read; becomes an Avro Passenger. */
final class PassengerDraft {
  final String surname;
  final String givenNames;
  final String title;
  final String normalisedSurname;
  final String normalisedGiven;
  String type;
  String reference;
  String otherReference;
  boolean withInfant;
  PassengerDraft infantOf;
  LocalDate dateOfBirth;
  boolean dateOfBirthYearOnly;
  String gender;
  String nationality;
  boolean unaccompaniedMinor;
  Integer minorAge;
  final List<TravelDocument> documents = new ArrayList<>(1);
  final List<PersonName> documentNames = new ArrayList<>(0);
  final List<FrequentFlyer> frequentFlyers = new ArrayList<>(0);
  final List<Contact> contacts = new ArrayList<>(0);
  final List<Address> addresses = new ArrayList<>(0);
  final List<Ticket> tickets = new ArrayList<>(1);
  final List<Baggage> baggage = new ArrayList<>(0);
  final TreeMap<Integer, LegStatusDraft> legs = new TreeMap<>();
  final Set<String> specialServices = new LinkedHashSet<>();

  PassengerDraft(String surname, String givenWithTitle) {
    Names.GivenAndTitle split = Names.splitTitle(givenWithTitle);
    this.surname = Names.collapseSpaces(surname);
    this.givenNames = split.given();
    this.title = split.title();
    this.normalisedSurname = Names.normalise(this.surname);
    this.normalisedGiven = Names.normalise(this.givenNames);
  }

  boolean isInfant() {
    return "IN".equals(type) || "INF".equals(type) || infantOf != null;
  }

  LegStatusDraft leg(int index) {
    return legs.computeIfAbsent(index, i -> new LegStatusDraft());
  }
}
