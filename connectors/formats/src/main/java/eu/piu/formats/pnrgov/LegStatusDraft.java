package eu.piu.formats.pnrgov;

/** What is known of one passenger on one leg: check-in, boarding number, seat. */
final class LegStatusDraft {
  boolean checkedIn;
  java.time.Instant checkInAt;
  String boardingNumber;
  String seat;
  String cabin;
}
