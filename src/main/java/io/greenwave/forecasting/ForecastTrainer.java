package io.greenwave.forecasting;

import io.greenwave.forecasting.features.DemandProfile;
import io.greenwave.forecasting.features.FeatureSchema;
import io.greenwave.forecasting.features.IntersectionHistory;
import io.greenwave.forecasting.features.IntervalClock;
import io.greenwave.forecasting.features.ReadingSeries;
import io.greenwave.forecasting.learner.WekaEnvironment;
import io.greenwave.readings.entity.Reading;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.core.Utils;

/**
 * Trains the demand forecaster of one intersection from its reading history.
 *
 * <p>The history is split by time, never shuffled: the last {@code holdoutDays} are the hold-out;
 * everything learned (the demand profile, the regressor) comes from the readings before it. The
 * first week of the history is only a source of lag features ("same interval last week"), so
 * training targets start one week in. The history must therefore span at least {@code holdoutDays}
 * + 14 days.
 *
 * <p>One model covers all lane groups of the intersection, with the lane group as a nominal
 * attribute: lane groups share the daily shape and the way a busy morning carries on, so pooling
 * gives each tree eight times more rows, and one artifact per intersection is one registry entry
 * (docs/forecasting.md compares it with one model per lane group).
 */
public final class ForecastTrainer {
  static {
    WekaEnvironment.prepare();
  }

  private ForecastTrainer() {}

  /** Trains with the default settings (RandomForest) and no progress reporting. */
  public static TrainedForecast train(String intersectionId, List<Reading> history) {
    return train(
        intersectionId, history, ForecastSettings.defaults(), ForecastProgress.Listener.NONE);
  }

  /**
   * Trains, evaluates on the hold-out and calibrates the prediction intervals.
   *
   * @param history readings of the intersection, any order; the prevailing interval length is used,
   *     readings of other lengths are ignored
   * @throws IllegalArgumentException if the history is too short or the settings are invalid
   */
  public static TrainedForecast train(
      String intersectionId,
      List<Reading> history,
      ForecastSettings settings,
      ForecastProgress.Listener progress) {
    progress.onProgress(new ForecastProgress("features", 0.0, "building features"));
    IntervalClock clock = new IntervalClock(prevailingInterval(history), settings.zone());
    IntersectionHistory h = IntersectionHistory.of(history, clock, null);
    Split split = Split.of(h, settings.holdoutDays());
    List<String> groups = h.laneGroups();
    DemandProfile profile = DemandProfile.of(h, groups, h.firstSlot(), split.holdoutFrom());
    FeatureSchema schema = new FeatureSchema(groups, clock, profile);
    Map<String, String> hyperparameters = settings.effectiveHyperparameters();
    Instances rows = trainingRows(schema, h, split);
    subsample(rows, settings.algorithm().maxTrainingRows(hyperparameters), settings.seed());
    progress.onProgress(
        new ForecastProgress("training", 0.1, "learning from " + rows.size() + " rows"));
    long started = System.nanoTime();
    Classifier classifier = settings.algorithm().newClassifier(hyperparameters, settings.seed());
    build(classifier, rows);
    long trainingMillis = (System.nanoTime() - started) / 1_000_000;
    progress.onProgress(new ForecastProgress("evaluating", 0.7, "forecasting the hold-out"));
    started = System.nanoTime();
    ForecastModel.State state =
        new ForecastModel.State(
            intersectionId, settings.algorithm(), hyperparameters, schema, classifier, null);
    HoldoutEvaluator.Result result =
        new HoldoutEvaluator(
                new ForecastModel(state), h, split.holdoutFrom(), h.endSlot(), settings.horizon())
            .run(settings.intervalCoverage());
    long evaluationMillis = (System.nanoTime() - started) / 1_000_000;
    ForecastModel model =
        new ForecastModel(
            new ForecastModel.State(
                intersectionId,
                settings.algorithm(),
                hyperparameters,
                schema,
                classifier,
                result.calibration()));
    ForecastLineage lineage =
        new ForecastLineage(
            intersectionId,
            settings.algorithm(),
            hyperparameters,
            Utils.joinOptions(((AbstractClassifier) classifier).getOptions()),
            settings.seed(),
            settings.horizon(),
            clock.intervalSeconds(),
            groups,
            clock.start(h.firstSlot()),
            clock.start(h.endSlot()),
            clock.start(split.trainFrom()),
            clock.start(split.holdoutFrom()),
            rows.size(),
            result.rows(),
            trainingMillis,
            evaluationMillis,
            model.toBytes().length);
    progress.onProgress(
        new ForecastProgress(
            "done",
            1.0,
            String.format(
                "WAPE %.1f %%, MAE skill vs seasonal-naive %.0f %%",
                100 * result.evaluation().model().wape(),
                100 * result.evaluation().maeSkillVsSeasonalNaive())));
    return new TrainedForecast(model, result.evaluation(), lineage);
  }

  /** Where training targets start and the hold-out begins, in slots. */
  record Split(long trainFrom, long holdoutFrom) {
    static Split of(IntersectionHistory h, int holdoutDays) {
      IntervalClock clock = h.clock();
      long trainFrom = h.firstSlot() + clock.slotsPerWeek();
      long holdoutFrom = h.endSlot() - (long) holdoutDays * clock.slotsPerDay();
      if (h.isEmpty() || holdoutFrom - trainFrom < clock.slotsPerWeek()) {
        throw new IllegalArgumentException(
            "The history must span at least "
                + (holdoutDays + 14)
                + " days (one week for lag features, one week to train on, "
                + holdoutDays
                + " days to evaluate)");
      }
      return new Split(trainFrom, holdoutFrom);
    }
  }

  /** One row per lane group and training interval with a reading. */
  static Instances trainingRows(FeatureSchema schema, IntersectionHistory h, Split split) {
    List<String> groups = schema.laneGroups();
    Instances rows =
        schema.dataset((int) ((split.holdoutFrom() - split.trainFrom()) * groups.size()));
    for (int g = 0; g < groups.size(); g++) {
      ReadingSeries s = h.series(groups.get(g));
      for (long t = split.trainFrom(); t < split.holdoutFrom(); t++) {
        double y = s.count(t);
        if (Double.isNaN(y)) {
          continue;
        }
        double[] v = schema.values(g, t, s, schema.profile().meanWithout(g, t, y));
        v[v.length - 1] = y;
        rows.add(schema.instance(v));
      }
    }
    return rows;
  }

  private static void subsample(Instances rows, int max, long seed) {
    if (max > 0 && rows.size() > max) {
      rows.randomize(new Random(seed));
      while (rows.size() > max) {
        rows.remove(rows.size() - 1);
      }
    }
  }

  private static void build(Classifier classifier, Instances rows) {
    try {
      classifier.buildClassifier(rows);
    } catch (Exception e) {
      throw new IllegalStateException("Training failed: " + e.getMessage(), e);
    }
  }

  /** The interval length most readings have. */
  static int prevailingInterval(List<Reading> history) {
    return history.stream()
        .collect(Collectors.groupingBy(Reading::intervalSeconds, Collectors.counting()))
        .entrySet()
        .stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElseThrow(() -> new IllegalArgumentException("No readings to learn from"));
  }
}
