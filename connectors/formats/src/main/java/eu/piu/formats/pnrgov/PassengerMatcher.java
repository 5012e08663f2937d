package eu.piu.formats.pnrgov;

import eu.piu.formats.values.Names;
import java.util.List;

/**
 * Finds the passenger an SSR, a check-in TIF or an infant record is about: by traveller reference
 * first, else by name (surname equal, given names agreeing; a tie finds nobody rather than the
 * wrong one).
 */
final class PassengerMatcher {

  private PassengerMatcher() {}

  static PassengerDraft byReference(List<PassengerDraft> passengers, String reference) {
    if (reference == null) {
      return null;
    }
    for (PassengerDraft p : passengers) {
      if (reference.equals(p.reference) || reference.equals(p.otherReference)) {
        return p;
      }
    }
    return null;
  }

  static PassengerDraft byName(List<PassengerDraft> passengers, String surname, String given) {
    if (surname == null) {
      return null;
    }
    String ns = Names.normalise(surname);
    String ng = Names.normalise(Names.splitTitle(given).given());
    PassengerDraft best = null;
    int bestScore = 0;
    boolean tie = false;
    for (PassengerDraft p : passengers) {
      if (!p.normalisedSurname.equals(ns)) {
        continue;
      }
      int score = Names.givenAgreement(p.normalisedGiven, ng);
      if (score > bestScore) {
        best = p;
        bestScore = score;
        tie = false;
      } else if (score == bestScore && score > 0) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  static PassengerDraft find(
      List<PassengerDraft> passengers, String reference, String surname, String given) {
    PassengerDraft p = byReference(passengers, reference);
    return p != null ? p : byName(passengers, surname, given);
  }

  /** The one adult or child of the PNR, when there is exactly one. */
  static PassengerDraft onlyTraveller(List<PassengerDraft> passengers) {
    PassengerDraft only = null;
    for (PassengerDraft p : passengers) {
      if (p.isInfant()) {
        continue;
      }
      if (only != null) {
        return null;
      }
      only = p;
    }
    return only;
  }
}
