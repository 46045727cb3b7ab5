package io.greenwave.forecasting;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The forecasts of an intersection made at one moment: every lane group, 1 to {@code horizon}
 * intervals ahead, ordered by lane group then step.
 *
 * @param intersectionId the intersection
 * @param nextIntervalStart the first forecast interval (UTC)
 * @param intervalSeconds length of an interval
 * @param nominalCoverage the share of actuals the prediction intervals aim to contain
 * @param laneGroups the forecasts
 */
public record Forecast(
    String intersectionId,
    OffsetDateTime nextIntervalStart,
    int intervalSeconds,
    double nominalCoverage,
    List<LaneGroupForecast> laneGroups) {

  /** The forecast of a lane group a number of steps ahead, if present. */
  public LaneGroupForecast of(String laneGroup, int stepsAhead) {
    return laneGroups.stream()
        .filter(f -> f.laneGroup().equals(laneGroup) && f.stepsAhead() == stepsAhead)
        .findFirst()
        .orElse(null);
  }
}
