package eu.piu.ingest.message;

import eu.piu.formats.sensitive.SensitiveRedactor;
import java.util.Arrays;

/**
 * Bytes fit for a dead letter: the sensitive segments (R10) blanked by the parser's redactor, and
 * how many bytes that blanked, for the journal. The whole payload is redacted before a part is cut
 * out, so that the redactor reads the separators the message declared in its UNA.
 */
public record RedactedBytes(byte[] payload, int blankedBytes) {

  public static RedactedBytes of(SensitiveRedactor redactor, byte[] raw) {
    byte[] redacted = redactor.redact(raw);
    int blanked = 0;
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] != redacted[i]) {
        blanked++;
      }
    }
    return new RedactedBytes(redacted, blanked);
  }

  /** The part {@code [from, to)} of the redacted payload, and how much of it was blanked. */
  public static RedactedBytes part(byte[] raw, byte[] redacted, int from, int to) {
    int start = Math.max(0, Math.min(from, raw.length));
    int end = Math.max(start, Math.min(to, raw.length));
    int blanked = 0;
    for (int i = start; i < end; i++) {
      if (raw[i] != redacted[i]) {
        blanked++;
      }
    }
    return new RedactedBytes(Arrays.copyOfRange(redacted, start, end), blanked);
  }
}
