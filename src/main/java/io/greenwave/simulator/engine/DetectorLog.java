package io.greenwave.simulator.engine;

/**
 * Stop-line detector aggregates per lane group and interval, in flat arrays indexed {@code interval
 * * laneGroups + laneGroup}.
 */
final class DetectorLog {
  /** Seconds a crossing vehicle covers a stop-line loop: 5 m car + 2 m loop at about 14 m/s. */
  static final double OCCUPANCY_PER_VEHICLE = 0.5;

  final int interval;
  final int laneGroups;
  final int[] count;
  final long[] queueSum;
  final double[] occupied;
  final int[] seconds;

  DetectorLog(int interval, int maxTime, int laneGroups) {
    this.interval = interval;
    this.laneGroups = laneGroups;
    int intervals = (maxTime + interval - 1) / interval + 1;
    count = new int[intervals * laneGroups];
    queueSum = new long[intervals * laneGroups];
    occupied = new double[intervals * laneGroups];
    seconds = new int[intervals];
  }

  void record(int t, int g, int queue, int departed, int lanes) {
    int k = t / interval;
    int index = k * laneGroups + g;
    count[index] += departed;
    queueSum[index] += queue;
    occupied[index] += queue > 0 ? 1.0 : Math.min(1.0, departed * OCCUPANCY_PER_VEHICLE / lanes);
    if (g == 0) {
      seconds[k]++;
    }
  }
}
