package io.greenwave.ml.control;

import io.greenwave.forecasting.BacktestPoint;
import io.greenwave.ml.entity.ModelVersion;
import io.greenwave.platform.entity.LiveEvent;
import io.greenwave.readings.control.ReadingStore;
import io.greenwave.readings.control.Resolution;
import io.greenwave.readings.entity.Reading;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Watches whether an active forecaster still forecasts as well as it did on its hold-out: replays
 * it on the last week of live readings and compares the live WAPE with the evaluation WAPE. Beyond
 * the configured factor the model is flagged as drifting and an alert event goes out (once per
 * model). Results are remembered for ten minutes: the check replays a week of forecasts.
 */
@ApplicationScoped
public class DriftWatch {
  static final long MEMORY_NANOS = 600_000_000_000L;

  @Inject ReadingStore readings;
  @Inject LoadedModels models;
  @Inject Event<LiveEvent> events;

  @Inject
  @ConfigProperty(name = "greenwave.ml.drift-factor", defaultValue = "1.5")
  double factor;

  @Inject
  @ConfigProperty(name = "greenwave.ml.drift-window-days", defaultValue = "7")
  int windowDays;

  /** The drift state of a forecaster. */
  public record DriftState(
      String state,
      Double liveWape,
      Double evaluationWape,
      double factor,
      String from,
      String to,
      int forecasts) {}

  private record Remembered(DriftState state, long at) {}

  private final Map<String, Remembered> checked = new ConcurrentHashMap<>();
  private final Map<String, Boolean> alerted = new ConcurrentHashMap<>();

  public DriftState forecaster(ModelVersion version) {
    Remembered r = checked.get(version.id());
    if (r != null && System.nanoTime() - r.at() < MEMORY_NANOS) {
      return r.state();
    }
    DriftState state = check(version);
    checked.put(version.id(), new Remembered(state, System.nanoTime()));
    if ("drifting".equals(state.state()) && alerted.putIfAbsent(version.id(), true) == null) {
      events.fire(
          LiveEvent.of(
              "alerts",
              version.intersectionId(),
              Map.of(
                  "alert", "forecast-drift",
                  "modelId", version.id(),
                  "liveWape", state.liveWape(),
                  "evaluationWape", state.evaluationWape())));
    }
    return state;
  }

  private DriftState check(ModelVersion version) {
    Double evaluation = LineageJson.numbers(version.metrics()).get("wape");
    Optional<OffsetDateTime> latest = readings.latest(version.intersectionId());
    if (latest.isEmpty() || evaluation == null) {
      return new DriftState("unknown", null, evaluation, factor, null, null, 0);
    }
    OffsetDateTime to = latest.get().plusMinutes(15);
    OffsetDateTime from = to.minusDays(windowDays);
    List<Reading> history =
        readings.find(
            new ReadingStore.Query(
                version.intersectionId(),
                null,
                from.minusDays(Predictions.HISTORY_DAYS),
                to,
                Resolution.RAW),
            0,
            400_000);
    List<BacktestPoint> points = models.forecaster(version.id()).backtest(history, from, to);
    double errors = 0;
    double volume = 0;
    for (BacktestPoint p : points) {
      errors += Math.abs(p.actual() - p.forecast());
      volume += p.actual();
    }
    if (points.isEmpty() || volume <= 0) {
      return new DriftState("unknown", null, evaluation, factor, from.toString(), to.toString(), 0);
    }
    double live = errors / volume;
    String state = live > evaluation * factor ? "drifting" : "ok";
    return new DriftState(
        state,
        Math.round(live * 10000) / 10000.0,
        Math.round(evaluation * 10000) / 10000.0,
        factor,
        from.toString(),
        to.toString(),
        points.size());
  }
}
