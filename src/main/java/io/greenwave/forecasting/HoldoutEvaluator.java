package io.greenwave.forecasting;

import io.greenwave.forecasting.evaluation.ErrorMetrics;
import io.greenwave.forecasting.evaluation.ForecastEvaluation;
import io.greenwave.forecasting.evaluation.IntervalCalibration;
import io.greenwave.forecasting.evaluation.LaneGroupEvaluation;
import io.greenwave.forecasting.features.DemandProfile;
import io.greenwave.forecasting.features.IntersectionHistory;
import io.greenwave.forecasting.features.IntervalClock;
import io.greenwave.forecasting.features.ReadingSeries;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.special.Gamma;

/**
 * Replays the hold-out: from every hold-out interval, forecasts 1 to {@code horizon} intervals of
 * every lane group from the readings before it, exactly as in operation. The first half of the
 * hold-out (whole days) calibrates the prediction intervals, the second half measures how often
 * they contain the actual count; the error metrics use the whole hold-out.
 *
 * <p>Only intervals where the actual, the model, seasonal-naive and the historical average all
 * exist are compared, so the three are scored on identical intervals.
 */
final class HoldoutEvaluator {
  private final ForecastModel model;
  private final IntersectionHistory history;
  private final long from;
  private final long to;
  private final long calibrationEnd;
  private final int horizon;
  private final IntervalClock clock;
  private final DemandProfile profile;

  /** Forecasts per lane group, origin (offset from {@code from}) and step. */
  private double[][][] paths;

  HoldoutEvaluator(
      ForecastModel model, IntersectionHistory history, long from, long to, int horizon) {
    this.model = model;
    this.history = history;
    this.from = from;
    this.to = to;
    this.horizon = horizon;
    this.clock = history.clock();
    this.profile = model.schema().profile();
    long days = (to - from) / clock.slotsPerDay();
    this.calibrationEnd = from + Math.max(1, days / 2) * clock.slotsPerDay();
  }

  /** The calibration from the first half and the evaluation with intervals from it. */
  record Result(IntervalCalibration calibration, ForecastEvaluation evaluation, int rows) {}

  Result run(double coverage) {
    paths = forecastAll();
    IntervalCalibration calibration = calibrate(coverage);
    List<LaneGroupEvaluation> perGroup = new ArrayList<>();
    Pairs all = new Pairs();
    for (int g = 0; g < groups(); g++) {
      Pairs p = oneAhead(g);
      all.addAll(p);
      perGroup.add(
          new LaneGroupEvaluation(
              model.laneGroups().get(g),
              p.volume(),
              p.metrics(p.model),
              p.metrics(p.seasonalNaive),
              p.metrics(p.historicalAverage),
              p.noiseFloor(),
              coverage(calibration, g, 1)));
    }
    List<Double> wapeByStep = new ArrayList<>();
    List<Double> coverageByStep = new ArrayList<>();
    for (int k = 1; k <= horizon; k++) {
      wapeByStep.add(wape(k));
      coverageByStep.add(coverage(calibration, -1, k));
    }
    ForecastEvaluation evaluation =
        new ForecastEvaluation(
            clock.start(from),
            clock.start(to),
            all.metrics(all.model),
            all.metrics(all.seasonalNaive),
            all.metrics(all.historicalAverage),
            all.noiseFloor(),
            wapeByStep,
            coverage,
            coverageByStep.get(0),
            coverageByStep,
            perGroup);
    return new Result(calibration, evaluation, all.actual.size());
  }

  private double[][][] forecastAll() {
    int origins = (int) (to - from);
    double[][][] p = new double[groups()][origins][];
    model.withClassifier(
        classifier -> {
          for (int g = 0; g < groups(); g++) {
            ReadingSeries s = series(g);
            for (int o = 0; o < origins; o++) {
              p[g][o] = model.path(classifier, g, s, from + o, horizon);
            }
          }
          return null;
        });
    return p;
  }

  private IntervalCalibration calibrate(double coverage) {
    IntervalCalibration.Builder b = new IntervalCalibration.Builder(groups(), horizon, coverage);
    for (int g = 0; g < groups(); g++) {
      ReadingSeries s = series(g);
      for (int k = 1; k <= horizon; k++) {
        for (long t = from + k - 1; t < calibrationEnd; t++) {
          if (!Double.isNaN(s.count(t))) {
            b.add(g, k, s.count(t), forecast(g, t, k));
          }
        }
      }
    }
    return b.build();
  }

  /** Share of actuals inside their interval in the second half; g = -1 for all lane groups. */
  private double coverage(IntervalCalibration c, int group, int k) {
    int inside = 0;
    int n = 0;
    for (int g = 0; g < groups(); g++) {
      if (group >= 0 && g != group) {
        continue;
      }
      ReadingSeries s = series(g);
      for (long t = calibrationEnd; t < to; t++) {
        double a = s.count(t);
        if (!Double.isNaN(a) && t - k + 1 >= from) {
          double f = forecast(g, t, k);
          inside += a >= c.lower(g, k, f) && a <= c.upper(g, k, f) ? 1 : 0;
          n++;
        }
      }
    }
    return n == 0 ? Double.NaN : (double) inside / n;
  }

  private Pairs oneAhead(int g) {
    Pairs p = new Pairs();
    ReadingSeries s = series(g);
    for (long t = from; t < to; t++) {
      double a = s.count(t);
      double naive = s.count(t - clock.slotsPerWeek());
      double average = profile.mean(g, t);
      if (!Double.isNaN(a) && !Double.isNaN(naive) && !Double.isNaN(average)) {
        p.add(a, forecast(g, t, 1), naive, average);
      }
    }
    return p;
  }

  private double wape(int k) {
    double error = 0;
    double volume = 0;
    for (int g = 0; g < groups(); g++) {
      ReadingSeries s = series(g);
      for (long t = from + k - 1; t < to; t++) {
        double a = s.count(t);
        if (!Double.isNaN(a)
            && !Double.isNaN(s.count(t - clock.slotsPerWeek()))
            && !Double.isNaN(profile.mean(g, t))) {
          error += Math.abs(a - forecast(g, t, k));
          volume += a;
        }
      }
    }
    return error / volume;
  }

  /** The forecast of interval {@code t} made {@code k} intervals ahead. */
  private double forecast(int g, long t, int k) {
    return paths[g][(int) (t - k + 1 - from)][k - 1];
  }

  private ReadingSeries series(int g) {
    return history.series(model.laneGroups().get(g));
  }

  private int groups() {
    return model.laneGroups().size();
  }

  /** Actuals beside the model's and the baselines' forecasts. */
  private static final class Pairs {
    final List<Double> actual = new ArrayList<>();
    final List<Double> model = new ArrayList<>();
    final List<Double> seasonalNaive = new ArrayList<>();
    final List<Double> historicalAverage = new ArrayList<>();

    void add(double a, double m, double naive, double average) {
      actual.add(a);
      model.add(m);
      seasonalNaive.add(naive);
      historicalAverage.add(average);
    }

    void addAll(Pairs p) {
      actual.addAll(p.actual);
      model.addAll(p.model);
      seasonalNaive.addAll(p.seasonalNaive);
      historicalAverage.addAll(p.historicalAverage);
    }

    ErrorMetrics metrics(List<Double> forecasts) {
      return ErrorMetrics.of(array(actual), array(forecasts));
    }

    double volume() {
      return actual.stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Σ E|N − μ| / Σ actual for Poisson N with mean μ = the model's forecast. */
    double noiseFloor() {
      double expected = model.stream().mapToDouble(Pairs::poissonMeanAbsoluteDeviation).sum();
      return expected / volume();
    }

    /**
     * E|N − μ| = 2μ·P(N = ⌊μ⌋) for a Poisson N (a closed form; commons-math has no mean absolute
     * deviation of a distribution, its log-gamma gives the probability without overflow).
     */
    static double poissonMeanAbsoluteDeviation(double mu) {
      if (mu <= 0) {
        return 0;
      }
      double k = Math.floor(mu);
      return 2 * mu * Math.exp(k * Math.log(mu) - mu - Gamma.logGamma(k + 1));
    }

    private static double[] array(List<Double> values) {
      return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
  }
}
