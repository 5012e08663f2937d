package eu.piu.connectors.deadletter;

import java.io.Serializable;
import java.util.List;

/** What is wrong with a decoded record for this job; empty when it can be processed. */
@FunctionalInterface
public interface RecordValidator<T> extends Serializable {

  List<String> problems(T record);

  static <T> RecordValidator<T> acceptAll() {
    return record -> List.of();
  }
}
