package eu.piu.ingest.api;

import eu.piu.ingest.Expiry;
import eu.piu.ingest.internal.ApiDocument;
import eu.piu.ingest.internal.ApiMatch;
import eu.piu.schema.ApiPassenger;
import eu.piu.schema.ApiPassengerList;
import eu.piu.schema.TravelDocument;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The API data of a matched traveller, addressed to the PNR passenger it is. */
public final class ApiMatches {

  private ApiMatches() {}

  public static ApiMatch of(
      ApiPassengerList list,
      ApiPassenger traveller,
      String pnrId,
      String passengerId,
      String matchedBy,
      Duration retention) {
    List<ApiDocument> documents = new ArrayList<>(traveller.getDocuments().size());
    for (TravelDocument d : traveller.getDocuments()) {
      documents.add(
          ApiDocument.newBuilder()
              .setType(d.getType())
              .setNumber(d.getNumber())
              .setIssuingCountry(d.getIssuingCountry())
              .setExpiryDate(d.getExpiryDate())
              .build());
    }
    return ApiMatch.newBuilder()
        .setPnrId(pnrId)
        .setPassengerId(passengerId)
        .setApiPassengerId(traveller.getPassengerId())
        .setMatchedBy(matchedBy)
        .setListId(list.getListId())
        .setListVersion(list.getVersion())
        .setExpiresAt(Expiry.of(list.getLegs(), retention))
        .setDateOfBirth(traveller.getDateOfBirth())
        .setDateOfBirthYearOnly(traveller.getDateOfBirthYearOnly())
        .setGender(traveller.getGender())
        .setNationality(traveller.getNationality())
        .setDocuments(documents)
        .build();
  }

  /** Same API data, whatever list version or match brought it. */
  public static boolean sameData(ApiMatch a, ApiMatch b) {
    return Objects.equals(a.getDateOfBirth(), b.getDateOfBirth())
        && a.getDateOfBirthYearOnly() == b.getDateOfBirthYearOnly()
        && Objects.equals(a.getGender(), b.getGender())
        && Objects.equals(a.getNationality(), b.getNationality())
        && a.getDocuments().equals(b.getDocuments());
  }
}
