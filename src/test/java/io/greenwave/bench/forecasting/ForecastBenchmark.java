package io.greenwave.bench.forecasting;

import io.greenwave.forecasting.DemoHistories;
import io.greenwave.forecasting.ForecastAlgorithm;
import io.greenwave.forecasting.ForecastModel;
import io.greenwave.forecasting.ForecastSettings;
import io.greenwave.forecasting.ForecastTrainer;
import io.greenwave.forecasting.TrainedForecast;
import io.greenwave.forecasting.evaluation.ForecastEvaluation;
import io.greenwave.readings.entity.Reading;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Trains every algorithm (default hyperparameters) on 8 weeks of demo history of each demo
 * intersection and prints, per algorithm, the volume-weighted hold-out WAPE over all intersections,
 * the MAE skill against seasonal-naive, the Poisson noise floor, interval coverage, the largest
 * model, training time, load time and the time of 10,000 forecasts. The last line is JSON for the
 * default algorithm. Run by {@code bench/forecast.sh [ALGORITHM...]}.
 */
public final class ForecastBenchmark {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static double lastWallMillis;

  private ForecastBenchmark() {}

  /** Totals over the intersections of one algorithm. */
  record Row(
      ForecastAlgorithm algorithm,
      double wape,
      double skill,
      double floor,
      double coverage,
      int maxBytes,
      double trainSeconds,
      double loadMillis,
      double coldLoadMillis,
      double batch10kSeconds) {}

  public static void main(String[] args) {
    List<ForecastAlgorithm> algorithms =
        args.length == 0
            ? List.of(ForecastAlgorithm.values())
            : Arrays.stream(args).map(ForecastAlgorithm::valueOf).toList();
    List<String> ids = DemoHistories.intersectionIds();
    List<List<Reading>> histories = ids.stream().map(id -> DemoHistories.of(id, 8)).toList();
    System.out.printf(
        "%-22s %7s %7s %8s %8s %9s %8s %8s %9s %9s%n",
        "algorithm",
        "WAPE",
        "floor",
        "skill",
        "cover90",
        "max KB",
        "train s",
        "load ms",
        "cold ms",
        "10k cpu s");
    Row defaultRow = null;
    for (ForecastAlgorithm a : algorithms) {
      Row r = measure(a, ids, histories);
      System.out.printf(
          "%-22s %6.2f%% %6.2f%% %7.1f%% %7.1f%% %9.1f %8.1f %8.1f %9.1f %9.3f%n",
          a,
          100 * r.wape(),
          100 * r.floor(),
          100 * r.skill(),
          100 * r.coverage(),
          r.maxBytes() / 1024.0,
          r.trainSeconds(),
          r.loadMillis(),
          r.coldLoadMillis(),
          r.batch10kSeconds());
      if (a == ForecastAlgorithm.RANDOM_FOREST || defaultRow == null) {
        defaultRow = r;
      }
    }
    System.out.printf(
        "{\"algorithm\":\"%s\", \"wape\":%.4f, \"accuracy\":%.4f, \"noiseFloorWape\":%.4f,"
            + " \"maeSkillVsSeasonalNaive\":%.4f, \"intervalCoverage90\":%.4f, \"modelBytes\":%d,"
            + " \"trainSecondsPerIntersection\":%.2f, \"loadMillis\":%.1f,"
            + " \"batch10kSeconds\":%.4f}%n",
        defaultRow.algorithm(),
        defaultRow.wape(),
        1 - defaultRow.wape(),
        defaultRow.floor(),
        defaultRow.skill(),
        defaultRow.coverage(),
        defaultRow.maxBytes(),
        defaultRow.trainSeconds(),
        defaultRow.loadMillis(),
        defaultRow.batch10kSeconds());
  }

  private static Row measure(ForecastAlgorithm a, List<String> ids, List<List<Reading>> histories) {
    double error = 0;
    double naiveError = 0;
    double volume = 0;
    double floor = 0;
    double coverage = 0;
    int maxBytes = 0;
    double trainSeconds = 0;
    ForecastModel first = null;
    byte[] firstBytes = null;
    for (int i = 0; i < ids.size(); i++) {
      long start = System.nanoTime();
      TrainedForecast t =
          ForecastTrainer.train(ids.get(i), histories.get(i), ForecastSettings.of(a), p -> {});
      trainSeconds += (System.nanoTime() - start) / 1e9;
      ForecastEvaluation e = t.evaluation();
      double v = e.model().mae() * e.model().n() / e.model().wape();
      error += e.model().mae() * e.model().n();
      naiveError += e.seasonalNaive().mae() * e.seasonalNaive().n();
      volume += v;
      floor += e.noiseFloorWape() * v;
      coverage += e.intervalCoverage() / ids.size();
      maxBytes = Math.max(maxBytes, t.lineage().modelBytes());
      if (first == null) {
        first = t.model();
        firstBytes = first.toBytes();
      }
    }
    double cold = millis(firstBytes);
    double load = Double.MAX_VALUE;
    double wall = Double.MAX_VALUE;
    for (int k = 0; k < 10; k++) {
      load = Math.min(load, millis(firstBytes));
      wall = Math.min(wall, lastWallMillis);
    }
    System.out.printf("  (%s: best wall-clock load %.1f ms)%n", a, wall);
    return new Row(
        a,
        error / volume,
        1 - error / naiveError,
        floor / volume,
        coverage,
        maxBytes,
        trainSeconds / ids.size(),
        load,
        cold,
        batch10k(first, histories.get(0)));
  }

  /**
   * Load time in CPU milliseconds of this thread: on a shared machine wall time mostly measures the
   * neighbours (the figures in docs/forecasting.md were taken at a load average above 20 on 2
   * cores). The wall time is printed beside it.
   */
  private static double millis(byte[] bytes) {
    long start = CPU.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    ForecastModel.fromBytes(bytes);
    lastWallMillis = (System.nanoTime() - wall) / 1e6;
    return (CPU.getCurrentThreadCpuTime() - start) / 1e6;
  }

  /**
   * 1,250 moments × every lane group (8 at iso-1) × 1 step = 10,000 forecasts; best of 6, CPU s.
   */
  private static double batch10k(ForecastModel m, List<Reading> history) {
    int perMoment = m.laneGroups().size();
    List<OffsetDateTime> origins = new ArrayList<>();
    for (int i = 0; i < 10_000 / perMoment; i++) {
      origins.add(DemoHistories.END.minusDays(14).plusMinutes(15L * i));
    }
    double best = Double.MAX_VALUE;
    for (int k = 0; k < 6; k++) {
      long start = CPU.getCurrentThreadCpuTime();
      int n =
          m.forecastBatch(history, origins, 1).stream().mapToInt(f -> f.laneGroups().size()).sum();
      if (n != origins.size() * perMoment) {
        throw new IllegalStateException("expected " + origins.size() * perMoment + ", got " + n);
      }
      best = Math.min(best, (CPU.getCurrentThreadCpuTime() - start) / 1e9);
    }
    return best;
  }
}
