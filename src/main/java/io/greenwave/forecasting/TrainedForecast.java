package io.greenwave.forecasting;

import io.greenwave.forecasting.evaluation.ForecastEvaluation;

/**
 * The result of a training run: the model (the very one that was evaluated: it is not refitted on
 * the hold-out afterwards), its hold-out evaluation and its lineage.
 */
public record TrainedForecast(
    ForecastModel model, ForecastEvaluation evaluation, ForecastLineage lineage) {}
