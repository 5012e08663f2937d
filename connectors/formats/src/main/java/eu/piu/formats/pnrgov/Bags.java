package eu.piu.formats.pnrgov;

import eu.piu.formats.edifact.SegmentReader;
import eu.piu.schema.Baggage;
import java.util.ArrayList;
import java.util.List;

/** Reads baggage segments: TBD (checked bags of a leg) and EBD (excess baggage). */
final class Bags {

  /** Consecutive tags are expanded up to this many; a bigger count is a typo, not 900 bags. */
  private static final int MAX_EXPANDED_TAGS = 30;

  private Bags() {}

  /**
   * {@code TBD++3:84:700++HP+KL:4074902824:3:MSP}: count, weight and unit (700 kilograms, 701
   * pounds), then tag details (airline, first tag, number of consecutive tags, destination).
   */
  static Baggage checked(SegmentReader r, Integer legIndex) {
    Integer pieces = integer(r.text(2, 0));
    Integer weight = integer(r.text(2, 1));
    String unit = unit(r.text(2, 2));
    List<String> tags = new ArrayList<>(0);
    for (int e = 4; e < r.elements(); e++) {
      String tag = r.text(e, 1);
      if (tag == null) {
        continue;
      }
      Integer consecutive = integer(r.text(e, 2));
      expand(tag, consecutive == null ? 1 : consecutive, tags);
    }
    if (pieces == null && weight == null && tags.isEmpty()) {
      return null;
    }
    Baggage b = new Baggage();
    b.setLegIndex(legIndex);
    b.setPieces(pieces);
    b.setWeight(weight);
    b.setWeightUnit(weight == null ? null : unit);
    b.setTags(tags);
    b.setExcess(false);
    return b;
  }

  /** {@code EBD+GBP:40.00+4::N}: number in excess, N pieces or a weight (K/L). */
  static Baggage excess(SegmentReader r) {
    Integer n = integer(r.text(2, 0));
    if (n == null) {
      return null;
    }
    String qualifier = r.text(2, 2);
    Baggage b = new Baggage();
    b.setTags(List.of());
    b.setExcess(true);
    if (qualifier == null || qualifier.equals("N") || qualifier.equals("P")) {
      b.setPieces(n);
    } else {
      b.setWeight(n);
      b.setWeightUnit(qualifier.startsWith("L") ? "LB" : "KG");
    }
    return b;
  }

  static void expand(String first, int count, List<String> into) {
    into.add(first);
    if (count <= 1 || count > MAX_EXPANDED_TAGS || !allDigits(first) || first.length() > 18) {
      return;
    }
    long start = Long.parseLong(first);
    for (int i = 1; i < count; i++) {
      String next = Long.toString(start + i);
      into.add("0".repeat(Math.max(0, first.length() - next.length())) + next);
    }
  }

  private static String unit(String code) {
    if (code == null) {
      return "KG";
    }
    return switch (code) {
      case "701", "LB", "L" -> "LB";
      default -> "KG";
    };
  }

  static Integer integer(String s) {
    if (s == null || s.length() > 9 || !allDigits(s)) {
      return null;
    }
    return Integer.parseInt(s);
  }

  private static boolean allDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i)) || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
