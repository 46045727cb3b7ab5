package io.greenwave.demo.control;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The running totals under the two views: vehicles served, average wait, how much less Greenwave's
 * side waits, and the idling fuel and CO2 that saves.
 *
 * <p>Both sides carry the same vehicles (same seed, same demand), so the comparison is paired: for
 * every vehicle that has left both networks, the difference of its two delays. The 95 % confidence
 * interval is Student's t over these differences; it is shown from {@link #MIN_PAIRED} vehicles on.
 * Vehicles that leave close together share queues, so their differences are correlated and the
 * interval is somewhat too narrow early in a run: it is a guide for a presentation, the benchmark
 * in docs/learning.md is the evidence.
 *
 * <p>Fuel: an idling car burns about {@value #IDLE_LITRES_PER_HOUR} L/h, and a litre of petrol
 * makes {@value #CO2_KG_PER_LITRE} kg of CO2; the saving is the difference of the two sides'
 * vehicle-hours of delay (including vehicles still queued) times these factors.
 *
 * @param baselineServed vehicles that left the left-hand network
 * @param greenwaveServed vehicles that left the right-hand network
 * @param baselineMeanWait average wait per served vehicle, left, s
 * @param greenwaveMeanWait average wait per served vehicle, right, s
 * @param paired vehicles that left both networks
 * @param lessWaitingPercent how much less the paired vehicles waited on the right, % of the left
 * @param lessWaitingLow lower 95 % bound of that percentage (NaN below {@link #MIN_PAIRED})
 * @param lessWaitingHigh upper 95 % bound (NaN below {@link #MIN_PAIRED})
 * @param fuelSavedLitres idling fuel saved so far by the right side, L
 * @param co2SavedKg CO2 not emitted, kg
 */
public record DemoComparison(
    int baselineServed,
    int greenwaveServed,
    double baselineMeanWait,
    double greenwaveMeanWait,
    int paired,
    double lessWaitingPercent,
    double lessWaitingLow,
    double lessWaitingHigh,
    double fuelSavedLitres,
    double co2SavedKg) {

  public static final double IDLE_LITRES_PER_HOUR = 0.8;
  public static final double CO2_KG_PER_LITRE = 2.31;

  /** Fewer paired vehicles than this: no confidence interval yet. */
  public static final int MIN_PAIRED = 30;

  /** Whether the confidence interval is available. */
  public boolean hasInterval() {
    return !Double.isNaN(lessWaitingLow);
  }

  static DemoComparison of(DemoSide baseline, DemoSide greenwave) {
    var left = baseline.simulation;
    var right = greenwave.simulation;
    long leftDelay = 0;
    long rightDelay = 0;
    int leftServed = 0;
    int rightServed = 0;
    int n = 0;
    double pairedLeft = 0;
    double mean = 0;
    double m2 = 0;
    for (int v = 0; v < left.vehicleCount(); v++) {
      boolean l = left.exitSecond(v) >= 0;
      boolean r = right.exitSecond(v) >= 0;
      if (l) {
        leftDelay += left.delaySeconds(v);
        leftServed++;
      }
      if (r) {
        rightDelay += right.delaySeconds(v);
        rightServed++;
      }
      if (l && r) {
        double d = left.delaySeconds(v) - right.delaySeconds(v);
        pairedLeft += left.delaySeconds(v);
        n++;
        double delta = d - mean; // Welford: stable running mean and variance
        mean += delta / n;
        m2 += delta * (d - mean);
      }
    }
    double leftMeanPaired = n == 0 ? 0 : pairedLeft / n;
    double percent = leftMeanPaired > 0 ? 100 * mean / leftMeanPaired : 0;
    double low = Double.NaN;
    double high = Double.NaN;
    if (n >= MIN_PAIRED && leftMeanPaired > 0) {
      double t = new TDistribution(n - 1).inverseCumulativeProbability(0.975);
      double halfWidth = t * Math.sqrt(m2 / (n - 1) / n);
      low = 100 * (mean - halfWidth) / leftMeanPaired;
      high = 100 * (mean + halfWidth) / leftMeanPaired;
    }
    double savedHours =
        (baseline.delayIncludingQueued() - greenwave.delayIncludingQueued()) / 3600.0;
    double litres = savedHours * IDLE_LITRES_PER_HOUR;
    return new DemoComparison(
        leftServed,
        rightServed,
        leftServed == 0 ? 0 : (double) leftDelay / leftServed,
        rightServed == 0 ? 0 : (double) rightDelay / rightServed,
        n,
        percent,
        low,
        high,
        litres,
        litres * CO2_KG_PER_LITRE);
  }
}
