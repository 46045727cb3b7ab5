package io.greenwave.forecasting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The facts a model registry keeps about how a forecaster was made, so that a run can be understood
 * and repeated.
 *
 * @param intersectionId the intersection
 * @param algorithm the Weka regressor
 * @param hyperparameters the hyperparameters used, defaults included
 * @param wekaOptions the same as Weka command-line options (for reproduction in Weka itself)
 * @param seed the seed
 * @param horizon steps ahead evaluated and calibrated
 * @param intervalSeconds interval length of the readings learned from
 * @param laneGroups lane groups covered
 * @param dataFrom first reading used (inclusive)
 * @param dataTo end of the readings (exclusive)
 * @param trainFrom first training target (the first week only feeds the lag features)
 * @param holdoutFrom first hold-out interval; training used only earlier readings
 * @param trainingRows rows learned from (after any subsampling)
 * @param holdoutRows one-ahead hold-out forecasts compared
 * @param trainingMillis wall-clock time of learning the regressor
 * @param evaluationMillis wall-clock time of the hold-out evaluation
 * @param modelBytes size of {@link ForecastModel#toBytes()}
 */
public record ForecastLineage(
    String intersectionId,
    ForecastAlgorithm algorithm,
    Map<String, String> hyperparameters,
    String wekaOptions,
    long seed,
    int horizon,
    int intervalSeconds,
    List<String> laneGroups,
    OffsetDateTime dataFrom,
    OffsetDateTime dataTo,
    OffsetDateTime trainFrom,
    OffsetDateTime holdoutFrom,
    int trainingRows,
    int holdoutRows,
    long trainingMillis,
    long evaluationMillis,
    int modelBytes) {}
