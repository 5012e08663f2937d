package eu.piu.formats.sensitive;

import eu.piu.formats.Erasure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts erased elements by type while a PNR or API list is read. */
public final class ErasureTally {

  private final Map<String, Integer> counts = new TreeMap<>();

  public void add(String elementType) {
    counts.merge(elementType, 1, Integer::sum);
  }

  public void addAll(ErasureTally other) {
    other.counts.forEach((k, v) -> counts.merge(k, v, Integer::sum));
  }

  public void clear() {
    counts.clear();
  }

  public boolean isEmpty() {
    return counts.isEmpty();
  }

  public List<Erasure> toList() {
    List<Erasure> list = new ArrayList<>(counts.size());
    counts.forEach((k, v) -> list.add(new Erasure(k, v)));
    return List.copyOf(list);
  }
}
