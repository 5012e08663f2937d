package eu.piu.screening;

import eu.piu.schema.ChangeOp;
import eu.piu.schema.internal.ReferenceUpdate;

/** Keys and versions of the watchlist entries and profiles on the broadcast stream. */
public final class ReferenceUpdates {

  private ReferenceUpdates() {}

  /** The broadcast-state key: one slot per entry or profile, so a change replaces its previous. */
  public static String keyOf(ReferenceUpdate update) {
    if (update.getEntry() != null) {
      return "watchlist:" + update.getEntry().getListId() + "/" + update.getEntry().getEntryId();
    }
    return "profile:" + update.getProfile().getProfileId();
  }

  public static long versionOf(ReferenceUpdate update) {
    return update.getEntry() != null
        ? update.getEntry().getVersion()
        : update.getProfile().getVersion();
  }

  public static boolean isDelete(ReferenceUpdate update) {
    return update.getEntry() != null
        ? update.getEntry().getOp() == ChangeOp.DELETE
        : update.getProfile().getOp() == ChangeOp.DELETE;
  }
}
