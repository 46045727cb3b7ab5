package io.greenwave.forecasting.evaluation;

import org.apache.commons.math3.stat.StatUtils;

/**
 * Forecast errors over a set of intervals.
 *
 * @param n intervals compared
 * @param mae mean absolute error, vehicles per interval
 * @param rmse root mean squared error, vehicles per interval
 * @param wape weighted absolute percentage error: Σ|actual − forecast| / Σ actual. Unlike MAPE it
 *     does not explode on the near-empty night intervals, and summed over lane groups it is the
 *     volume-weighted error
 * @param r2 coefficient of determination 1 − SSE/SST (SST around the mean of the actuals)
 */
public record ErrorMetrics(int n, double mae, double rmse, double wape, double r2) {

  /** The metrics of {@code forecast} against {@code actual} (same length). */
  public static ErrorMetrics of(double[] actual, double[] forecast) {
    int n = actual.length;
    if (n == 0) {
      return new ErrorMetrics(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double abs = 0;
    double sq = 0;
    for (int i = 0; i < n; i++) {
      double e = actual[i] - forecast[i];
      abs += Math.abs(e);
      sq += e * e;
    }
    double volume = StatUtils.sum(actual);
    double sst = n > 1 ? StatUtils.variance(actual) * (n - 1) : Double.NaN;
    return new ErrorMetrics(n, abs / n, Math.sqrt(sq / n), abs / volume, 1 - sq / sst);
  }

  /**
   * "Accuracy" as Greenwave reports it: 1 − WAPE, the share of the traffic volume forecast right.
   */
  public double accuracy() {
    return 1 - wape;
  }

  /** Relative MAE improvement over a baseline: 1 − MAE / MAE(baseline); 0.2 = 20 % better. */
  public double maeSkillOver(ErrorMetrics baseline) {
    return 1 - mae / baseline.mae;
  }
}
