package eu.piu.formats.sensitive;

import eu.piu.formats.edifact.SegmentReader;
import eu.piu.formats.edifact.ServiceStringAdvice;
import eu.piu.formats.edifact.SyntaxSetup;
import eu.piu.formats.edifact.Tags;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * A copy of a payload fit for a dead-letter topic: the content of every segment R10 forbids to keep
 * (SSRs off the allow list, IFT and LTS free text, PAXLST FTX) is overwritten with X, byte for
 * byte, so that the positions of a rejection still point at the same segments. Best effort: a
 * payload whose separators cannot be read is redacted by what they seem to be.
 */
public final class SensitiveRedactor {

  private final SensitiveDataPolicy policy;

  public SensitiveRedactor(SensitiveDataPolicy policy) {
    this.policy = policy;
  }

  public byte[] redact(byte[] payload) {
    if (payload == null) {
      return null;
    }
    byte[] out = Arrays.copyOf(payload, payload.length);
    try {
      SyntaxSetup setup = ServiceStringAdvice.read(payload, 0, payload.length);
      SegmentReader r =
          new SegmentReader(
              payload,
              setup.bodyStart(),
              payload.length,
              setup.separators(),
              StandardCharsets.ISO_8859_1);
      while (r.next()) {
        if (sensitive(r)) {
          // Keep the tag and the terminator; blank everything in between but line breaks.
          int from = Math.min(r.start() + 3, r.end());
          int to = r.terminated() ? r.end() - 1 : r.end();
          for (int i = from; i < to; i++) {
            if (out[i] != '\r' && out[i] != '\n') {
              out[i] = 'X';
            }
          }
        }
      }
    } catch (RuntimeException e) {
      // Unreadable payloads are returned blanked whole rather than risk leaking content.
      Arrays.fill(out, (byte) 'X');
    }
    return out;
  }

  private boolean sensitive(SegmentReader r) {
    int tag = r.tag();
    if (tag == Tags.IFT || tag == Tags.LTS || tag == Tags.FTX) {
      return true;
    }
    if (tag == Tags.SSR) {
      String code = r.text(1, 0);
      return policy.erasureOf(code == null ? null : code.toUpperCase(Locale.ROOT)) != null;
    }
    return false;
  }
}
