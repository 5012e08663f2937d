package eu.piu.formats.pnrgov;

import java.util.Set;

/** SSR codes that request or assign a seat. */
final class SeatCodes {

  private static final Set<String> SEAT_REQUESTS =
      Set.of("SEAT", "NSST", "NSSA", "NSSB", "NSSW", "SMST", "SMSA", "SMSB", "SMSW", "RQST");

  private SeatCodes() {}

  static boolean isSeatRequest(String code) {
    return SEAT_REQUESTS.contains(code);
  }
}
