package io.greenwave.learning.model;

import io.greenwave.signal.IntersectionState;

/**
 * Features of the action "serve phase {@code p}" in an intersection state, the inputs of the linear
 * action values. Every feature is computed from the {@link IntersectionState} alone (no simulator
 * internals), so a field adapter that implements the state can use a trained policy.
 *
 * <p>Features are scaled to be roughly in [0, 3] at ordinary demand: linear Q-learning with one
 * step size needs comparable scales.
 */
public final class PhaseFeatures {
  /** Number of features per (state, phase). */
  public static final int COUNT = 11;

  /** Names in feature order, for documentation and the policy summary. */
  public static final String[] NAMES = {
    "switch",
    "longestClearingTime",
    "queuedVehicles",
    "approachingClearingTime",
    "queuedWaiting",
    "downstreamQueue",
    "blockedDownstream",
    "timeInGreen",
    "gapInCurrentGreen",
    "meanWaitOfQueue",
    "intersectionQueue"
  };

  /** Seconds without an arrival at a served stop line that count as a gap. */
  static final int GAP_SECONDS = 2;

  private PhaseFeatures() {}

  /**
   * Fills {@code out[0..COUNT)} with the features of serving {@code phase}.
   *
   * <p>Clearing times (queue divided by the lane group's saturation flow) rather than counts make a
   * 1-lane left queue and a 2-lane through queue comparable: that is how long the green must last.
   */
  public static void compute(IntersectionState s, int phase, double[] out) {
    boolean current = phase == s.currentPhase();
    double longestClear = 0;
    double queued = 0;
    double approachClear = 0;
    double waiting = 0;
    double downstream = 0;
    boolean blocked = false;
    boolean gap = true;
    double meanWait = 0;
    double total = 0;
    for (int g = 0; g < s.laneGroupCount(); g++) {
      int q = s.queue(g);
      total += q;
      if (!s.phaseServes(phase, g)) {
        continue;
      }
      double rate = Math.max(0.05, s.saturationFlowPerSecond(g));
      longestClear = Math.max(longestClear, q / rate);
      approachClear = Math.max(approachClear, s.approaching(g) / rate);
      queued += q;
      long w = s.queuedWaitingSeconds(g);
      waiting += w;
      if (q > 0) {
        meanWait = Math.max(meanWait, (double) w / q);
      }
      downstream += s.downstreamQueue(g);
      blocked |= s.downstreamSpace(g) == 0;
      gap &= q == 0 && s.secondsToNextArrival(g) > GAP_SECONDS;
    }
    out[0] = current ? 0 : 1;
    out[1] = longestClear / 30;
    out[2] = queued / 10;
    out[3] = approachClear / 30;
    out[4] = waiting / 300;
    out[5] = downstream / 10;
    out[6] = blocked ? 1 : 0;
    out[7] = current ? Math.min(s.timeInPhase(), 120) / 60.0 : 0;
    out[8] = current && gap ? 1 : 0;
    out[9] = meanWait / 60;
    out[10] = total / 20;
  }
}
