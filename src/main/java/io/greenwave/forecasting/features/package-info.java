/**
 * From detector readings to the rows a regressor learns from. A lane group's counts sit on a grid
 * of intervals ({@link io.greenwave.forecasting.features.ReadingSeries}) where a detector outage is
 * a gap (missing, never zero); {@link io.greenwave.forecasting.features.DemandProfile} is the
 * historical mean of each interval of the day per day type; {@link
 * io.greenwave.forecasting.features.FeatureSchema} turns a lane group and a target interval into
 * time-of-day, day-of-week, lag, same-slot-yesterday/last-week, rolling-mean and profile features.
 */
package io.greenwave.forecasting.features;
