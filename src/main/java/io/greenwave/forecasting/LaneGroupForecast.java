package io.greenwave.forecasting;

import java.time.OffsetDateTime;

/**
 * The forecast volume of one lane group for one interval, with its prediction interval.
 *
 * @param laneGroup lane group id
 * @param intervalStart start of the forecast interval (UTC)
 * @param stepsAhead 1 = the next interval after the last reading, up to 4
 * @param vehicles expected vehicle count in the interval
 * @param lower lower bound of the prediction interval (vehicles)
 * @param upper upper bound of the prediction interval (vehicles)
 * @param missingInputs how many of the recent inputs (4 lags and the rolling mean) were missing,
 *     e.g. during a detector outage; the forecast then leans on the profile and the same interval
 *     yesterday and last week, and its interval, calibrated on complete inputs, is optimistic
 */
public record LaneGroupForecast(
    String laneGroup,
    OffsetDateTime intervalStart,
    int stepsAhead,
    double vehicles,
    double lower,
    double upper,
    int missingInputs) {}
