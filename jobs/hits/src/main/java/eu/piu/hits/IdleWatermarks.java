package eu.piu.hits;

import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Watermarks of the identification code stream: none, and marked idle, so that the broadcast side
 * never holds back the decisions' event time (and the deadline timers that depend on it).
 */
final class IdleWatermarks<T> implements WatermarkGenerator<T> {

  static <T> WatermarkStrategy<T> strategy() {
    return WatermarkStrategy.forGenerator(context -> new IdleWatermarks<>());
  }

  @Override
  public void onEvent(T event, long eventTimestamp, WatermarkOutput output) {}

  @Override
  public void onPeriodicEmit(WatermarkOutput output) {
    output.markIdle();
  }
}
