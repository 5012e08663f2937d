package eu.piu.ingest;

import eu.piu.ingest.internal.ReceivedMessage;
import eu.piu.schema.CarrierMessage;
import eu.piu.schema.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The crafted carrier messages of src/test/resources/it (fabricated people) as the job gets them.
 */
public final class CarrierMessages {

  /** SSR codes and free-text words of the fixtures that R10 forbids to keep anywhere. */
  public static final List<String> SENSITIVE =
      List.of(
          "MOML",
          "KSML",
          "DBML",
          "VGML",
          "WCHR",
          "MEDA",
          "BLND",
          "OTHS",
          "RAMADAN",
          "FASTING",
          "WHEELCHAIR",
          "STAIRS",
          "OXYGEN",
          "DIABETIC",
          "INSULIN",
          "HALAL",
          "CANCELLING",
          "ASSISTANCE");

  private CarrierMessages() {}

  public static byte[] bytes(String fixture) {
    try (InputStream in = CarrierMessages.class.getResourceAsStream("/it/" + fixture)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + fixture);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static CarrierMessage message(
      String messageId, String fixture, String sender, MessageFormat format, Instant receivedAt) {
    return CarrierMessage.newBuilder()
        .setMessageId(messageId)
        .setSender(sender)
        .setCarrier(sender)
        .setFormat(format)
        .setReceivedAt(receivedAt)
        .setPayload(ByteBuffer.wrap(bytes(fixture)))
        .build();
  }

  public static ReceivedMessage received(
      String messageId, String fixture, String sender, Instant receivedAt, long offset) {
    return ReceivedMessage.newBuilder()
        .setTopic("piu.carrier-messages")
        .setPartition(0)
        .setOffset(offset)
        .setKafkaTimestamp(receivedAt.toEpochMilli())
        .setKey(ByteBuffer.wrap(messageId.getBytes(StandardCharsets.UTF_8)))
        .setMessageId(messageId)
        .setSender(sender)
        .setCarrier(sender)
        .setReceivedAt(receivedAt)
        .setPayload(ByteBuffer.wrap(bytes(fixture)))
        .build();
  }

  /** The sensitive words found in some text or bytes (read as Latin-1), none when all is well. */
  public static List<String> sensitiveIn(String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    return SENSITIVE.stream().filter(upper::contains).toList();
  }

  public static List<String> sensitiveIn(byte[] bytes) {
    return sensitiveIn(new String(bytes, StandardCharsets.ISO_8859_1));
  }
}
