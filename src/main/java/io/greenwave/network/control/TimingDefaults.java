package io.greenwave.network.control;

import io.greenwave.network.entity.IntersectionDefinition.TimingData;
import io.greenwave.network.entity.TimingLimits;

/** Timing limits with the reference defaults filled in where the engineer gave none. */
record TimingDefaults(
    int minGreen, int maxGreen, int yellow, int allRed, int cycleMin, int cycleMax) {

  static TimingDefaults resolve(TimingData t) {
    TimingLimits d = TimingLimits.defaults();
    if (t == null) {
      return new TimingDefaults(
          d.minGreen(), d.maxGreen(), d.yellow(), d.allRed(), d.cycleMin(), d.cycleMax());
    }
    return new TimingDefaults(
        or(t.minGreen(), d.minGreen()),
        or(t.maxGreen(), d.maxGreen()),
        or(t.yellow(), d.yellow()),
        or(t.allRed(), d.allRed()),
        or(t.cycleMin(), d.cycleMin()),
        or(t.cycleMax(), d.cycleMax()));
  }

  TimingLimits toLimits() {
    return new TimingLimits(minGreen, maxGreen, yellow, allRed, cycleMin, cycleMax);
  }

  private static int or(Integer value, int fallback) {
    return value == null ? fallback : value;
  }
}
