package eu.piu.formats.pnrgov;

import eu.piu.schema.PushType;

/** The level-0 segments of one PNRGOV message: MSG, ORG, TVL, EQN. */
final class PnrgovHeader {
  String messageVersion;
  Integer part;
  PushType pushType = PushType.UNKNOWN;
  String originatorAirline;
  LegDraft pushedFlight;
  Integer declaredPnrs;

  /** Taken from the envelope when the message starts: a later UNB must not change them. */
  java.time.Instant pushedAt;

  boolean pushTimeFromMessage;
  String interchangeSender;
}
