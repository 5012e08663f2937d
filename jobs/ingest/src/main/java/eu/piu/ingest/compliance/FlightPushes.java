package eu.piu.ingest.compliance;

import eu.piu.formats.ParsedMessage;
import eu.piu.ingest.FlightKeys;
import eu.piu.ingest.internal.FlightPush;
import eu.piu.schema.FlightLeg;
import eu.piu.schema.MessageFormat;
import java.util.Optional;

/**
 * The push a PNRGOV message is, for push compliance: which flight (its level-0 TVL), when, what
 * kind. An explicitly empty push (EQN+0) is a push too: the carrier did push, with nothing in it.
 *
 * <p>API (PAXLST) messages are not counted: Directive 2016/681 art. 8(3) sets the push times of PNR
 * data; API data at closure is a separate obligation (Directive 2004/82).
 */
public final class FlightPushes {

  private FlightPushes() {}

  public static Optional<FlightPush> of(ParsedMessage message) {
    FlightLeg flight = message.pushedFlight();
    if (message.format() != MessageFormat.PNRGOV || flight == null || message.isRejectedWhole()) {
      return Optional.empty();
    }
    return Optional.of(
        FlightPush.newBuilder()
            .setFlightKey(FlightKeys.withOrigin(flight))
            .setCarrier(message.carrier() != null ? message.carrier() : flight.getCarrier())
            .setFlight(flight.getCarrier() + flight.getFlightNumber())
            .setFlightNumber(flight.getFlightNumber())
            .setOrigin(flight.getOrigin())
            .setDestination(flight.getDestination())
            .setScheduledDeparture(flight.getScheduledDeparture())
            .setPushedAt(message.pushedAt())
            .setPushType(message.pushType().name())
            .setMessageId(message.messageId())
            .setPnrCount(message.pnrs().size())
            .build());
  }
}
