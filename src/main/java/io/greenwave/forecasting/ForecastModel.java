package io.greenwave.forecasting;

import io.greenwave.forecasting.evaluation.IntervalCalibration;
import io.greenwave.forecasting.features.CountLookup;
import io.greenwave.forecasting.features.FeatureSchema;
import io.greenwave.forecasting.features.IntersectionHistory;
import io.greenwave.forecasting.learner.ClassifierPool;
import io.greenwave.forecasting.learner.WekaEnvironment;
import io.greenwave.readings.entity.Reading;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import weka.classifiers.Classifier;

/**
 * A trained demand forecaster of one intersection: one Weka regressor for all its lane groups, the
 * feature schema with the demand profile it was trained with, and the calibration of its prediction
 * intervals. Safe to call from many threads: a regressor that is not thread-safe is never shared
 * (see {@link ClassifierPool}).
 *
 * <p>Forecasts more than one interval ahead are recursive: the forecast of the next interval stands
 * in for its count when forecasting the one after. Each forecast sees only readings before its
 * first interval, so a historical window can be replayed without peeking at the future.
 *
 * <p>{@link #toBytes()} is Java serialisation, gzip-compressed; {@link #fromBytes(byte[])} only
 * accepts the classes a forecaster is made of.
 */
public final class ForecastModel {
  static {
    WekaEnvironment.prepare();
  }

  private static final ObjectInputFilter ONLY_MODEL_CLASSES =
      ObjectInputFilter.Config.createFilter(
          "maxdepth=200;java.lang.*;java.util.*;java.time.*;"
              + "io.greenwave.forecasting.**;weka.**;!*");

  private final State state;
  private final ClassifierPool pool;

  /** Everything that is serialised; the pool is rebuilt on load. */
  record State(
      String intersectionId,
      ForecastAlgorithm algorithm,
      Map<String, String> hyperparameters,
      FeatureSchema schema,
      Classifier classifier,
      IntervalCalibration calibration)
      implements Serializable {}

  ForecastModel(State state) {
    this.state = state;
    this.pool = new ClassifierPool(state.classifier(), state.algorithm().threadSafe());
  }

  public String intersectionId() {
    return state.intersectionId();
  }

  public ForecastAlgorithm algorithm() {
    return state.algorithm();
  }

  /** The hyperparameters it was trained with, defaults included. */
  public Map<String, String> hyperparameters() {
    return state.hyperparameters();
  }

  public List<String> laneGroups() {
    return state.schema().laneGroups();
  }

  public int intervalSeconds() {
    return state.schema().clock().intervalSeconds();
  }

  /** The nominal share of actuals the prediction intervals aim to contain. */
  public double nominalCoverage() {
    return state.calibration().coverage();
  }

  /**
   * Forecasts every lane group 1 to {@code horizon} intervals ahead.
   *
   * @param recent readings before {@code nextIntervalStart}; give the last 7 days and a bit for the
   *     "same interval last week" input (shorter history leaves inputs missing; later readings are
   *     ignored)
   * @param nextIntervalStart start of the first interval to forecast
   * @param horizon 1 to 4
   */
  public Forecast forecast(List<Reading> recent, OffsetDateTime nextIntervalStart, int horizon) {
    return forecastBatch(recent, List.of(nextIntervalStart), horizon).get(0);
  }

  /**
   * Forecasts from many moments of one reading history: each forecast sees only the readings before
   * its own {@code nextIntervalStart}. This is the batch path (one history, many forecasts).
   */
  public List<Forecast> forecastBatch(
      Collection<Reading> history, List<OffsetDateTime> nextIntervalStarts, int horizon) {
    checkHorizon(horizon);
    IntersectionHistory h = history(history);
    return pool.with(
        classifier -> {
          List<Forecast> out = new ArrayList<>(nextIntervalStarts.size());
          for (OffsetDateTime start : nextIntervalStarts) {
            out.add(forecastAt(classifier, h, state.schema().clock().slot(start), horizon));
          }
          return out;
        });
  }

  /**
   * One-interval-ahead forecasts for every interval in {@code [from, to)} next to the actual
   * counts, each forecast made only from readings before its interval.
   */
  public List<BacktestPoint> backtest(
      Collection<Reading> history, OffsetDateTime from, OffsetDateTime to) {
    IntersectionHistory h = history(history);
    long first = state.schema().clock().slot(from);
    long end = state.schema().clock().slot(to);
    return pool.with(
        classifier -> {
          List<BacktestPoint> out = new ArrayList<>();
          for (int g = 0; g < laneGroups().size(); g++) {
            CountLookup actual = h.series(laneGroups().get(g));
            for (long slot = first; slot < end; slot++) {
              double f = path(classifier, g, actual, slot, 1)[0];
              out.add(
                  new BacktestPoint(
                      laneGroups().get(g),
                      state.schema().clock().start(slot),
                      actual.count(slot),
                      f,
                      state.calibration().lower(g, 1, f),
                      state.calibration().upper(g, 1, f)));
            }
          }
          return out;
        });
  }

  private Forecast forecastAt(Classifier classifier, IntersectionHistory h, long first, int steps) {
    List<LaneGroupForecast> forecasts = new ArrayList<>();
    for (int g = 0; g < laneGroups().size(); g++) {
      CountLookup observed = h.series(laneGroups().get(g));
      int missing = FeatureSchema.missingRecentInputs(values(g, first, before(observed, first)));
      double[] path = path(classifier, g, observed, first, steps);
      for (int k = 0; k < steps; k++) {
        forecasts.add(
            new LaneGroupForecast(
                laneGroups().get(g),
                state.schema().clock().start(first + k),
                k + 1,
                path[k],
                state.calibration().lower(g, k + 1, path[k]),
                state.calibration().upper(g, k + 1, path[k]),
                missing));
      }
    }
    return new Forecast(
        intersectionId(),
        state.schema().clock().start(first),
        intervalSeconds(),
        nominalCoverage(),
        forecasts);
  }

  /**
   * Forecasts {@code steps} intervals of lane group {@code g} from slot {@code first} on,
   * recursively. Counts at or after {@code first} are hidden from the features.
   */
  double[] path(Classifier classifier, int g, CountLookup observed, long first, int steps) {
    double[] path = new double[steps];
    for (int k = 0; k < steps; k++) {
      final int known = k;
      CountLookup view =
          slot ->
              slot < first
                  ? observed.count(slot)
                  : slot - first < known ? path[(int) (slot - first)] : Double.NaN;
      path[k] = predict(classifier, values(g, first + k, view));
    }
    return path;
  }

  private double[] values(int g, long target, CountLookup counts) {
    return state.schema().values(g, target, counts);
  }

  private static CountLookup before(CountLookup observed, long first) {
    return slot -> slot < first ? observed.count(slot) : Double.NaN;
  }

  private double predict(Classifier classifier, double[] values) {
    try {
      // Counts are never negative; linear learners can dip below zero at night.
      return Math.max(0, classifier.classifyInstance(state.schema().instance(values)));
    } catch (Exception e) {
      throw new IllegalStateException("Forecast failed: " + e.getMessage(), e);
    }
  }

  /** Runs {@code work} with a classifier this thread may use exclusively. */
  <T> T withClassifier(Function<Classifier, T> work) {
    return pool.with(work);
  }

  FeatureSchema schema() {
    return state.schema();
  }

  IntervalCalibration calibration() {
    return state.calibration();
  }

  private IntersectionHistory history(Collection<Reading> readings) {
    return IntersectionHistory.of(readings, state.schema().clock(), laneGroups());
  }

  private static void checkHorizon(int horizon) {
    if (horizon < 1 || horizon > ForecastSettings.MAX_HORIZON) {
      throw new IllegalArgumentException(
          "horizon must be 1 to " + ForecastSettings.MAX_HORIZON + ": " + horizon);
    }
  }

  /** The model as a compact byte array (gzip-compressed Java serialisation). */
  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(bytes))) {
      synchronized (state.classifier()) {
        out.writeObject(state);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * A model from {@link #toBytes()}.
   *
   * @throws IllegalArgumentException if the bytes are not a forecaster
   */
  public static ForecastModel fromBytes(byte[] bytes) {
    try (ObjectInputStream in =
        new ObjectInputStream(new GZIPInputStream(new ByteArrayInputStream(bytes)))) {
      in.setObjectInputFilter(ONLY_MODEL_CLASSES);
      return new ForecastModel((State) in.readObject());
    } catch (IOException | ClassNotFoundException | ClassCastException e) {
      throw new IllegalArgumentException("Not a forecast model: " + e.getMessage(), e);
    }
  }
}
