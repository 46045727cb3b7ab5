package io.greenwave.ml.control;

import io.greenwave.forecasting.BacktestPoint;
import io.greenwave.ml.entity.BatchRequest;
import io.greenwave.ml.entity.ModelKind;
import io.greenwave.ml.entity.ModelVersion;
import io.greenwave.ml.entity.Prediction;
import io.greenwave.platform.entity.ProblemException;
import io.greenwave.readings.control.ReadingStore;
import io.greenwave.readings.control.Resolution;
import io.greenwave.readings.entity.Reading;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Batch predictions: many live states at once, or a replay of the active forecaster over a
 * historical window next to the readings that actually came, with the error metrics of the replay.
 */
@ApplicationScoped
public class BatchPredictions {
  static final int MAX_STATES = 10_000;
  static final int MAX_WINDOW_DAYS = 31;

  @Inject Predictions predictions;
  @Inject LoadedModels models;
  @Inject ReadingStore readings;

  /** Answers for many states. */
  public record StatesAnswer(int count, double seconds, List<Prediction> predictions) {}

  /** Forecasts against actuals over a window. */
  public record ReplayAnswer(
      String intersectionId,
      String modelId,
      int version,
      String from,
      String to,
      int count,
      double seconds,
      Map<String, Double> metrics,
      List<BacktestPoint> points) {}

  public Object answer(BatchRequest request) {
    if (request == null) {
      throw ProblemException.invalidField("body", "states or a historical window are required");
    }
    if (request.states() != null) {
      return states(request.states());
    }
    return replay(request);
  }

  private StatesAnswer states(List<io.greenwave.ml.entity.PredictionRequest> states) {
    if (states.isEmpty() || states.size() > MAX_STATES) {
      throw ProblemException.invalidField("states", "1 to " + MAX_STATES + " states");
    }
    long started = System.nanoTime();
    List<Prediction> answers = states.stream().map(predictions::predict).toList();
    return new StatesAnswer(answers.size(), (System.nanoTime() - started) / 1e9, answers);
  }

  private ReplayAnswer replay(BatchRequest r) {
    if (r.intersectionId() == null) {
      throw ProblemException.invalidField("intersectionId", "is required (or give states)");
    }
    OffsetDateTime from = time("from", r.from());
    OffsetDateTime to = time("to", r.to());
    if (!from.isBefore(to) || Duration.between(from, to).toDays() > MAX_WINDOW_DAYS) {
      throw ProblemException.invalidField(
          "to", "must be after 'from', at most " + MAX_WINDOW_DAYS + " days");
    }
    ModelVersion version =
        models
            .active(r.intersectionId(), ModelKind.FORECASTER)
            .orElseThrow(
                () ->
                    ProblemException.conflict(
                        "Intersection '" + r.intersectionId() + "' has no active forecaster",
                        "intersectionId"));
    long started = System.nanoTime();
    List<Reading> history =
        readings.find(
            new ReadingStore.Query(
                r.intersectionId(),
                null,
                from.minusDays(Predictions.HISTORY_DAYS),
                to,
                Resolution.RAW),
            0,
            1_000_000);
    List<BacktestPoint> points = models.forecaster(version.id()).backtest(history, from, to);
    double abs = 0;
    double sq = 0;
    double volume = 0;
    int covered = 0;
    for (BacktestPoint p : points) {
      double e = p.actual() - p.forecast();
      abs += Math.abs(e);
      sq += e * e;
      volume += p.actual();
      covered += p.actual() >= p.lower() && p.actual() <= p.upper() ? 1 : 0;
    }
    int n = points.size();
    Map<String, Double> metrics =
        n == 0
            ? Map.of()
            : Map.of(
                "mae",
                abs / n,
                "rmse",
                Math.sqrt(sq / n),
                "wape",
                volume > 0 ? abs / volume : 0,
                "intervalCoverage",
                (double) covered / n);
    return new ReplayAnswer(
        r.intersectionId(),
        version.id(),
        version.versionNumber(),
        from.toString(),
        to.toString(),
        n,
        (System.nanoTime() - started) / 1e9,
        metrics,
        points);
  }

  private static OffsetDateTime time(String field, String text) {
    if (text == null) {
      throw ProblemException.invalidField(field, "is required");
    }
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidField(field, "must be an ISO-8601 date-time with offset");
    }
  }
}
