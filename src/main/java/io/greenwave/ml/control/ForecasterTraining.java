package io.greenwave.ml.control;

import io.greenwave.forecasting.ForecastAlgorithm;
import io.greenwave.forecasting.ForecastSettings;
import io.greenwave.forecasting.ForecastTrainer;
import io.greenwave.forecasting.TrainedForecast;
import io.greenwave.forecasting.evaluation.ForecastEvaluation;
import io.greenwave.ml.entity.ModelKind;
import io.greenwave.ml.entity.ModelVersion;
import io.greenwave.ml.entity.TrainingRequest;
import io.greenwave.platform.entity.ProblemException;
import io.greenwave.readings.control.ReadingStore;
import io.greenwave.readings.control.Resolution;
import io.greenwave.readings.entity.Reading;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * Trains a demand forecaster of an intersection on its stored readings (Weka, see {@code
 * io.greenwave.forecasting}) and states its lineage: data window, algorithm, hyperparameters,
 * hold-out metrics and the seasonal-naive and historical-average baselines.
 */
@ApplicationScoped
public class ForecasterTraining {
  static final int MAX_READINGS = 400_000;

  @Inject ReadingStore readings;

  /** Checks a request before it is queued: 400 naming the field. */
  public ForecastSettings settings(TrainingRequest r) {
    ForecastAlgorithm algorithm = ForecastAlgorithm.RANDOM_FOREST;
    if (r.algorithm() != null) {
      try {
        algorithm = ForecastAlgorithm.valueOf(r.algorithm().trim().toUpperCase());
      } catch (IllegalArgumentException e) {
        throw ProblemException.invalidField(
            "algorithm", "must be one of " + java.util.Arrays.toString(ForecastAlgorithm.values()));
      }
    }
    try {
      ForecastSettings s = ForecastSettings.of(algorithm);
      if (r.hyperparameters() != null) {
        s = s.withHyperparameters(r.hyperparameterValues());
      }
      if (r.horizon() != null) {
        s = s.withHorizon(r.horizon());
      }
      if (r.holdoutDays() != null) {
        s = s.withHoldoutDays(r.holdoutDays());
      }
      return s;
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField("hyperparameters", e.getMessage());
    }
  }

  public TrainedModel train(
      String jobId, String actor, TrainingRequest r, TrainingProgressSink progress) {
    ForecastSettings settings = settings(r);
    OffsetDateTime from = r.dataFrom() == null ? null : OffsetDateTime.parse(r.dataFrom());
    OffsetDateTime to = r.dataTo() == null ? null : OffsetDateTime.parse(r.dataTo());
    List<Reading> history =
        readings.find(
            new ReadingStore.Query(r.intersectionId(), null, from, to, Resolution.RAW),
            0,
            MAX_READINGS);
    progress.report(0.05, "loaded " + history.size() + " readings", null, null);
    TrainedForecast trained =
        ForecastTrainer.train(
            r.intersectionId(),
            history,
            settings,
            p -> {
              if (progress.report(0.05 + 0.9 * p.fraction(), p.phase(), null, null)) {
                throw new CancellationException("cancelled");
              }
            });
    byte[] bytes = trained.model().toBytes();
    ForecastEvaluation e = trained.evaluation();
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("mae", e.model().mae());
    metrics.put("rmse", e.model().rmse());
    metrics.put("wape", e.model().wape());
    metrics.put("r2", e.model().r2());
    metrics.put("accuracy", e.accuracy());
    metrics.put("maeSkillVsSeasonalNaive", e.maeSkillVsSeasonalNaive());
    metrics.put("intervalCoverage", e.intervalCoverage());
    metrics.put("nominalCoverage", e.nominalCoverage());
    metrics.put("holdoutRows", (double) e.model().n());
    Map<String, Double> baselines = new LinkedHashMap<>();
    baselines.put("seasonalNaiveMae", e.seasonalNaive().mae());
    baselines.put("seasonalNaiveWape", e.seasonalNaive().wape());
    baselines.put("historicalAverageMae", e.historicalAverage().mae());
    baselines.put("historicalAverageWape", e.historicalAverage().wape());
    var l = trained.lineage();
    Map<String, Object> hyper = new LinkedHashMap<>(l.hyperparameters());
    hyper.put("horizon", l.horizon());
    hyper.put("holdoutDays", settings.holdoutDays());
    hyper.put("intervalSeconds", l.intervalSeconds());
    return new TrainedModel(
        new ModelVersion.Lineage(
            r.intersectionId(),
            ModelKind.FORECASTER,
            l.algorithm().name(),
            LineageJson.write(hyper),
            l.dataFrom(),
            l.dataTo(),
            null,
            l.seed(),
            LineageJson.write(metrics),
            LineageJson.write(baselines),
            bytes.length,
            (l.trainingMillis() + l.evaluationMillis()) / 1000.0,
            actor,
            jobId),
        bytes);
  }
}
