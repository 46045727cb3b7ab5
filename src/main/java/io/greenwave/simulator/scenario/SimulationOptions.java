package io.greenwave.simulator.scenario;

/**
 * How a scenario is run.
 *
 * @param horizonSeconds demand horizon: vehicles depart in {@code [0, horizonSeconds)}
 * @param clearingSeconds at most this long after the horizon the run continues so that vehicles
 *     inside can leave; it stops earlier when the network is empty
 * @param detectorIntervalSeconds length of detector aggregation intervals (900 = 15 min)
 * @param detectionHorizonMeters how far upstream of the stop line controllers see approaching
 *     vehicles
 * @param decisionBudgetMillis a controller decision that takes longer makes the shield fall back to
 *     the fixed plan
 * @param recordVehicles whether the result lists every vehicle
 * @param coordinate whether fixed plans of linked intersections share one cycle with green-wave
 *     offsets
 */
public record SimulationOptions(
    int horizonSeconds,
    int clearingSeconds,
    int detectorIntervalSeconds,
    double detectionHorizonMeters,
    long decisionBudgetMillis,
    boolean recordVehicles,
    boolean coordinate) {

  /** One hour of demand, up to 30 min clearing, 15-min detectors, 100 m detection, 100 ms. */
  public static final SimulationOptions DEFAULTS =
      new SimulationOptions(3600, 1800, 900, 100, 100, false, true);

  public SimulationOptions {
    if (horizonSeconds < 1 || clearingSeconds < 0) {
      throw new IllegalArgumentException("need horizonSeconds >= 1 and clearingSeconds >= 0");
    }
    detectorIntervalSeconds = detectorIntervalSeconds > 0 ? detectorIntervalSeconds : 900;
    detectionHorizonMeters = detectionHorizonMeters > 0 ? detectionHorizonMeters : 100;
    decisionBudgetMillis = decisionBudgetMillis > 0 ? decisionBudgetMillis : 100;
  }

  /** These options with another demand horizon and clearing limit. */
  public SimulationOptions withHorizon(int horizon, int clearing) {
    return new SimulationOptions(
        horizon,
        clearing,
        detectorIntervalSeconds,
        detectionHorizonMeters,
        decisionBudgetMillis,
        recordVehicles,
        coordinate);
  }

  /** These options with per-vehicle records switched on or off. */
  public SimulationOptions withVehicleRecords(boolean record) {
    return new SimulationOptions(
        horizonSeconds,
        clearingSeconds,
        detectorIntervalSeconds,
        detectionHorizonMeters,
        decisionBudgetMillis,
        record,
        coordinate);
  }
}
