package eu.piu.formats.edifact;

/**
 * Segment tags as ints, so that dispatch is a {@code switch} on constants rather than string
 * comparisons for every segment.
 */
public final class Tags {

  public static final int UNA = 'U' << 16 | 'N' << 8 | 'A';
  public static final int UNB = 'U' << 16 | 'N' << 8 | 'B';
  public static final int UNG = 'U' << 16 | 'N' << 8 | 'G';
  public static final int UNH = 'U' << 16 | 'N' << 8 | 'H';
  public static final int UNT = 'U' << 16 | 'N' << 8 | 'T';
  public static final int UNE = 'U' << 16 | 'N' << 8 | 'E';
  public static final int UNZ = 'U' << 16 | 'N' << 8 | 'Z';

  public static final int MSG = 'M' << 16 | 'S' << 8 | 'G';
  public static final int ORG = 'O' << 16 | 'R' << 8 | 'G';
  public static final int TVL = 'T' << 16 | 'V' << 8 | 'L';
  public static final int EQN = 'E' << 16 | 'Q' << 8 | 'N';
  public static final int SRC = 'S' << 16 | 'R' << 8 | 'C';
  public static final int RCI = 'R' << 16 | 'C' << 8 | 'I';
  public static final int SSR = 'S' << 16 | 'S' << 8 | 'R';
  public static final int DAT = 'D' << 16 | 'A' << 8 | 'T';
  public static final int IFT = 'I' << 16 | 'F' << 8 | 'T';
  public static final int ADD = 'A' << 16 | 'D' << 8 | 'D';
  public static final int EBD = 'E' << 16 | 'B' << 8 | 'D';
  public static final int TIF = 'T' << 16 | 'I' << 8 | 'F';
  public static final int FTI = 'F' << 16 | 'T' << 8 | 'I';
  public static final int REF = 'R' << 16 | 'E' << 8 | 'F';
  public static final int FAR = 'F' << 16 | 'A' << 8 | 'R';
  public static final int TKT = 'T' << 16 | 'K' << 8 | 'T';
  public static final int MON = 'M' << 16 | 'O' << 8 | 'N';
  public static final int PTK = 'P' << 16 | 'T' << 8 | 'K';
  public static final int TXD = 'T' << 16 | 'X' << 8 | 'D';
  public static final int FOP = 'F' << 16 | 'O' << 8 | 'P';
  public static final int TRA = 'T' << 16 | 'R' << 8 | 'A';
  public static final int RPI = 'R' << 16 | 'P' << 8 | 'I';
  public static final int APD = 'A' << 16 | 'P' << 8 | 'D';
  public static final int TRI = 'T' << 16 | 'R' << 8 | 'I';
  public static final int SSD = 'S' << 16 | 'S' << 8 | 'D';
  public static final int TBD = 'T' << 16 | 'B' << 8 | 'D';
  public static final int ABI = 'A' << 16 | 'B' << 8 | 'I';
  public static final int SAC = 'S' << 16 | 'A' << 8 | 'C';
  public static final int LTS = 'L' << 16 | 'T' << 8 | 'S';

  public static final int BGM = 'B' << 16 | 'G' << 8 | 'M';
  public static final int NAD = 'N' << 16 | 'A' << 8 | 'D';
  public static final int TDT = 'T' << 16 | 'D' << 8 | 'T';
  public static final int LOC = 'L' << 16 | 'O' << 8 | 'C';
  public static final int DTM = 'D' << 16 | 'T' << 8 | 'M';
  public static final int ATT = 'A' << 16 | 'T' << 8 | 'T';
  public static final int NAT = 'N' << 16 | 'A' << 8 | 'T';
  public static final int RFF = 'R' << 16 | 'F' << 8 | 'F';
  public static final int DOC = 'D' << 16 | 'O' << 8 | 'C';
  public static final int MEA = 'M' << 16 | 'E' << 8 | 'A';
  public static final int FTX = 'F' << 16 | 'T' << 8 | 'X';
  public static final int CNT = 'C' << 16 | 'N' << 8 | 'T';
  public static final int COM = 'C' << 16 | 'O' << 8 | 'M';

  private Tags() {}

  static int code(byte a, byte b, byte d) {
    return (a & 0xff) << 16 | (b & 0xff) << 8 | (d & 0xff);
  }

  /** The three characters of a tag code. */
  public static String text(int code) {
    return new String(
        new char[] {(char) (code >>> 16 & 0xff), (char) (code >>> 8 & 0xff), (char) (code & 0xff)});
  }

  private static final java.util.Set<Integer> KNOWN =
      java.util.Set.of(
          UNA, UNB, UNG, UNH, UNT, UNE, UNZ, MSG, ORG, TVL, EQN, SRC, RCI, SSR, DAT, IFT, ADD, EBD,
          TIF, FTI, REF, FAR, TKT, MON, PTK, TXD, FOP, TRA, RPI, APD, TRI, SSD, TBD, ABI, SAC, LTS,
          BGM, NAD, TDT, LOC, DTM, ATT, NAT, RFF, DOC, MEA, FTX, CNT, COM);

  /**
   * The tag for a rejection or a note: only tags of known segments are named, since a garbled
   * payload can put a fragment of a name where a tag should be.
   */
  public static String describe(int code) {
    return KNOWN.contains(code) ? text(code) : "unknown segment";
  }
}
