package eu.piu.ingest.it;

import eu.piu.ingest.CarrierMessages;
import eu.piu.schema.CarrierMessage;
import eu.piu.schema.MessageFormat;
import java.time.Instant;
import java.util.List;

/**
 * The crafted carrier messages of the ITCase (src/test/resources/it, fabricated people), in the
 * phases they are sent in, and what the job must make of them. Each is received a minute after its
 * UNB time.
 *
 * <ol>
 *   <li>SN0123 BRU-LIS (departs 03-03 10:15), first push 26 h before: SEN001 (meal, medical and
 *       other SSRs, OSI, remark, LTS: all erased), K7QX2M (two passengers), BPA002 (no surname:
 *       rejected, its OSI redacted in the dead letter), BPA003. Then the same push again an hour
 *       later (identical re-sends, and BPA002 again). TK1938 IST-BRU first pushed 8 h before
 *       departure (late). And a raw EDIFACT message written to the topic without its Avro envelope.
 *   <li>SN0123 closure push (MSG 141): K7QX2M with seats.
 *   <li>SN0123 API list at closure: K7QX2M's two travellers (by record locator, one with an
 *       identity card the booking lacks), JANSSENS (by name and date of birth, a new passport),
 *       PEETERS (no PNR: API-only), a free-text FTX (erased).
 *   <li>Two days later, an empty push for SN0456: event time passes TK1938's closure window.
 * </ol>
 */
final class IngestScenario {

  static final String SEN001 = "SN:SEN001:2026-01-15";
  static final String K7QX2M = "SN:K7QX2M:2026-01-15";
  static final String BPA003 = "SN:BPA003:2026-01-15";
  static final String TKL001 = "TK:TKL001:2026-02-20";
  static final String API_ONLY_PREFIX = "API:SN0123/2026-03-03/BRU:A";

  static final long FIRST_PUSH = Instant.parse("2026-03-02T08:15:00Z").toEpochMilli();
  static final long TK_PUSH = Instant.parse("2026-03-03T06:00:00Z").toEpochMilli();
  static final long CLOSURE_PUSH = Instant.parse("2026-03-03T09:25:00Z").toEpochMilli();
  static final long API_PUSH = Instant.parse("2026-03-03T09:30:00Z").toEpochMilli();

  /** PNR versions after each phase (read_committed). */
  static final int PNR_VERSIONS_AFTER_FIRST_PUSHES = 4;

  static final int PNR_VERSIONS_AFTER_CLOSURE_PUSH = 5;
  static final int PNR_VERSIONS = 8;

  static final int DEAD_LETTERS = 3;
  static final int RECEIPTS = 6;

  /** SEN001's six element types in two pushes, the FTX of the API list, three redactions. */
  static final int ERASURES = 6 * 2 + 1 + 3;

  static final int IDENTICAL_RESENDS = 3;
  static final int AUDIT_EVENTS = RECEIPTS + ERASURES + DEAD_LETTERS + IDENTICAL_RESENDS;

  /** SN0123 three pushes, TK1938 one, SN0456 one; and the three flights. */
  static final int PUSH_DOCUMENTS = 5;

  static final int FLIGHT_DOCUMENTS = 3;

  private IngestScenario() {}

  static List<CarrierMessage> firstPushes() {
    return List.of(
        pnrgov("it-m01", "01-sn0123-first-push.edi", "SN", "2026-03-02T08:16:00Z"),
        pnrgov("it-m05", "05-tk1938-late-push.edi", "TK", "2026-03-03T06:01:00Z"));
  }

  static CarrierMessage identicalResend() {
    return pnrgov("it-m02", "02-sn0123-identical-resend.edi", "SN", "2026-03-02T09:16:00Z");
  }

  /** A PNRGOV interchange written to the topic as is, without the CarrierMessage envelope. */
  static byte[] rawEdifact() {
    return CarrierMessages.bytes("01-sn0123-first-push.edi");
  }

  static CarrierMessage closurePush() {
    return pnrgov("it-m04", "04-sn0123-closure-push.edi", "SN", "2026-03-03T09:26:00Z");
  }

  static CarrierMessage apiList() {
    return CarrierMessages.message(
        "it-m03",
        "03-sn0123-api-at-closure.edi",
        "SN",
        MessageFormat.PAXLST,
        Instant.parse("2026-03-03T09:31:00Z"));
  }

  static CarrierMessage twoDaysLater() {
    return pnrgov("it-m06", "06-sn0456-empty-push.edi", "SN", "2026-03-05T10:01:00Z");
  }

  private static CarrierMessage pnrgov(String id, String fixture, String sender, String at) {
    return CarrierMessages.message(id, fixture, sender, MessageFormat.PNRGOV, Instant.parse(at));
  }
}
