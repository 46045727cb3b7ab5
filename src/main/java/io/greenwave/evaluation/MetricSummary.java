package io.greenwave.evaluation;

/**
 * Mean of a metric over seeds with its 95 % confidence interval.
 *
 * @param metric which metric
 * @param unit its unit
 * @param mean mean over seeds
 * @param ciLow lower bound of the 95 % confidence interval (Student t)
 * @param ciHigh upper bound
 * @param seeds number of seeds
 */
public record MetricSummary(
    Metric metric, String unit, double mean, double ciLow, double ciHigh, int seeds) {

  /** Summarises the per-seed values of a metric. */
  public static MetricSummary of(Metric metric, double[] values) {
    double[] m = Statistics.meanAndHalfWidth(values);
    return new MetricSummary(metric, metric.unit(), m[0], m[0] - m[1], m[0] + m[1], values.length);
  }
}
