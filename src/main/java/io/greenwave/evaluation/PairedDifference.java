package io.greenwave.evaluation;

/**
 * A controller against the baseline on the same seeds: mean of the per-seed differences (controller
 * minus baseline) with its 95 % confidence interval and the paired t-test p-value.
 *
 * @param metric which metric
 * @param controller the controller
 * @param baseline the baseline controller
 * @param meanDifference mean of controller minus baseline
 * @param ciLow lower 95 % bound of the difference
 * @param ciHigh upper 95 % bound
 * @param percentChange mean difference relative to the baseline mean, %
 * @param pValue two-sided paired t-test p-value
 */
public record PairedDifference(
    Metric metric,
    String controller,
    String baseline,
    double meanDifference,
    double ciLow,
    double ciHigh,
    double percentChange,
    double pValue) {}
