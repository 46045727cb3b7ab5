/**
 * Demand forecasting: the next 1-4 intervals of traffic volume per lane group of an intersection,
 * learned with Weka from its detector readings, with prediction intervals.
 *
 * <p>{@link io.greenwave.forecasting.ForecastTrainer#train} turns a reading history and {@link
 * io.greenwave.forecasting.ForecastSettings} into a {@link
 * io.greenwave.forecasting.TrainedForecast}: a {@link io.greenwave.forecasting.ForecastModel}
 * (thread-safe, serialisable with {@code toBytes()}/{@code fromBytes()}), its chronological
 * hold-out evaluation against seasonal-naive and historical-average baselines, and its lineage.
 * Plain Java, no container API. Features are in {@code features}, metrics and interval calibration
 * in {@code evaluation}, the Weka environment in {@code learner}. See docs/forecasting.md.
 */
package io.greenwave.forecasting;
