package io.greenwave.forecasting.evaluation;

/**
 * The hold-out result of one lane group.
 *
 * @param laneGroup lane group id
 * @param volume vehicles counted in the compared hold-out intervals
 * @param model one-interval-ahead forecast errors
 * @param seasonalNaive errors of "same interval last week"
 * @param historicalAverage errors of the training profile (same interval, same day type)
 * @param noiseFloorWape the WAPE a forecaster that knew the true mean would still make because the
 *     counts are Poisson: Σ E|N − μ| / Σ actual with μ = the model's forecast (an estimate)
 * @param intervalCoverage share of the actuals in the calibration-free half of the hold-out that
 *     fell inside their one-ahead prediction interval
 */
public record LaneGroupEvaluation(
    String laneGroup,
    double volume,
    ErrorMetrics model,
    ErrorMetrics seasonalNaive,
    ErrorMetrics historicalAverage,
    double noiseFloorWape,
    double intervalCoverage) {

  /** MAE improvement over seasonal-naive, e.g. 0.25 = 25 % lower MAE. */
  public double maeSkillVsSeasonalNaive() {
    return model.maeSkillOver(seasonalNaive);
  }
}
