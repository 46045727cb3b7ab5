package io.greenwave.learning.model;

import io.greenwave.signal.IntersectionState;
import java.util.Arrays;

/**
 * How tabular Q-learning turns an intersection state into a table row: the current phase, the time
 * in green (binned), and per phase the vehicles it would serve (queued, plus approaching when
 * {@code countApproaching}), binned.
 *
 * <p>Bins are given by ascending thresholds: with {@code {1, 4, 8}} a count falls in bin 0 (below
 * 1), 1 (1-3), 2 (4-7) or 3 (8 and more). The number of rows is {@code phases x (timeBins + 1) x
 * (queueBins + 1)^phases}; above {@link #MAX_ROWS} rows are hashed into {@link #MAX_ROWS} (a few
 * collisions in rarely visited states cost less than a table that does not fit).
 *
 * @param queueThresholds ascending vehicle-count thresholds of the per-phase queue bins
 * @param timeThresholds ascending thresholds (s) of the time-in-green bins
 * @param countApproaching whether approaching vehicles count with the queue (look-ahead)
 */
public record StateDiscretisation(
    int[] queueThresholds, int[] timeThresholds, boolean countApproaching) {

  /** Largest table, in rows, before hashing. */
  public static final int MAX_ROWS = 1 << 18;

  /** Queue bins 0 / 1-2 / 3-5 / 6-9 / 10+, green bins below 10 / 10-19 / 20-39 / 40+ s. */
  public static final StateDiscretisation DEFAULT =
      new StateDiscretisation(new int[] {1, 3, 6, 10}, new int[] {10, 20, 40}, true);

  public StateDiscretisation {
    queueThresholds = queueThresholds.clone();
    timeThresholds = timeThresholds.clone();
  }

  /** Rows of the table for an intersection with this many phases. */
  public int rows(int phases) {
    double rows =
        phases * (timeThresholds.length + 1.0) * Math.pow(queueThresholds.length + 1.0, phases);
    return (int) Math.min(MAX_ROWS, rows);
  }

  /** The table row of a state. */
  public int row(IntersectionState s) {
    long index = s.currentPhase();
    index = index * (timeThresholds.length + 1) + bin(s.timeInPhase(), timeThresholds);
    for (int p = 0; p < s.phaseCount(); p++) {
      index = index * (queueThresholds.length + 1) + bin(servedVehicles(s, p), queueThresholds);
    }
    int rows = rows(s.phaseCount());
    return rows == MAX_ROWS ? (int) Math.floorMod(mix(index), (long) rows) : (int) index;
  }

  private static long mix(long x) {
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    return x ^ (x >>> 33);
  }

  private int servedVehicles(IntersectionState s, int phase) {
    int max = 0;
    for (int g = 0; g < s.laneGroupCount(); g++) {
      if (s.phaseServes(phase, g)) {
        max = Math.max(max, s.queue(g) + (countApproaching ? s.approaching(g) : 0));
      }
    }
    return max;
  }

  static int bin(int value, int[] thresholds) {
    int b = 0;
    while (b < thresholds.length && value >= thresholds[b]) {
      b++;
    }
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StateDiscretisation d
        && Arrays.equals(queueThresholds, d.queueThresholds)
        && Arrays.equals(timeThresholds, d.timeThresholds)
        && countApproaching == d.countApproaching;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(queueThresholds) * 31 + Arrays.hashCode(timeThresholds);
  }

  @Override
  public String toString() {
    return "queue bins "
        + Arrays.toString(queueThresholds)
        + ", green bins "
        + Arrays.toString(timeThresholds)
        + (countApproaching ? ", counting approaching" : "");
  }
}
