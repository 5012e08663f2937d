package eu.piu.screening;

import java.io.IOException;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;

/**
 * A keyed value state under a new name, because Flink 1.20 cannot add a time-to-live to restored
 * state: a value still stored under the former name (by a version of the job before the rename) is
 * moved over when first read. A job that did not start from such a snapshot never reads the former
 * name, so the hot path pays nothing for it.
 */
final class RenamedValueState<T> {

  private final ValueState<T> current;
  private ValueState<T> former;

  /**
   * @param restored whether the function's state was restored; only then can values be stored under
   *     the former name
   */
  RenamedValueState(
      RuntimeContext context,
      ValueStateDescriptor<T> current,
      ValueStateDescriptor<T> former,
      boolean restored) {
    this.current = context.getState(current);
    this.former = restored ? context.getState(former) : null;
  }

  /** The value of the current key, moved over from the former name if it is still there. */
  T value() throws IOException {
    T value = current.value();
    if (value == null && former != null) {
      value = former.value();
      if (value != null) {
        current.update(value);
        former.clear();
      }
    }
    return value;
  }

  void update(T value) throws IOException {
    current.update(value);
  }

  void clear() {
    current.clear();
  }

  /** Every value under the former name has been moved over: it need not be read again. */
  void formerEmptied() {
    former = null;
  }
}
