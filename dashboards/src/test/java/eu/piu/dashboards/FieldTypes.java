package eu.piu.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Field types of an Elasticsearch mapping, and which Kibana uses they can serve. */
final class FieldTypes {

  static final Set<String> NUMBERS =
      Set.of(
          "long",
          "integer",
          "short",
          "byte",
          "double",
          "float",
          "half_float",
          "scaled_float",
          "unsigned_long");

  private FieldTypes() {}

  /**
   * Every field of a mapping's {@code properties}, by dotted path, with its Elasticsearch type;
   * multi-fields appear as {@code surname.keyword}.
   */
  static Map<String, String> flatten(JsonNode properties) {
    Map<String, String> types = new LinkedHashMap<>();
    flatten("", properties, types);
    return types;
  }

  private static void flatten(String prefix, JsonNode properties, Map<String, String> types) {
    properties
        .fields()
        .forEachRemaining(
            field -> {
              String path = prefix + field.getKey();
              JsonNode mapping = field.getValue();
              if (mapping.has("properties")) {
                flatten(path + ".", mapping.path("properties"), types);
              } else {
                types.put(path, mapping.path("type").asText("object"));
                mapping
                    .path("fields")
                    .fields()
                    .forEachRemaining(
                        sub ->
                            types.put(
                                path + "." + sub.getKey(), sub.getValue().path("type").asText()));
              }
            });
  }

  /** Whether a field of this Elasticsearch type can serve this use (an aggregation, a column). */
  static boolean fits(String use, String esType) {
    return switch (use) {
      case "terms", "cardinality" ->
          Set.of("keyword", "boolean", "date", "ip").contains(esType) || NUMBERS.contains(esType);
      case "date_histogram" -> esType.equals("date") || esType.equals("date_nanos");
      case "sum", "avg", "min", "max", "median", "percentiles", "histogram" ->
          NUMBERS.contains(esType);
        // Discover shows any field; it sorts on doc values, which text fields lack.
      case "column" -> !esType.equals("object");
      case "sort" -> !esType.equals("text") && !esType.equals("object");
        // A new aggregation type needs a rule here before a panel may use it.
      default -> false;
    };
  }

  /** Kibana's field type for an Elasticsearch type, as its index patterns record it. */
  static String kibanaType(String esType) {
    if (NUMBERS.contains(esType)) {
      return "number";
    }
    return switch (esType) {
      case "keyword", "text" -> "string";
      case "date", "date_nanos" -> "date";
      case "boolean" -> "boolean";
      default -> esType;
    };
  }
}
