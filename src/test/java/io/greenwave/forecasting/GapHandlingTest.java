package io.greenwave.forecasting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenwave.readings.entity.Reading;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Detector outages are gaps: training skips them, forecasts say they are short of inputs. */
class GapHandlingTest {
  static final OffsetDateTime OUTAGE_FROM = DemoHistories.END.minusDays(20);
  static final OffsetDateTime OUTAGE_TO = OUTAGE_FROM.plusDays(1);
  static List<Reading> history;
  static TrainedForecast trained;

  @BeforeAll
  static void trainWithAnOutage() {
    history =
        DemoHistories.of("art-2", 5).stream()
            .filter(r -> !(r.laneGroup().equals("N_T") && inOutage(r.intervalStart())))
            .toList();
    trained =
        ForecastTrainer.train(
            "art-2", history, ForecastSettings.of(ForecastAlgorithm.RANDOM_FOREST), p -> {});
  }

  static boolean inOutage(OffsetDateTime t) {
    return !t.isBefore(OUTAGE_FROM) && t.isBefore(OUTAGE_TO);
  }

  @Test
  void trainingSkipsTheMissingIntervalsInsteadOfLearningZeros() {
    assertEquals(4 * 14 * 96 - 96, trained.lineage().trainingRows());
    assertTrue(trained.evaluation().maeSkillVsSeasonalNaive() > 0.15);
  }

  @Test
  void aForecastDuringAnOutageUsesTheProfileAndSaysInputsAreMissing() {
    OffsetDateTime at = DemoHistories.END.minusDays(2).plusHours(9);
    List<Reading> outageNow =
        history.stream()
            .filter(r -> r.intervalStart().isBefore(at))
            .filter(
                r -> !(r.laneGroup().equals("N_T") && r.intervalStart().isAfter(at.minusHours(3))))
            .toList();
    Forecast f = trained.model().forecast(outageNow, at, 2);
    LaneGroupForecast silent = f.of("N_T", 1);
    assertEquals(5, silent.missingInputs());
    assertEquals(0, f.of("E_T", 1).missingInputs());
    double actual = actual("N_T", at);
    assertTrue(Math.abs(silent.vehicles() - actual) < 0.35 * actual + 10, silent + " vs " + actual);
  }

  @Test
  void withNoRecentReadingsAtAllEveryLaneGroupStillGetsAFiniteForecast() {
    Forecast f = trained.model().forecast(List.of(), DemoHistories.END, 4);
    assertEquals(16, f.laneGroups().size());
    f.laneGroups().forEach(g -> assertTrue(Double.isFinite(g.vehicles()) && g.vehicles() >= 0));
  }

  static double actual(String laneGroup, OffsetDateTime t) {
    return history.stream()
        .filter(r -> r.laneGroup().equals(laneGroup) && r.intervalStart().equals(t))
        .findFirst()
        .orElseThrow()
        .vehicleCount();
  }
}
