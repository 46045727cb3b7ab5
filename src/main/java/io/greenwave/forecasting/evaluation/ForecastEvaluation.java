package io.greenwave.forecasting.evaluation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A forecaster measured on the chronological hold-out: the last days of the history, which the
 * model never saw. Every forecast uses only readings before the interval it forecasts, so the
 * figures are what the model would have achieved in operation. All lane groups are pooled, which
 * makes the WAPE volume-weighted; the per-lane-group figures are in {@link #laneGroups()}.
 *
 * @param holdoutFrom first hold-out interval (inclusive)
 * @param holdoutTo end of the hold-out (exclusive)
 * @param model one-interval-ahead errors
 * @param seasonalNaive errors of "same interval last week" on the same intervals
 * @param historicalAverage errors of the training profile on the same intervals
 * @param noiseFloorWape the WAPE Poisson counting noise alone would cause (see {@link
 *     LaneGroupEvaluation#noiseFloorWape()})
 * @param wapeByStep WAPE of forecasts 1, 2, … intervals ahead (index 0 = one ahead)
 * @param nominalCoverage the share the prediction intervals aim to contain
 * @param intervalCoverage the share they did contain, one ahead, on the second half of the hold-out
 *     (the first half calibrated them)
 * @param intervalCoverageByStep the same per step ahead
 * @param laneGroups per lane group
 */
public record ForecastEvaluation(
    OffsetDateTime holdoutFrom,
    OffsetDateTime holdoutTo,
    ErrorMetrics model,
    ErrorMetrics seasonalNaive,
    ErrorMetrics historicalAverage,
    double noiseFloorWape,
    List<Double> wapeByStep,
    double nominalCoverage,
    double intervalCoverage,
    List<Double> intervalCoverageByStep,
    List<LaneGroupEvaluation> laneGroups) {

  /** MAE improvement over seasonal-naive (same interval last week): the deploy-gate figure. */
  public double maeSkillVsSeasonalNaive() {
    return model.maeSkillOver(seasonalNaive);
  }

  /** MAE improvement over the historical average. */
  public double maeSkillVsHistoricalAverage() {
    return model.maeSkillOver(historicalAverage);
  }

  /** 1 − WAPE. */
  public double accuracy() {
    return model.accuracy();
  }
}
