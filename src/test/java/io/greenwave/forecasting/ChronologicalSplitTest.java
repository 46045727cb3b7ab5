package io.greenwave.forecasting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.greenwave.readings.entity.Reading;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Nothing from the hold-out, and nothing from the future of a forecast, reaches it. */
class ChronologicalSplitTest {
  static final ForecastSettings QUICK =
      ForecastSettings.of(ForecastAlgorithm.M5P).withHyperparameters(Map.of());

  @Test
  void theHoldoutDoesNotInfluenceWhatIsLearned() {
    List<Reading> history = DemoHistories.of("art-1", 5);
    OffsetDateTime holdoutFrom = DemoHistories.END.minusDays(14);
    List<Reading> tripled =
        history.stream()
            .map(r -> r.intervalStart().isBefore(holdoutFrom) ? r : scaled(r, 3))
            .toList();
    ForecastModel a = ForecastTrainer.train("art-1", history, QUICK, p -> {}).model();
    ForecastModel b = ForecastTrainer.train("art-1", tripled, QUICK, p -> {}).model();
    List<Reading> before =
        history.stream().filter(r -> r.intervalStart().isBefore(holdoutFrom)).toList();
    assertEquals(
        vehicles(a.forecast(before, holdoutFrom, 4)), vehicles(b.forecast(before, holdoutFrom, 4)));
  }

  @Test
  void aForecastIgnoresReadingsAtOrAfterItsFirstInterval() {
    List<Reading> history = DemoHistories.of("art-1", 5);
    ForecastModel m = ForecastTrainer.train("art-1", history, QUICK, p -> {}).model();
    OffsetDateTime at = DemoHistories.END.minusDays(3).plusHours(8);
    List<Reading> past = history.stream().filter(r -> r.intervalStart().isBefore(at)).toList();
    List<Reading> futureChanged =
        history.stream().map(r -> r.intervalStart().isBefore(at) ? r : scaled(r, 5)).toList();
    assertEquals(vehicles(m.forecast(past, at, 4)), vehicles(m.forecast(history, at, 4)));
    assertEquals(vehicles(m.forecast(past, at, 4)), vehicles(m.forecast(futureChanged, at, 4)));
    assertNotEquals(
        vehicles(m.forecast(past, at, 4)), vehicles(m.forecast(past, at.minusHours(1), 4)));
  }

  static List<Double> vehicles(Forecast f) {
    return f.laneGroups().stream().map(LaneGroupForecast::vehicles).toList();
  }

  static Reading scaled(Reading r, int factor) {
    return new Reading(
        r.laneGroup(),
        r.intervalStart(),
        r.intervalSeconds(),
        r.vehicleCount() * factor,
        r.meanQueue(),
        r.occupancy(),
        r.meanSpeed());
  }
}
