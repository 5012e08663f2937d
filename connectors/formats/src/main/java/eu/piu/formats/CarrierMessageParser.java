package eu.piu.formats;

import eu.piu.formats.sensitive.SensitiveDataPolicy;
import eu.piu.schema.MessageFormat;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Reads a carrier's message (PNRGOV or PAXLST EDIFACT, told apart by its UNH) into PNR records and
 * API passenger lists, with sensitive data already removed (R10) and rejections saying where and
 * why. Never throws: whatever the bytes, the answer is records, rejections, or both.
 *
 * <p>Thread-safe: holds only the immutable {@link SensitiveDataPolicy}.
 */
public final class CarrierMessageParser {

  /** Larger payloads are refused whole rather than risk the job's memory. */
  public static final int DEFAULT_MAX_PAYLOAD_BYTES = 64 * 1024 * 1024;

  private final SensitiveDataPolicy policy;
  private final int maxPayloadBytes;

  public CarrierMessageParser() {
    this(SensitiveDataPolicy.defaults());
  }

  public CarrierMessageParser(SensitiveDataPolicy policy) {
    this(policy, DEFAULT_MAX_PAYLOAD_BYTES);
  }

  public CarrierMessageParser(SensitiveDataPolicy policy, int maxPayloadBytes) {
    this.policy = policy;
    this.maxPayloadBytes = maxPayloadBytes;
  }

  /**
   * @param payload the message as received, bytes untouched
   * @param sender the pushing party as the gateway authenticated it (fallback carrier)
   * @param receivedAt receipt time (fallback push time)
   * @param messageId the gateway's id, kept as {@code sourceMessageId}
   */
  public ParsedMessage parse(byte[] payload, String sender, Instant receivedAt, String messageId) {
    Instant received = receivedAt != null ? receivedAt : Instant.EPOCH;
    if (payload == null || payload.length == 0) {
      return whole(messageId, sender, received, "empty payload", 0);
    }
    if (payload.length > maxPayloadBytes) {
      return whole(messageId, sender, received, "payload larger than the limit", payload.length);
    }
    try {
      return new ParseSession(policy, sender, received, messageId).run(payload);
    } catch (RuntimeException | StackOverflowError e) {
      // A reader bug must not take the job down: the message is dead-lettered whole instead.
      return whole(
          messageId,
          sender,
          received,
          "message could not be read (" + e.getClass().getSimpleName() + ")",
          payload.length);
    }
  }

  public ParsedMessage parse(String payload, String sender, Instant receivedAt, String messageId) {
    return parse(
        payload == null ? null : payload.getBytes(StandardCharsets.UTF_8),
        sender,
        receivedAt,
        messageId);
  }

  public SensitiveDataPolicy policy() {
    return policy;
  }

  private static ParsedMessage whole(
      String messageId, String sender, Instant receivedAt, String reason, int length) {
    Rejection r = new Rejection(Rejection.Scope.MESSAGE, null, -1, 0, reason, null, 0, length);
    return new ParsedMessage(
        messageId,
        MessageFormat.UNKNOWN,
        sender,
        receivedAt,
        eu.piu.schema.PushType.UNKNOWN,
        null,
        null,
        List.of(),
        List.of(),
        List.of(r),
        List.of());
  }
}
