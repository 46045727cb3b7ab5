package io.greenwave.forecasting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenwave.forecasting.evaluation.ForecastEvaluation;
import io.greenwave.forecasting.evaluation.LaneGroupEvaluation;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The default forecaster on the demo's 8 weeks of the isolated intersection. */
class ForecastTrainerTest {
  static TrainedForecast trained;

  @BeforeAll
  static void train() {
    trained = ForecastTrainer.train("iso-1", DemoHistories.of("iso-1", 8));
  }

  @Test
  void beatsSeasonalNaiveByMoreThanTwentyPercentAndTheHistoricalAverage() {
    ForecastEvaluation e = trained.evaluation();
    assertTrue(e.maeSkillVsSeasonalNaive() >= 0.2, "skill " + e.maeSkillVsSeasonalNaive());
    assertTrue(e.maeSkillVsHistoricalAverage() > 0, "skill " + e.maeSkillVsHistoricalAverage());
    assertTrue(e.model().r2() > 0.9, "R² " + e.model().r2());
    for (LaneGroupEvaluation g : e.laneGroups()) {
      assertTrue(g.maeSkillVsSeasonalNaive() > 0.1, g.laneGroup() + " " + g);
    }
  }

  @Test
  void errorIsCloseToWhatPoissonCountingNoiseAllows() {
    ForecastEvaluation e = trained.evaluation();
    assertTrue(e.noiseFloorWape() < e.model().wape(), "the floor is a floor");
    assertTrue(
        e.model().wape() < 1.25 * e.noiseFloorWape(), e.model() + " vs " + e.noiseFloorWape());
    assertEquals(1 - e.model().wape(), e.accuracy(), 1e-12);
  }

  @Test
  void errorGrowsOnlyMildlyWithTheHorizon() {
    var byStep = trained.evaluation().wapeByStep();
    assertEquals(4, byStep.size());
    assertTrue(byStep.get(3) < byStep.get(0) * 1.15, byStep.toString());
  }

  @Test
  void intervalsCoverAboutTheirNominalShareOnDataTheyWereNotCalibratedOn() {
    ForecastEvaluation e = trained.evaluation();
    assertEquals(0.9, e.nominalCoverage());
    for (double c : e.intervalCoverageByStep()) {
      assertTrue(c > 0.85 && c < 0.95, "coverage " + c);
    }
  }

  @Test
  void lineageRecordsTheWindowHyperparametersAndSize() {
    ForecastLineage l = trained.lineage();
    assertEquals(DemoHistories.END.minusDays(14), l.holdoutFrom());
    assertEquals(DemoHistories.END.minusWeeks(8).plusWeeks(1), l.trainFrom());
    assertEquals(DemoHistories.END, l.dataTo());
    assertEquals("20", l.hyperparameters().get("numTrees"));
    assertTrue(l.wekaOptions().contains("-I 20"), l.wekaOptions());
    assertEquals(8 * 35 * 96, l.trainingRows());
    assertEquals(8, l.laneGroups().size());
    assertTrue(l.modelBytes() > 0 && l.modelBytes() <= 5_000_000, "bytes " + l.modelBytes());
  }

  @Test
  void refusesUnknownHyperparametersAndTooShortHistories() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ForecastSettings.defaults().withHyperparameters(Map.of("numTreez", "5")));
    assertThrows(
        IllegalArgumentException.class,
        () -> ForecastTrainer.train("iso-1", DemoHistories.of("iso-1", 3)));
  }
}
