package eu.piu.formats.edifact;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Streams the segments of an EDIFACT payload, one at a time, into a reused buffer: no regex, no
 * copy of the payload, one pass over each byte through a lookup table.
 *
 * <p>What real carriers send, and how it is read:
 *
 * <ul>
 *   <li>lines folded at a fixed width, even inside a name: CR and LF inside a segment are dropped
 *       (unless a line feed is the declared terminator);
 *   <li>line breaks or spaces after a terminator: skipped before the next tag;
 *   <li>release character: the next byte is data whatever it is ({@code ?'}, {@code ?+}, {@code
 *       ?:}, {@code ??}), even across a fold;
 *   <li>a last segment without terminator at the end of the payload: kept.
 * </ul>
 *
 * <p>After {@link #next()}, element 0 component 0 is the tag; values are materialised as strings
 * only when asked for.
 */
public final class SegmentReader {

  private static final byte DATA = 0;
  private static final byte RELEASE = 1;
  private static final byte TERMINATOR = 2;
  private static final byte ELEMENT = 3;
  private static final byte COMPONENT = 4;
  private static final byte FOLD = 5;

  private final byte[] in;
  private final int limit;
  private final Charset charset;
  private final byte[] classes = new byte[256];

  private int pos;
  private int index;
  private int start;
  private int end;
  private boolean terminated;

  private byte[] buf = new byte[256];
  private int len;
  private int[] compStart = new int[64];
  private int[] compEnd = new int[64];
  private int comps;
  private int[] elemFirst = new int[16];
  private int elems;
  private int tag;

  public SegmentReader(byte[] in, int from, int to, Separators separators, Charset charset) {
    this(in, from, to, separators, charset, 0);
  }

  /** A reader whose first segment has ordinal {@code firstIndex} (a later interchange). */
  public SegmentReader(
      byte[] in, int from, int to, Separators separators, Charset charset, int firstIndex) {
    this.index = firstIndex - 1;
    this.in = in;
    this.limit = to;
    this.pos = from;
    this.charset = charset;
    classes['\r'] = FOLD;
    classes['\n'] = FOLD;
    classes[separators.component() & 0xff] = COMPONENT;
    classes[separators.element() & 0xff] = ELEMENT;
    if (separators.release() >= 0) {
      classes[separators.release() & 0xff] = RELEASE;
    }
    classes[separators.terminator() & 0xff] = TERMINATOR;
  }

  /** Reads the next segment; false at the end of the payload. */
  public boolean next() {
    int p = pos;
    while (p < limit && isSkippable(in[p])) {
      p++;
    }
    if (p >= limit) {
      pos = p;
      return false;
    }
    start = p;
    len = 0;
    comps = 0;
    elems = 0;
    openElement();
    openComponent();
    boolean done = false;
    final byte[] table = classes;
    while (p < limit) {
      byte b = in[p++];
      switch (table[b & 0xff]) {
        case DATA:
          if (len == buf.length) {
            grow();
          }
          buf[len++] = b;
          break;
        case FOLD:
          break;
        case ELEMENT:
          closeComponent();
          openElement();
          openComponent();
          break;
        case COMPONENT:
          closeComponent();
          openComponent();
          break;
        case RELEASE:
          while (p < limit && (in[p] == '\r' || in[p] == '\n')) {
            p++;
          }
          if (p < limit) {
            if (len == buf.length) {
              grow();
            }
            buf[len++] = in[p++];
          }
          break;
        default:
          done = true;
          break;
      }
      if (done) {
        break;
      }
    }
    closeComponent();
    terminated = done;
    end = p;
    pos = p;
    index++;
    tag = computeTag();
    return true;
  }

  private static boolean isSkippable(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == 0;
  }

  private void grow() {
    byte[] bigger = new byte[buf.length * 2];
    System.arraycopy(buf, 0, bigger, 0, len);
    buf = bigger;
  }

  private void openElement() {
    if (elems == elemFirst.length) {
      elemFirst = java.util.Arrays.copyOf(elemFirst, elems * 2);
    }
    elemFirst[elems++] = comps;
  }

  private void openComponent() {
    if (comps == compStart.length) {
      compStart = java.util.Arrays.copyOf(compStart, comps * 2);
      compEnd = java.util.Arrays.copyOf(compEnd, comps * 2);
    }
    compStart[comps] = len;
    compEnd[comps] = -1;
    comps++;
  }

  private void closeComponent() {
    compEnd[comps - 1] = len;
  }

  private int computeTag() {
    int s = compStart[0];
    int l = compEnd[0] - s;
    if (l != 3) {
      return 0;
    }
    return Tags.code(buf[s], buf[s + 1], buf[s + 2]);
  }

  /** The tag as a {@link Tags} code, 0 when it is not three characters. */
  public int tag() {
    return tag;
  }

  /** The tag for rejections and notes: named only when it is a known segment. */
  public String tagText() {
    return Tags.describe(tag);
  }

  /** Ordinal of the current segment in the payload, from 0. */
  public int index() {
    return index;
  }

  /** Byte offset of the current segment's first byte in the payload. */
  public int start() {
    return start;
  }

  /** Byte offset just after the current segment (after its terminator). */
  public int end() {
    return end;
  }

  public boolean terminated() {
    return terminated;
  }

  /** Offset of the first byte not yet read. */
  public int position() {
    return pos;
  }

  /** Number of elements, the tag included. */
  public int elements() {
    return elems;
  }

  /** Number of components of element {@code e} (0 when absent). */
  public int components(int e) {
    if (e >= elems) {
      return 0;
    }
    int last = e + 1 < elems ? elemFirst[e + 1] : comps;
    return last - elemFirst[e];
  }

  private int comp(int e, int c) {
    if (e >= elems || c < 0) {
      return -1;
    }
    int first = elemFirst[e];
    int last = e + 1 < elems ? elemFirst[e + 1] : comps;
    int k = first + c;
    return k < last ? k : -1;
  }

  /** Length of a value, 0 when absent. */
  public int length(int e, int c) {
    int k = comp(e, c);
    return k < 0 ? 0 : compEnd[k] - compStart[k];
  }

  /** The value, or null when absent or empty. */
  public String value(int e, int c) {
    int k = comp(e, c);
    if (k < 0) {
      return null;
    }
    int s = compStart[k];
    int l = compEnd[k] - s;
    return l == 0 ? null : new String(buf, s, l, charset);
  }

  /** The value trimmed, or null when absent or blank. */
  public String text(int e, int c) {
    int k = comp(e, c);
    if (k < 0) {
      return null;
    }
    int s = compStart[k];
    int t = compEnd[k];
    while (s < t && buf[s] == ' ') {
      s++;
    }
    while (t > s && buf[t - 1] == ' ') {
      t--;
    }
    return t == s ? null : new String(buf, s, t - s, charset);
  }

  /**
   * Components {@code from} onwards of element {@code e} joined with {@code glue}, trimmed: free
   * text that held an unreleased component separator comes back whole.
   */
  public String textFrom(int e, int from, char glue) {
    int n = components(e);
    if (from >= n) {
      return null;
    }
    if (from == n - 1) {
      return text(e, from);
    }
    StringBuilder sb = new StringBuilder();
    for (int c = from; c < n; c++) {
      if (c > from) {
        sb.append(glue);
      }
      String v = value(e, c);
      if (v != null) {
        sb.append(v);
      }
    }
    String s = sb.toString().trim();
    return s.isEmpty() ? null : s;
  }

  /** True when the value equals the ASCII literal, without materialising it. */
  public boolean is(int e, int c, String ascii) {
    int k = comp(e, c);
    if (k < 0) {
      return ascii.isEmpty();
    }
    int s = compStart[k];
    int l = compEnd[k] - s;
    if (l != ascii.length()) {
      return false;
    }
    for (int i = 0; i < l; i++) {
      if (buf[s + i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** True when the segment carries no data at all besides its tag. */
  public boolean isEmptyBesidesTag() {
    for (int k = 1; k < comps; k++) {
      if (compEnd[k] > compStart[k]) {
        return false;
      }
    }
    return true;
  }

  /** Charset used to materialise values. */
  public static Charset charsetFor(byte[] in, int from, int to) {
    boolean high = false;
    for (int i = from; i < to; i++) {
      if (in[i] < 0) {
        high = true;
        break;
      }
    }
    if (!high) {
      return StandardCharsets.ISO_8859_1;
    }
    return Utf8.isValid(in, from, to) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
  }
}
