package eu.piu.formats.edifact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * What the service segments say about an interchange and its current message: who sent it, when
 * (which orders the pushes of a PNR), and which message type, version and part it is.
 */
public final class Envelope {

  private String sender;
  private LocalDateTime interchangeTime;
  private LocalDateTime groupTime;
  private String groupType;
  private String messageType;
  private String messageVersion;
  private Integer part;

  /** {@code UNB+IATA:1+DL++101209:2100+REF}. */
  public void readUnb(SegmentReader r) {
    sender = r.text(2, 0);
    interchangeTime = dateTime(r.text(4, 0), r.text(4, 1));
  }

  /** {@code UNG+PNRGOV+TZ+AUCBPS+130523:2210+REF+IA+11:1}. */
  public void readUng(SegmentReader r) {
    groupType = r.text(1, 0);
    if (sender == null) {
      sender = r.text(2, 0);
    }
    groupTime = dateTime(r.text(4, 0), r.text(4, 1));
  }

  /** {@code UNH+REF+PNRGOV:13:1:IA+ACCESS+SEQ:C}. */
  public void readUnh(SegmentReader r) {
    messageType = r.text(2, 0);
    String version = r.text(2, 1);
    String release = r.text(2, 2);
    messageVersion = version == null ? null : release == null ? version : version + ":" + release;
    String seq = r.text(4, 0);
    part = null;
    if (seq != null && seq.length() <= 4 && EdifactDates.digits(seq)) {
      part = Integer.parseInt(seq);
    }
  }

  private static LocalDateTime dateTime(String date, String time) {
    if (date == null) {
      return null;
    }
    LocalDate d = date.length() == 8 ? EdifactDates.ccyymmdd(date) : EdifactDates.yymmdd(date);
    if (d == null) {
      return null;
    }
    LocalTime t = EdifactDates.hhmm(time);
    return t == null ? d.atStartOfDay() : d.atTime(t);
  }

  /**
   * When the carrier made the push: the interchange time, else the group time, else {@code
   * fallback} (the receipt time). Carriers send UTC here by the PNRGOV/PAXLST guides.
   */
  public Instant pushTime(Instant fallback) {
    LocalDateTime t = interchangeTime != null ? interchangeTime : groupTime;
    return t == null ? fallback : t.toInstant(ZoneOffset.UTC);
  }

  /** True when the push time comes from the message rather than from the receipt. */
  public boolean hasPushTime() {
    return interchangeTime != null || groupTime != null;
  }

  public String sender() {
    return sender;
  }

  public String groupType() {
    return groupType;
  }

  public String messageType() {
    return messageType;
  }

  public String messageVersion() {
    return messageVersion;
  }

  public Integer part() {
    return part;
  }
}
