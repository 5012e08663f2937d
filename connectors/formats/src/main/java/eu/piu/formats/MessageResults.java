package eu.piu.formats;

import eu.piu.schema.FlightLeg;
import eu.piu.schema.MessageFormat;
import eu.piu.schema.PushType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects what the readers find in one message; becomes a {@link ParsedMessage}. Public only so
 * that the format readers in sub-packages can fill it.
 */
public final class MessageResults {

  private final String messageId;
  private MessageFormat format = MessageFormat.UNKNOWN;
  private String carrier;
  private Instant pushedAt;
  private PushType pushType;
  private FlightLeg pushedFlight;
  private Integer declaredPnrCount;
  private final List<ParsedPnr> pnrs = new ArrayList<>();
  private final List<ParsedApiList> apiLists = new ArrayList<>();
  private final List<Rejection> rejections = new ArrayList<>();
  private final Set<String> notes = new LinkedHashSet<>();

  public MessageResults(String messageId) {
    this.messageId = messageId;
  }

  public void format(MessageFormat f) {
    if (format == MessageFormat.UNKNOWN) {
      format = f;
    }
  }

  public MessageFormat format() {
    return format;
  }

  public void pushFacts(String carrier, Instant pushedAt, PushType type, FlightLeg flight) {
    if (this.carrier == null) {
      this.carrier = carrier;
    }
    if (this.pushedAt == null) {
      this.pushedAt = pushedAt;
    }
    if (this.pushType == null || this.pushType == PushType.UNKNOWN) {
      this.pushType = type;
    }
    if (this.pushedFlight == null) {
      this.pushedFlight = flight;
    }
  }

  public void declaredPnrs(int n) {
    declaredPnrCount = declaredPnrCount == null ? n : declaredPnrCount + n;
  }

  public void add(ParsedPnr pnr) {
    pnrs.add(pnr);
  }

  public void add(ParsedApiList list) {
    apiLists.add(list);
  }

  public void reject(Rejection rejection) {
    rejections.add(rejection);
  }

  /** A content-free remark about the message. */
  public void note(String note) {
    if (note != null) {
      notes.add(note);
    }
  }

  public boolean hasRecordsOrRejections() {
    return !pnrs.isEmpty() || !apiLists.isEmpty() || !rejections.isEmpty();
  }

  public Integer declaredPnrCount() {
    return declaredPnrCount;
  }

  public int pnrCount() {
    return pnrs.size();
  }

  ParsedMessage build(String fallbackCarrier, Instant fallbackTime) {
    return new ParsedMessage(
        messageId,
        format,
        carrier != null ? carrier : fallbackCarrier,
        pushedAt != null ? pushedAt : fallbackTime,
        pushType != null ? pushType : PushType.UNKNOWN,
        pushedFlight,
        declaredPnrCount,
        pnrs,
        apiLists,
        rejections,
        List.copyOf(notes));
  }
}
