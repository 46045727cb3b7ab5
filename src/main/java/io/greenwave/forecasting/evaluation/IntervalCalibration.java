package io.greenwave.forecasting.evaluation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Prediction intervals from hold-out residuals, per lane group and steps ahead (split-conformal
 * style). Counts are Poisson-like, so their spread grows with the square root of the level: each
 * residual is divided by √max(forecast, 1), and an interval is {@code forecast + q × √max(forecast,
 * 1)} between the lower and upper quantile {@code q} of those scaled residuals. This makes one
 * calibration valid at night and in the peak. A lane group with fewer than {@value #MIN_RESIDUALS}
 * residuals for a step uses those of all lane groups.
 *
 * <p>The forest's tree spread was not used: it measures how unsure the model is about the mean, not
 * the counting noise around it, and gives intervals far narrower than the actuals need.
 */
public final class IntervalCalibration implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int MIN_RESIDUALS = 30;

  private final double coverage;
  private final double[][] lower;
  private final double[][] upper;

  private IntervalCalibration(double coverage, double[][] lower, double[][] upper) {
    this.coverage = coverage;
    this.lower = lower;
    this.upper = upper;
  }

  /** The scaled residual of one forecast, as collected by {@link Builder#add}. */
  public static double scaled(double actual, double forecast) {
    return (actual - forecast) / scale(forecast);
  }

  private static double scale(double forecast) {
    return Math.sqrt(Math.max(forecast, 1));
  }

  /** The nominal share of actuals an interval should contain. */
  public double coverage() {
    return coverage;
  }

  /** Lower bound of the interval around {@code forecast} (never below zero). */
  public double lower(int laneGroup, int step, double forecast) {
    return Math.max(0, forecast + lower[laneGroup][step - 1] * scale(forecast));
  }

  /** Upper bound of the interval around {@code forecast}. */
  public double upper(int laneGroup, int step, double forecast) {
    return forecast + upper[laneGroup][step - 1] * scale(forecast);
  }

  /** Collects scaled residuals per lane group and step, then takes their quantiles. */
  public static final class Builder {
    private final double coverage;
    private final List<List<List<Double>>> residuals = new ArrayList<>();
    private final int steps;

    public Builder(int laneGroups, int steps, double coverage) {
      this.coverage = coverage;
      this.steps = steps;
      for (int g = 0; g < laneGroups; g++) {
        List<List<Double>> perStep = new ArrayList<>();
        for (int s = 0; s < steps; s++) {
          perStep.add(new ArrayList<>());
        }
        residuals.add(perStep);
      }
    }

    /** Adds the residual of a forecast {@code step} intervals ahead (1-based). */
    public void add(int laneGroup, int step, double actual, double forecast) {
      residuals.get(laneGroup).get(step - 1).add(scaled(actual, forecast));
    }

    public IntervalCalibration build() {
      int groups = residuals.size();
      double[][] lo = new double[groups][steps];
      double[][] hi = new double[groups][steps];
      double lowP = 100 * (1 - coverage) / 2;
      double highP = 100 * (1 + coverage) / 2;
      for (int s = 0; s < steps; s++) {
        double[] pooled = pooled(s);
        for (int g = 0; g < groups; g++) {
          double[] own = toArray(residuals.get(g).get(s));
          double[] use = own.length >= MIN_RESIDUALS ? own : pooled;
          lo[g][s] = quantile(use, lowP, -2);
          hi[g][s] = quantile(use, highP, 2);
        }
      }
      return new IntervalCalibration(coverage, lo, hi);
    }

    private double[] pooled(int step) {
      List<Double> all = new ArrayList<>();
      residuals.forEach(perStep -> all.addAll(perStep.get(step)));
      return toArray(all);
    }

    /** With no residuals at all, ±2 √forecast: roughly a 95 % Poisson interval. */
    private static double quantile(double[] values, double p, double fallback) {
      return values.length == 0 ? fallback : new Percentile().evaluate(values, p);
    }

    private static double[] toArray(List<Double> values) {
      return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
  }
}
