package eu.piu.formats.json;

import eu.piu.formats.Erasure;
import eu.piu.formats.ParsedApiList;
import eu.piu.formats.ParsedMessage;
import eu.piu.formats.ParsedPnr;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericData;

/**
 * One JSON object per line for {@code ./piu parse}: each PNR or API list with the message it came
 * from and what was erased from it (types and counts only). The record itself is rendered by Avro
 * (dates and times as ISO strings), so the line shows exactly what the job would publish.
 */
public final class ParsedJson {

  private ParsedJson() {}

  /** Every PNR, then every API list, of a message. */
  public static List<String> lines(ParsedMessage m) {
    List<String> out = new ArrayList<>(m.pnrs().size() + m.apiLists().size());
    for (ParsedPnr p : m.pnrs()) {
      out.add(pnr(m.messageId(), p));
    }
    for (ParsedApiList l : m.apiLists()) {
      out.add(apiList(m.messageId(), l));
    }
    return out;
  }

  public static String pnr(String messageId, ParsedPnr p) {
    StringBuilder sb = new StringBuilder(4096);
    head(sb, "PNR", messageId, p.erasures(), p.notes());
    sb.append(",\"pnr\":").append(GenericData.get().toString(p.pnr())).append('}');
    return sb.toString();
  }

  public static String apiList(String messageId, ParsedApiList l) {
    StringBuilder sb = new StringBuilder(4096);
    head(sb, "API", messageId, l.erasures(), l.notes());
    sb.append(",\"apiList\":").append(GenericData.get().toString(l.list())).append('}');
    return sb.toString();
  }

  private static void head(
      StringBuilder sb, String kind, String messageId, List<Erasure> erasures, List<String> notes) {
    sb.append("{\"kind\":");
    Json.string(sb, kind);
    sb.append(",\"messageId\":");
    Json.string(sb, messageId);
    sb.append(",\"erasures\":{");
    for (int i = 0; i < erasures.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      Json.string(sb, erasures.get(i).elementType());
      sb.append(':').append(erasures.get(i).count());
    }
    sb.append("},\"notes\":[");
    for (int i = 0; i < notes.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      Json.string(sb, notes.get(i));
    }
    sb.append(']');
  }
}
