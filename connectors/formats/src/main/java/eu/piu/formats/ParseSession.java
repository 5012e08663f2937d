package eu.piu.formats;

import eu.piu.formats.edifact.BodyHandler;
import eu.piu.formats.edifact.Envelope;
import eu.piu.formats.edifact.SegmentReader;
import eu.piu.formats.edifact.ServiceStringAdvice;
import eu.piu.formats.edifact.SyntaxSetup;
import eu.piu.formats.edifact.Tags;
import eu.piu.formats.paxlst.PaxlstHandler;
import eu.piu.formats.pnrgov.PnrgovHandler;
import eu.piu.formats.sensitive.SensitiveDataPolicy;
import eu.piu.schema.MessageFormat;
import java.nio.charset.Charset;
import java.time.Instant;

/**
 * One run over one payload: the service segments (UNB, UNG, UNH, UNT, UNE, UNZ) are handled here,
 * everything between UNH and UNT goes to the reader of the message type the UNH names. Not
 * thread-safe; one per payload.
 */
final class ParseSession {

  private final SensitiveDataPolicy policy;
  private final String sender;
  private final Instant receivedAt;
  private final String messageId;
  private final MessageResults results;
  private final Envelope envelope = new Envelope();

  private PnrgovHandler pnrgov;
  private PaxlstHandler paxlst;
  private BodyHandler current;
  private boolean inMessage;
  private boolean inForeignMessage;
  private int strayOutsideMessages;
  private int lastTag;
  private int lastIndex = -1;
  private int lastStart;
  private int firstTag;
  private int firstIndex = -1;
  private int firstStart;
  private int foreignIndex = -1;
  private int foreignStart;

  ParseSession(SensitiveDataPolicy policy, String sender, Instant receivedAt, String messageId) {
    this.policy = policy;
    this.sender = sender;
    this.receivedAt = receivedAt;
    this.messageId = messageId;
    this.results = new MessageResults(messageId);
  }

  ParsedMessage run(byte[] payload) {
    Charset charset = SegmentReader.charsetFor(payload, 0, payload.length);
    int from = 0;
    int nextIndex = 0;
    // A payload may hold several interchanges one after the other, each with its own UNA.
    while (from >= 0) {
      SyntaxSetup setup = ServiceStringAdvice.read(payload, from, payload.length);
      results.note(setup.note());
      SegmentReader r =
          new SegmentReader(
              payload, setup.bodyStart(), payload.length, setup.separators(), charset, nextIndex);
      from = readInterchange(r, payload);
      nextIndex = r.index() + 1;
    }
    if (current != null) {
      if (inMessage) {
        results.note("message without UNT");
        current.endMessage(null);
      }
    }
    if (pnrgov != null) {
      pnrgov.finish(payload.length);
    }
    if (paxlst != null) {
      paxlst.finish(payload.length);
    }
    if (strayOutsideMessages > 0) {
      results.note("segments outside any message ignored");
    }
    if (firstIndex < 0) {
      reject("no EDIFACT segment in payload", payload.length);
    } else if (current == null) {
      // Point at what told the type: a UNH of another type, else the first segment.
      if (foreignIndex >= 0) {
        lastTag = Tags.UNH;
        lastIndex = foreignIndex;
        lastStart = foreignStart;
      } else {
        lastTag = firstTag;
        lastIndex = firstIndex;
        lastStart = firstStart;
      }
      reject("not a PNRGOV or PAXLST message", payload.length);
    }
    checkCounts(payload.length);
    return results.build(sender, receivedAt);
  }

  /** Reads one interchange; the offset of the next one in the payload, or -1. */
  private int readInterchange(SegmentReader r, byte[] payload) {
    while (r.next()) {
      if (firstIndex < 0) {
        firstTag = r.tag();
        firstIndex = r.index();
        firstStart = r.start();
      }
      lastTag = r.tag();
      lastIndex = r.index();
      lastStart = r.start();
      int tag = r.tag();
      if (tag == Tags.UNB) {
        envelope.readUnb(r);
      } else if (tag == Tags.UNG) {
        envelope.readUng(r);
      } else if (tag == Tags.UNH) {
        unh(r);
      } else if (tag == Tags.UNT) {
        if (current != null && inMessage) {
          current.endMessage(r);
        }
        inMessage = false;
        inForeignMessage = false;
      } else if (tag == Tags.UNE) {
        inMessage = false;
      } else if (tag == Tags.UNZ) {
        int next = nextContent(payload, r.end());
        if (next < 0) {
          return -1;
        }
        if (startsInterchange(payload, next)) {
          return next;
        }
        results.note("content after UNZ ignored");
        return -1;
      } else if (inMessage && current != null) {
        current.segment(r);
      } else {
        outsideMessage(r);
      }
    }
    return -1;
  }

  private void unh(SegmentReader r) {
    if (inMessage && current != null) {
      results.note("message without UNT");
      current.endMessage(null);
    }
    envelope.readUnh(r);
    String type = envelope.messageType();
    BodyHandler next = handlerFor(type != null ? type : envelope.groupType());
    if (next == null) {
      if (foreignIndex < 0) {
        foreignIndex = r.index();
        foreignStart = r.start();
      }
      results.note("message of another type ignored");
      inMessage = false;
      inForeignMessage = true;
      return;
    }
    inForeignMessage = false;
    current = next;
    inMessage = true;
    current.startMessage(r);
  }

  private BodyHandler handlerFor(String type) {
    if ("PNRGOV".equals(type)) {
      results.format(MessageFormat.PNRGOV);
      if (pnrgov == null) {
        pnrgov = new PnrgovHandler(policy, envelope, results, sender, receivedAt, messageId);
      }
      return pnrgov;
    }
    if ("PAXLST".equals(type)) {
      results.format(MessageFormat.PAXLST);
      if (paxlst == null) {
        paxlst = new PaxlstHandler(envelope, results, sender, receivedAt, messageId);
      }
      return paxlst;
    }
    return null;
  }

  /**
   * Segments outside UNH..UNT: message data whose UNH is missing (the message type is told by its
   * first segments), or junk after a UNT, which is ignored.
   */
  private void outsideMessage(SegmentReader r) {
    int tag = r.tag();
    if (current == null && !inForeignMessage) {
      String type = null;
      if (tag == Tags.MSG
          || tag == Tags.SRC
          || tag == Tags.TIF
          || tag == Tags.RCI
          || tag == Tags.EQN) {
        type = "PNRGOV";
      } else if (tag == Tags.BGM || tag == Tags.TDT) {
        type = "PAXLST";
      } else if (tag == Tags.ORG || tag == Tags.TVL) {
        type = "PNRGOV";
      }
      if (type != null) {
        results.note("message data without UNH");
        current = handlerFor(type);
        inMessage = true;
        current.startMessage(r);
        current.segment(r);
        return;
      }
    }
    strayOutsideMessages++;
  }

  private void reject(String reason, int payloadLength) {
    results.reject(
        new Rejection(
            Rejection.Scope.MESSAGE,
            lastIndex < 0 ? null : Tags.describe(lastTag),
            lastIndex,
            lastIndex < 0 ? 0 : lastStart,
            reason,
            null,
            0,
            payloadLength));
  }

  /** Whatever was read, a message ends with records, rejections, or an explicitly empty push. */
  private void checkCounts(int payloadLength) {
    Integer declared = results.declaredPnrCount();
    if (results.format() == MessageFormat.PNRGOV
        && declared != null
        && declared != results.pnrCount()) {
      results.note("EQN announces another number of PNRs than found");
    }
    boolean explicitlyEmpty =
        results.format() == MessageFormat.PNRGOV && declared != null && declared == 0;
    if (!results.hasRecordsOrRejections() && !explicitlyEmpty) {
      reject(
          results.format() == MessageFormat.PNRGOV
              ? "PNRGOV message without any PNR"
              : "message without usable content",
          payloadLength);
    }
  }

  private static int nextContent(byte[] payload, int from) {
    for (int i = from; i < payload.length; i++) {
      byte b = payload[i];
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != 0) {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsInterchange(byte[] payload, int at) {
    return at + 3 <= payload.length
        && payload[at] == 'U'
        && payload[at + 1] == 'N'
        && (payload[at + 2] == 'A' || payload[at + 2] == 'B');
  }
}
