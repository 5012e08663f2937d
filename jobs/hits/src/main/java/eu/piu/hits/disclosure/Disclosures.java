package eu.piu.hits.disclosure;

import eu.piu.hits.Digests;
import eu.piu.schema.FollowUp;
import eu.piu.schema.Hit;
import eu.piu.schema.OcamTransfer;
import eu.piu.schema.internal.HitState;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a validated hit goes (law 25-12-2016 art. 24 §5; RD 21-12-2017 art. 8 §2): to the follow-up
 * topic of every service it concerns (one for an own-list hit, all of them for a common hit), and,
 * for a common hit from the Foreign Terrorist Fighters common list, to OCAM. Ids derive from the
 * hit and the recipient, so a replay transfers the same records.
 */
public final class Disclosures implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String OCAM = "OCAM";

  private final String ftfListId;

  public Disclosures(String ftfListId) {
    this.ftfListId = ftfListId;
  }

  public List<FollowUp> followUps(HitState validated) {
    Hit hit = validated.getHit();
    List<FollowUp> followUps = new ArrayList<>();
    for (String service : hit.getServices()) {
      followUps.add(
          FollowUp.newBuilder()
              .setFollowUpId("f-" + Digests.of(hit.getHitId(), service))
              .setRecipientService(service)
              .setHitId(hit.getHitId())
              .setHit(hit)
              .setValidatedBy(validated.getDecidedBy())
              .setValidatedByService(validated.getDecidedByService())
              .setValidatedAt(validated.getDecidedAt())
              .setGroupServices(new ArrayList<>(validated.getGroupServices()))
              .build());
    }
    return followUps;
  }

  public Optional<OcamTransfer> ocamTransfer(HitState validated) {
    Hit hit = validated.getHit();
    if (!hit.getCommon() || !ftfListId.equals(hit.getListId())) {
      return Optional.empty();
    }
    return Optional.of(
        OcamTransfer.newBuilder()
            .setTransferId("o-" + Digests.of(hit.getHitId(), OCAM))
            .setHitId(hit.getHitId())
            .setListId(hit.getListId())
            .setHit(hit)
            .setValidatedBy(validated.getDecidedBy())
            .setValidatedByService(validated.getDecidedByService())
            .setValidatedAt(validated.getDecidedAt())
            .build());
  }
}
