package eu.piu.hits.relations;

import eu.piu.schema.Hit;

/**
 * The person-and-flight group of a hit (RD 21-12-2017 art. 8 §1 multiple hits): the same identity
 * as the screening job's notifications use (personKey, see README "Person identity"), so that the
 * hits index relates exactly the hits the services were told about together.
 */
public final class HitGroups {

  private HitGroups() {}

  public static String keyOf(Hit hit) {
    return hit.getPersonKey() + "@" + hit.getFlightKey();
  }
}
