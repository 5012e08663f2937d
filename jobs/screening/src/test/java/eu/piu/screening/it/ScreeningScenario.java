package eu.piu.screening.it;

import static eu.piu.screening.ScreeningFixtures.byDocument;
import static eu.piu.screening.ScreeningFixtures.byName;
import static eu.piu.screening.ScreeningFixtures.leg;
import static eu.piu.screening.ScreeningFixtures.passenger;
import static eu.piu.screening.ScreeningFixtures.pnr;

import eu.piu.schema.FlightLeg;
import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import eu.piu.schema.Profile;
import eu.piu.schema.WatchlistEntry;
import eu.piu.screening.ScreeningFixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A feed whose hits are known by construction: which passenger was made to match which entry or
 * profile. The expected figures below are derived from that construction, not from the job.
 */
final class ScreeningScenario {

  static final Instant DAY_TWO = ScreeningFixtures.DEPARTURE.plusSeconds(86_400);

  static final WatchlistEntry POLICE_WANTED =
      byDocument("POLICE", "police-wanted", "pw-1", "P-ALPHA-1");
  static final WatchlistEntry POLICE_WANTED_TOO =
      byDocument("POLICE", "police-wanted", "pw-2", "P-BRAVO-2");
  static final WatchlistEntry VSSE_WATCH =
      byName("VSSE", "vsse-watch", "vw-1", "Karim BENALI", "1984");
  static final WatchlistEntry COMMON_FTF =
      WatchlistEntry.newBuilder(byDocument("VSSE", "common-ftf", "ftf-1", "F-777"))
          .setCommon(true)
          .setConcernedServices(List.of("POLICE", "VSSE", "CUSTOMS"))
          .build();

  /** Listed while the job runs, after its passenger's PNR: found by the name re-screening. */
  static final WatchlistEntry LISTED_LATE =
      byName("CUSTOMS", "customs-watch", "cw-1", "Chidi OKONKWO", "1975-05-05");

  static final WatchlistEntry UNKNOWN_SERVICE = byDocument("MI6", "mi6-list", "x-1", "Z-000");
  static final Profile ADIV_DXB =
      ScreeningFixtures.profile("adiv-dxb", 1, "leg.destination = \"DXB\"", "ADIV");

  private static final Passenger WANTED =
      passenger("a1", "MARTENS", "PIET", "1979-02-03", "P-ALPHA-1");
  private static final Passenger KARIM = passenger("b1", "BENALI", "KARIM", "1984-07-12", "B-555");
  private static final Passenger BOTH =
      passenger("c1", "BENALI", "KARIM", "1984-07-12", "P-BRAVO-2");
  private static final Passenger FIGHTER = passenger("e1", "DOE", "JOHN", "1990-10-10", "F-777");
  private static final Passenger CHIDI = passenger("h1", "OKONKWO", "CHIDI", "1975-05-05", "L-321");

  /** PNRs before the restart point in the restart test. */
  static List<Pnr> firstHalf() {
    List<Pnr> feed = new ArrayList<>();
    feed.add(pnr("AAAAA1", 1, List.of(WANTED, filler(1)), istanbul()));
    feed.add(pnr("BBBBB2", 1, List.of(KARIM, filler(2)), istanbul()));
    feed.add(pnr("CCCCC3", 1, List.of(BOTH), istanbul()));
    feed.add(pnr("HHHHH8", 1, List.of(CHIDI), istanbul()));
    for (int i = 0; i < 5; i++) {
      feed.add(pnr("FILL0" + i, 1, List.of(filler(10 + i), filler(20 + i)), istanbul()));
    }
    return feed;
  }

  static List<Pnr> secondHalf() {
    List<Pnr> feed = new ArrayList<>();
    // The carrier's second push at flight closure: same passengers, no new hit.
    feed.add(pnr("AAAAA1", 2, List.of(WANTED, filler(1)), istanbul()));
    feed.add(
        pnr(
            "DDDDD4",
            1,
            List.of(filler(3), filler(4)),
            istanbul(),
            leg("0456", "IST", "DXB", DAY_TWO)));
    feed.add(pnr("EEEEE5", 1, List.of(FIGHTER), istanbul()));
    for (int i = 5; i < 10; i++) {
      feed.add(pnr("FILL0" + i, 1, List.of(filler(10 + i), filler(20 + i)), istanbul()));
    }
    return feed;
  }

  /** A PNR that decodes but cannot be screened: no itinerary. */
  static Pnr withoutLegs() {
    return Pnr.newBuilder(pnr("GGGGG7", 1, filler(99))).setLegs(List.of()).build();
  }

  // Expected, by construction:
  // AAAAA1 → POLICE; BBBBB2 → VSSE; CCCCC3 → POLICE and VSSE on one person (multiple hit);
  // DDDDD4 → ADIV profile for both passengers on the IST-DXB leg; EEEEE5 → one common hit;
  // HHHHH8 → CUSTOMS once LISTED_LATE is listed.
  static final int HITS = 1 + 1 + 2 + 2 + 1 + 1;
  // AAAAA1 1, BBBBB2 1, CCCCC3 2 new + 1 update of the first service, DDDDD4 2, EEEEE5 3, HHHHH8 1.
  static final int NOTIFICATIONS = 1 + 1 + 3 + 2 + 3 + 1;
  static final int PNR_VERSIONS = 9 + 8;
  static final int DEAD_LETTERS = 3; // garbage bytes, a PNR without legs, an unknown service
  static final int REFERENCE_CHANGES = 6; // five entries and one profile applied
  static final int AUDIT_EVENTS =
      PNR_VERSIONS + HITS + NOTIFICATIONS + DEAD_LETTERS + REFERENCE_CHANGES;

  private static FlightLeg istanbul() {
    return leg("0123", "BRU", "IST", ScreeningFixtures.DEPARTURE);
  }

  private static Passenger filler(int i) {
    return passenger("f" + i, "TRAVELLER" + i, "ANNA", "1988-01-" + (10 + i % 18), "N-" + i);
  }

  private ScreeningScenario() {}
}
