package eu.piu.screening;

import eu.piu.connectors.deadletter.RecordValidator;
import eu.piu.schema.ChangeOp;
import eu.piu.schema.FlightLeg;
import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import eu.piu.schema.Profile;
import eu.piu.schema.WatchlistEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What the screening job needs of its inputs; a record failing these becomes a dead letter. */
public final class Validations {

  private Validations() {}

  public static RecordValidator<Pnr> pnr() {
    return pnr -> {
      List<String> problems = new ArrayList<>();
      if (pnr.getPnrId().isBlank()) {
        problems.add("pnrId: blank");
      }
      if (pnr.getRecordLocator().isBlank()) {
        problems.add("recordLocator: blank");
      }
      if (pnr.getLegs().isEmpty()) {
        problems.add("legs: empty");
      }
      for (FlightLeg leg : pnr.getLegs()) {
        if (leg.getOrigin().isBlank() || leg.getDestination().isBlank()) {
          problems.add("legs: origin or destination blank");
        }
      }
      for (Passenger passenger : pnr.getPassengers()) {
        if (passenger.getPassengerId().isBlank() || passenger.getSurname().isBlank()) {
          problems.add("passengers: passengerId or surname blank");
        }
      }
      return problems;
    };
  }

  public static RecordValidator<WatchlistEntry> watchlistEntry(List<String> services) {
    Set<String> known = Set.copyOf(services);
    return entry -> {
      List<String> problems = new ArrayList<>();
      if (entry.getListId().isBlank() || entry.getEntryId().isBlank()) {
        problems.add("listId/entryId: blank");
      }
      if (entry.getOp() == ChangeOp.DELETE) {
        return problems;
      }
      unknownServices(known, List.of(entry.getOwningService()), problems);
      unknownServices(known, entry.getConcernedServices(), problems);
      if (entry.getNames().isEmpty() && entry.getDocuments().isEmpty()) {
        problems.add("names and documents: both empty, nothing to match");
      }
      if (entry.getCommon() && entry.getConcernedServices().size() < 2) {
        problems.add("common list entry: fewer than two concerned services");
      }
      return problems;
    };
  }

  public static RecordValidator<Profile> profile(List<String> services) {
    Set<String> known = Set.copyOf(services);
    return profile -> {
      List<String> problems = new ArrayList<>();
      if (profile.getProfileId().isBlank()) {
        problems.add("profileId: blank");
      }
      if (profile.getOp() != ChangeOp.DELETE) {
        unknownServices(known, profile.getOwningServices(), problems);
        unknownServices(known, profile.getConcernedServices(), problems);
      }
      return problems;
    };
  }

  private static void unknownServices(
      Set<String> known, Collection<String> named, List<String> problems) {
    TreeSet<String> unknown = new TreeSet<>(named);
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      problems.add("unknown services " + unknown + " (configured: piu.services)");
    }
  }
}
