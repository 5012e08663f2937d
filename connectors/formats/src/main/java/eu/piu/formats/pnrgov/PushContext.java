package eu.piu.formats.pnrgov;

import eu.piu.formats.edifact.Envelope;
import java.time.Instant;

/** Facts about the push shared by every PNR of a message: who pushed, when, under which id. */
final class PushContext {

  private final Envelope envelope;
  private final String sender;
  private final Instant receivedAt;
  private final String messageId;

  PushContext(Envelope envelope, String sender, Instant receivedAt, String messageId) {
    this.envelope = envelope;
    this.sender = sender;
    this.receivedAt = receivedAt;
    this.messageId = messageId;
  }

  /**
   * The pushing carrier: the airline of the pushed flight, else the originator of the message when
   * it is an airline (not a reservation system such as 1A), else the interchange sender, else the
   * gateway's sender.
   */
  String carrier(PnrgovHeader header) {
    if (header.pushedFlight != null && isAirline(header.pushedFlight.carrier)) {
      return header.pushedFlight.carrier;
    }
    if (isAirline(header.originatorAirline) && !isReservationSystem(header.originatorAirline)) {
      return header.originatorAirline;
    }
    String interchangeSender =
        header.interchangeSender != null ? header.interchangeSender : envelope.sender();
    if (isAirline(interchangeSender) && !isReservationSystem(interchangeSender)) {
      return interchangeSender;
    }
    return sender != null && !sender.isBlank() ? sender : "UNKNOWN";
  }

  /** Push facts of the envelope as the message starts, kept with its header. */
  void stamp(PnrgovHeader header) {
    header.pushedAt = envelope.pushTime(receivedAt);
    header.pushTimeFromMessage = envelope.hasPushTime();
    header.interchangeSender = envelope.sender();
  }

  /** The push time: UNB (else UNG) date and time, else the receipt time. */
  Instant pushedAt(PnrgovHeader header) {
    return header.pushedAt != null ? header.pushedAt : envelope.pushTime(receivedAt);
  }

  boolean pushTimeFromMessage(PnrgovHeader header) {
    return header.pushedAt != null ? header.pushTimeFromMessage : envelope.hasPushTime();
  }

  Instant receivedAt() {
    return receivedAt;
  }

  String messageId() {
    return messageId;
  }

  private static boolean isAirline(String code) {
    if (code == null || code.length() < 2 || code.length() > 3) {
      return false;
    }
    for (int i = 0; i < code.length(); i++) {
      if (!Character.isLetterOrDigit(code.charAt(i)) || code.charAt(i) > 'z') {
        return false;
      }
    }
    return true;
  }

  /** Global distribution systems use designators starting with 1 (1A Amadeus, 1S Sabre...). */
  static boolean isReservationSystem(String code) {
    return code != null && code.length() == 2 && code.charAt(0) == '1';
  }
}
