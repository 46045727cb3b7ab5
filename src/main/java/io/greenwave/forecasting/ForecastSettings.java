package io.greenwave.forecasting;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * What shapes the training of a demand forecaster.
 *
 * @param algorithm the Weka regressor
 * @param hyperparameters named hyperparameters overriding the algorithm's defaults (see {@link
 *     ForecastAlgorithm#defaults()}); unknown names are refused
 * @param horizon how many intervals ahead the model is evaluated and calibrated for (1-4)
 * @param holdoutDays the most recent days kept out of training for evaluation; the first half of
 *     them calibrates the prediction intervals, the second half measures their coverage
 * @param intervalCoverage nominal share of actuals a prediction interval should contain (e.g. 0.9)
 * @param seed seed of every random choice (tree bagging, network initialisation, subsampling)
 * @param zone the zone whose clock drives time of day and day of week (traffic follows local time);
 *     readings stay in UTC
 */
public record ForecastSettings(
    ForecastAlgorithm algorithm,
    Map<String, String> hyperparameters,
    int horizon,
    int holdoutDays,
    double intervalCoverage,
    long seed,
    ZoneId zone) {

  /** At most this many intervals ahead. */
  public static final int MAX_HORIZON = 4;

  public ForecastSettings {
    algorithm = algorithm == null ? ForecastAlgorithm.RANDOM_FOREST : algorithm;
    hyperparameters = Map.copyOf(hyperparameters == null ? Map.of() : hyperparameters);
    zone = zone == null ? ZoneOffset.UTC : zone;
    if (horizon < 1 || horizon > MAX_HORIZON) {
      throw new IllegalArgumentException("horizon must be 1 to " + MAX_HORIZON + ": " + horizon);
    }
    if (holdoutDays < 2) {
      throw new IllegalArgumentException("holdoutDays must be at least 2: " + holdoutDays);
    }
    if (!(intervalCoverage > 0 && intervalCoverage < 1)) {
      throw new IllegalArgumentException("intervalCoverage must be in (0, 1): " + intervalCoverage);
    }
    algorithm.effective(hyperparameters);
  }

  /** RandomForest with its defaults, horizon 4, the last 14 days held out, 90 % intervals. */
  public static ForecastSettings defaults() {
    return of(ForecastAlgorithm.RANDOM_FOREST);
  }

  /** The defaults with another algorithm. */
  public static ForecastSettings of(ForecastAlgorithm algorithm) {
    return new ForecastSettings(algorithm, Map.of(), MAX_HORIZON, 14, 0.9, 42, ZoneOffset.UTC);
  }

  /** With these hyperparameters (replacing the given ones). */
  public ForecastSettings withHyperparameters(Map<String, String> h) {
    return new ForecastSettings(algorithm, h, horizon, holdoutDays, intervalCoverage, seed, zone);
  }

  /** With another hold-out length. */
  public ForecastSettings withHoldoutDays(int days) {
    return new ForecastSettings(
        algorithm, hyperparameters, horizon, days, intervalCoverage, seed, zone);
  }

  /** With another horizon. */
  public ForecastSettings withHorizon(int h) {
    return new ForecastSettings(
        algorithm, hyperparameters, h, holdoutDays, intervalCoverage, seed, zone);
  }

  /** The hyperparameters this run uses, defaults included. */
  public Map<String, String> effectiveHyperparameters() {
    return algorithm.effective(hyperparameters);
  }
}
