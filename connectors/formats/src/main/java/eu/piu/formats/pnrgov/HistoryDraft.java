package eu.piu.formats.pnrgov;

/** One history line (Gr.11 SAC) while it is read: what changed is set by the segment after it. */
final class HistoryDraft {
  java.time.Instant at;
  String action;
  String element;
  boolean textSeen;

  String elementOrDefault() {
    if (element != null) {
      return element;
    }
    return textSeen ? "TEXT" : "OTHER";
  }
}
