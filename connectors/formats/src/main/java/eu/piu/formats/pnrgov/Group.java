package eu.piu.formats.pnrgov;

/**
 * PNRGOV segment groups, as far as the reader needs them: the same tag means different things in
 * different groups (a DAT is a last-change date in Gr.1, a ticket date in Gr.3, a check-in time in
 * Gr.6, a history time in Gr.10).
 */
enum Group {
  /** SRC, RCI and the PNR-level SSR, DAT, IFT, ORG, ADD, EBD. */
  G1_PNR,
  /** TIF and its passenger segments. */
  G2_PASSENGER,
  /** TKT, MON, PTK, TXD, DAT. */
  G3_TICKET,
  /** FOP, IFT, ADD. */
  G4_PAYMENT,
  /** TVL itinerary, TRA, RPI, APD, SSR. */
  G5_FLIGHT,
  /** Check-in DAT, ORG. */
  G6_CHECK_IN,
  /** TRI, TIF, SSD, TBD. */
  G7_CHECKED_IN_PASSENGER,
  /** EQN and RCI of a split PNR. */
  G8_SPLIT,
  /** Non-air segments. */
  G9_NON_AIR,
  /** ABI, DAT, SAC and the history lines. */
  G10_HISTORY
}
