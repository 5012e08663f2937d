package eu.piu.screening.hits;

import eu.piu.connectors.serde.AvroDocuments;
import eu.piu.schema.Hit;
import java.util.Map;

/** The analysts' view of a hit in Elasticsearch: the hit as raised, awaiting human review. */
public final class HitDocuments {

  public static final String PENDING_VALIDATION = "PENDING_VALIDATION";

  private HitDocuments() {}

  public static Map<String, Object> of(Hit hit) {
    Map<String, Object> document = AvroDocuments.of(hit);
    document.put("status", PENDING_VALIDATION);
    return document;
  }
}
