package eu.piu.ingest.api;

import eu.piu.ingest.internal.ApiDocument;
import eu.piu.ingest.internal.ApiMatch;
import eu.piu.ingest.versions.ShallowPnr;
import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import eu.piu.schema.TravelDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A PNR version with the API data of its passengers (Annex I 18): the date of birth, gender and
 * nationality read from the document at check-in replace what the booking said (the booking's DOCS
 * are typed in by the traveller or the agent), and the API documents are added to the passenger's
 * documents unless already there. Nothing else changes.
 */
public final class ApiEnrichment {

  private ApiEnrichment() {}

  /** A copy of {@code pnr} with the API data of {@code byPassengerId} applied. */
  public static Pnr apply(Pnr pnr, Map<String, ApiMatch> byPassengerId) {
    Pnr copy = ShallowPnr.copyOf(pnr);
    if (byPassengerId.isEmpty()) {
      return copy;
    }
    List<Passenger> passengers = new ArrayList<>(copy.getPassengers().size());
    for (Passenger passenger : copy.getPassengers()) {
      ApiMatch api = byPassengerId.get(passenger.getPassengerId());
      passengers.add(api == null ? passenger : withApiData(passenger, api));
    }
    copy.setPassengers(passengers);
    return copy;
  }

  private static Passenger withApiData(Passenger passenger, ApiMatch api) {
    Passenger.Builder with = Passenger.newBuilder(passenger);
    if (api.getDateOfBirth() != null) {
      with.setDateOfBirth(api.getDateOfBirth())
          .setDateOfBirthYearOnly(api.getDateOfBirthYearOnly());
    }
    if (api.getGender() != null) {
      with.setGender(api.getGender());
    }
    if (api.getNationality() != null) {
      with.setNationality(api.getNationality());
    }
    List<TravelDocument> documents = new ArrayList<>(passenger.getDocuments());
    Set<String> known = new HashSet<>();
    documents.forEach(d -> known.add(DocumentNumbers.normalise(d.getNumber())));
    for (ApiDocument d : api.getDocuments()) {
      if (known.add(DocumentNumbers.normalise(d.getNumber()))) {
        documents.add(
            TravelDocument.newBuilder()
                .setType(d.getType())
                .setNumber(d.getNumber())
                .setIssuingCountry(d.getIssuingCountry())
                .setExpiryDate(d.getExpiryDate())
                .build());
      }
    }
    return with.setDocuments(documents).build();
  }
}
