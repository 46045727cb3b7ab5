package io.greenwave.forecasting;

import java.time.OffsetDateTime;

/**
 * A one-interval-ahead forecast next to what was then counted, for charts of forecast against
 * actual and for drift checks.
 *
 * @param actual the counted vehicles, NaN where no reading exists
 */
public record BacktestPoint(
    String laneGroup,
    OffsetDateTime intervalStart,
    double actual,
    double forecast,
    double lower,
    double upper) {}
