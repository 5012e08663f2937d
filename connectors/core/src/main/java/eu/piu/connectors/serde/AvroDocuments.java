package eu.piu.connectors.serde;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.IndexedRecord;

/**
 * Turns Avro records into JSON-ready documents for Elasticsearch: timestamps as ISO-8601 instants,
 * dates as ISO dates, enums by name. Bytes are left out: documents are for people and dashboards.
 */
public final class AvroDocuments {

  private AvroDocuments() {}

  public static Map<String, Object> of(IndexedRecord record) {
    Map<String, Object> document = new LinkedHashMap<>();
    for (Schema.Field field : record.getSchema().getFields()) {
      Object value = record.get(field.pos());
      if (!(value instanceof ByteBuffer)) {
        document.put(field.name(), valueOf(value));
      }
    }
    return document;
  }

  private static Object valueOf(Object value) {
    if (value == null || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    if (value instanceof CharSequence || value instanceof Instant || value instanceof LocalDate) {
      return value.toString();
    }
    if (value instanceof GenericEnumSymbol<?> || value instanceof Enum<?>) {
      return value.toString();
    }
    if (value instanceof IndexedRecord nested) {
      return of(nested);
    }
    if (value instanceof Collection<?> items) {
      ArrayList<Object> list = new ArrayList<>(items.size());
      for (Object item : items) {
        list.add(valueOf(item));
      }
      return list;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> converted = new LinkedHashMap<>();
      map.forEach((k, v) -> converted.put(k.toString(), valueOf(v)));
      return converted;
    }
    return value.toString();
  }
}
