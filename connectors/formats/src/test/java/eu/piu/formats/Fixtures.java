package eu.piu.formats;

import static org.assertj.core.api.Assertions.assertThat;

import eu.piu.schema.Passenger;
import eu.piu.schema.Pnr;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;

/** The project's own fixtures (fabricated people), under {@code src/test/resources/fixtures}. */
public final class Fixtures {

  public static final CarrierMessageParser PARSER = new CarrierMessageParser();
  public static final Instant RECEIVED = Instant.parse("2026-03-01T08:20:00Z");

  private Fixtures() {}

  public static byte[] bytes(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ParsedMessage parse(String path) {
    return PARSER.parse(bytes(path), "SN", RECEIVED, path);
  }

  public static ParsedMessage parseText(String text) {
    return PARSER.parse(text, "SN", RECEIVED, "inline");
  }

  /** The single PNR of a fixture, asserting there is exactly one and nothing was rejected. */
  public static Pnr onlyPnr(String path) {
    ParsedMessage m = parse(path);
    assertThat(m.rejections()).as("rejections of " + path).isEmpty();
    assertThat(m.pnrs()).as("PNRs of " + path).hasSize(1);
    return m.pnrs().get(0).pnr();
  }

  public static Passenger passenger(Pnr pnr, String surname, String given) {
    return pnr.getPassengers().stream()
        .filter(p -> p.getSurname().equals(surname) && given.equals(p.getGivenNames()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no passenger " + surname + "/" + given));
  }
}
