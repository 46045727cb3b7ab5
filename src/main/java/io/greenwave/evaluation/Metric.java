package io.greenwave.evaluation;

import io.greenwave.simulator.output.NetworkTotals;
import java.util.function.ToDoubleFunction;

/** The network metrics the harness compares, with their units. */
public enum Metric {
  DELAY("s/veh", NetworkTotals::meanDelay),
  WAITING("s/veh", NetworkTotals::meanWaiting),
  STOPS("stops/veh", NetworkTotals::meanStops),
  TRAVEL_TIME("s/veh", NetworkTotals::meanTravelTime),
  THROUGHPUT("veh/h", NetworkTotals::throughputPerHour),
  QUEUE("veh", NetworkTotals::meanQueue);

  private final String unit;
  private final ToDoubleFunction<NetworkTotals> read;

  Metric(String unit, ToDoubleFunction<NetworkTotals> read) {
    this.unit = unit;
    this.read = read;
  }

  /** Unit of the metric. */
  public String unit() {
    return unit;
  }

  /** The metric's value in a run's totals. */
  public double of(NetworkTotals totals) {
    return read.applyAsDouble(totals);
  }
}
