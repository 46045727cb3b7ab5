package io.greenwave.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenwave.learning.evaluation.BenchmarkScenarios;
import io.greenwave.learning.training.ScenarioRandomiser;
import io.greenwave.simulator.scenario.Scenario;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Training scenarios stay within the bounds and are reproducible from the seed. */
class ScenarioRandomiserTest {
  @Test
  void perturbationsStayWithinBoundsAndRepeatWithTheSeed() {
    Scenario base = BenchmarkScenarios.fourPhase(0.8);
    double flow = base.demand().flows().get(0).vehiclesPerHour();
    double sat = base.network().intersections().get(0).laneGroups().get(0).saturationFlowPerLane();
    for (int k = 0; k < 50; k++) {
      Scenario s = ScenarioRandomiser.DEFAULT.randomise(base, new SplittableRandom(k));
      double f = s.demand().flows().get(0).vehiclesPerHour() / flow;
      assertTrue(f >= 0.7 * 0.9 - 1e-9 && f <= 1.3 * 1.1 + 1e-9, "demand factor " + f);
      for (var g : s.network().intersections().get(0).laneGroups()) {
        double r = g.saturationFlowPerLane() / sat;
        assertTrue(r >= 0.9 - 1e-9 && r <= 1.1 + 1e-9, "saturation factor " + r);
      }
    }
    Scenario a = ScenarioRandomiser.DEFAULT.randomise(base, new SplittableRandom(3));
    Scenario b = ScenarioRandomiser.DEFAULT.randomise(base, new SplittableRandom(3));
    assertEquals(a, b);
    assertNotEquals(a, ScenarioRandomiser.DEFAULT.randomise(base, new SplittableRandom(4)));
  }
}
