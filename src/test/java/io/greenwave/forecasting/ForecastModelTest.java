package io.greenwave.forecasting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenwave.readings.entity.Reading;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every algorithm: serialisation round trip and concurrent use give identical answers. */
class ForecastModelTest {
  static final List<Reading> HISTORY = DemoHistories.of("grid-11", 4);

  static ForecastModel quick(ForecastAlgorithm a) {
    Map<String, String> small =
        switch (a) {
          case RANDOM_FOREST -> Map.of("numTrees", "10");
          case MULTILAYER_PERCEPTRON -> Map.of("maxTrainingRows", "1000", "epochs", "50");
          case SMO_REG -> Map.of("maxTrainingRows", "400");
          default -> Map.of();
        };
    return ForecastTrainer.train(
            "grid-11", HISTORY, ForecastSettings.of(a).withHyperparameters(small), p -> {})
        .model();
  }

  static List<OffsetDateTime> origins(int n) {
    List<OffsetDateTime> o = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      o.add(DemoHistories.END.minusDays(6).plusMinutes(15L * 7 * i));
    }
    return o;
  }

  static double[] answers(ForecastModel m) {
    return m.forecastBatch(HISTORY, origins(60), 4).stream()
        .flatMap(f -> f.laneGroups().stream())
        .flatMapToDouble(f -> java.util.stream.DoubleStream.of(f.vehicles(), f.lower(), f.upper()))
        .toArray();
  }

  @ParameterizedTest
  @EnumSource(ForecastAlgorithm.class)
  void roundTripAndConcurrentCallsGiveIdenticalAnswers(ForecastAlgorithm a) throws Exception {
    ForecastModel m = quick(a);
    double[] expected = answers(m);
    ForecastModel loaded = ForecastModel.fromBytes(m.toBytes());
    assertArrayEquals(expected, answers(loaded));
    assertEquals(m.hyperparameters(), loaded.hyperparameters());
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<double[]>> results = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        results.add(pool.submit(() -> answers(loaded)));
      }
      for (Future<double[]> r : results) {
        assertArrayEquals(expected, r.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void forecastsEveryLaneGroupAndStepWithOrderedBounds() {
    ForecastModel m = quick(ForecastAlgorithm.RANDOM_FOREST);
    Forecast f = m.forecast(HISTORY, DemoHistories.END, 4);
    assertEquals(4 * 4, f.laneGroups().size());
    for (LaneGroupForecast g : f.laneGroups()) {
      assertTrue(g.lower() <= g.vehicles() && g.vehicles() <= g.upper(), g.toString());
      assertEquals(0, g.missingInputs());
    }
    assertEquals(DemoHistories.END.plusMinutes(45), f.of("N_T", 4).intervalStart());
  }

  @Test
  void backtestPairsForecastsWithActuals() {
    ForecastModel m = quick(ForecastAlgorithm.M5P);
    var points = m.backtest(HISTORY, DemoHistories.END.minusDays(1), DemoHistories.END);
    assertEquals(4 * 96, points.size());
    double error = points.stream().mapToDouble(p -> Math.abs(p.actual() - p.forecast())).sum();
    double volume = points.stream().mapToDouble(BacktestPoint::actual).sum();
    assertTrue(error / volume < 0.2, "WAPE " + error / volume);
  }

  @Test
  void refusesBytesThatAreNotAModel() {
    assertThrows(IllegalArgumentException.class, () -> ForecastModel.fromBytes(new byte[] {1, 2}));
  }
}
