package eu.piu.formats.sensitive;

/** The element types an erasure names: categories, so that the journal says what kind, not what. */
public final class ErasedElement {

  /** A meal request that can reveal religion or health. */
  public static final String SSR_MEAL = "SSR:MEAL";

  /** A medical or assistance request: health. */
  public static final String SSR_MEDICAL = "SSR:MEDICAL";

  /** Any other SSR not on the allow list: its code and free text are not kept. */
  public static final String SSR_OTHER = "SSR:OTHER";

  /** Other service information (OSI) that is not a structured contact. */
  public static final String OSI = "FREE_TEXT:OSI";

  /** General remarks and any other interactive free text. */
  public static final String REMARK = "FREE_TEXT:REMARK";

  /** PNRGOV LTS: the unstructured PNR history. */
  public static final String LTS = "FREE_TEXT:LTS";

  /** Free text of history lines (IFT 4:19). */
  public static final String HISTORY_TEXT = "FREE_TEXT:HISTORY";

  /** Free text kept in an allowed SSR beyond its structure (e.g. UMNR guardian details). */
  public static final String SSR_TEXT = "FREE_TEXT:SSR";

  /** PAXLST FTX other than bag tags. */
  public static final String FTX = "FREE_TEXT:FTX";

  private ErasedElement() {}
}
