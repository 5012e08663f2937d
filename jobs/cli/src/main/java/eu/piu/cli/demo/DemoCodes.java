package eu.piu.cli.demo;

import eu.piu.schema.CodeRole;
import eu.piu.schema.IdentificationCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The demo's identification codes (RD 21-12-2017 art. 7): one detached member per service, the head
 * of the PIU. Codes only; who holds them is the services' business.
 */
public final class DemoCodes {

  public static final String HEAD_OF_PIU = "PIU-HEAD-01";

  private DemoCodes() {}

  public static String detachedMember(String service) {
    return service.toUpperCase(Locale.ROOT) + "-DM-01";
  }

  /** Seconded a year before {@code anchor}, for the usual three years. */
  public static List<IdentificationCode> all(List<String> services, Instant anchor) {
    Instant from = anchor.minus(Duration.ofDays(365));
    List<IdentificationCode> codes = new ArrayList<>();
    for (String service : services) {
      codes.add(code(detachedMember(service), service, CodeRole.DETACHED_MEMBER, from));
    }
    codes.add(code(HEAD_OF_PIU, "PIU", CodeRole.HEAD_OF_PIU, from));
    return codes;
  }

  private static IdentificationCode code(String code, String service, CodeRole role, Instant from) {
    return IdentificationCode.newBuilder()
        .setCode(code)
        .setService(service)
        .setRole(role)
        .setValidFrom(from)
        .setValidUntil(from.plus(Duration.ofDays(3 * 365)))
        .setUpdatedAt(from)
        .build();
  }
}
