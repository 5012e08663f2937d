package eu.piu.formats.pnrgov;

import eu.piu.formats.sensitive.ErasureTally;
import eu.piu.schema.Address;
import eu.piu.schema.Baggage;
import eu.piu.schema.BookingAgency;
import eu.piu.schema.Contact;
import eu.piu.schema.HistoryEntry;
import eu.piu.schema.Payment;
import eu.piu.schema.Ticket;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A PNR while its segments are read, from its SRC to the next SRC or the end of the message. */
final class PnrDraft {

  /** Where reading stopped, when a segment could not be read. */
  record Failure(String tag, int segmentIndex, int position, String reason) {}

  /** One locator of RCI: system (airline or GDS), locator, creation date and time. */
  record Locator(String system, String locator, LocalDate date, LocalTime time) {}

  final PnrgovHeader header;
  final int startByte;
  final int startSegment;
  int endByte;
  Failure failure;

  final List<Locator> locators = new ArrayList<>(2);
  java.time.Instant lastModifiedAt;
  java.time.Instant ticketIssueAt;
  BookingAgency agency;
  String groupName;
  final List<Address> addresses = new ArrayList<>(1);
  final List<Contact> contacts = new ArrayList<>(1);
  final List<Payment> payments = new ArrayList<>(1);
  final List<Baggage> baggage = new ArrayList<>(0);
  final List<Ticket> orphanTickets = new ArrayList<>(0);
  final List<PassengerDraft> passengers = new ArrayList<>(4);
  final List<LegDraft> legs = new ArrayList<>(4);
  final List<PendingSsr> ssrs = new ArrayList<>(8);
  final List<String> splitLocators = new ArrayList<>(0);
  final List<HistoryEntry> history = new ArrayList<>(0);
  final Set<String> specialServices = new LinkedHashSet<>();
  final Set<String> notes = new LinkedHashSet<>();
  final ErasureTally erasures = new ErasureTally();

  PnrDraft(PnrgovHeader header, int startByte, int startSegment) {
    this.header = header;
    this.startByte = startByte;
    this.startSegment = startSegment;
    this.endByte = startByte;
  }

  String firstLocator() {
    return locators.isEmpty() ? null : locators.get(0).locator();
  }
}
