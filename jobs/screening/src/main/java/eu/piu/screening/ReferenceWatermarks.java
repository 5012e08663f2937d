package eu.piu.screening;

import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Watermarks of the watchlist and profile stream: none, and marked idle, so that the broadcast side
 * never holds back the PNR watermark (and the state clean-up timers that depend on it).
 */
final class ReferenceWatermarks<T> implements WatermarkGenerator<T> {

  static <T> WatermarkStrategy<T> strategy() {
    return WatermarkStrategy.forGenerator(context -> new ReferenceWatermarks<>());
  }

  @Override
  public void onEvent(T event, long eventTimestamp, WatermarkOutput output) {}

  @Override
  public void onPeriodicEmit(WatermarkOutput output) {
    output.markIdle();
  }
}
