package io.greenwave.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenwave.simulator.network.Intersection;
import io.greenwave.simulator.network.Layouts;
import io.greenwave.simulator.network.SignalTiming;
import org.junit.jupiter.api.Test;

class WebsterPlannerTest {
  static final SignalTiming TIMING = new SignalTiming(7, 60, 3, 2, 40, 150);

  @Test
  void aGreenAboveMaxGreenShrinksTheCycleAndKeepsTheSplitsProportional() {
    Intersection x = Layouts.twoPhaseThrough("X", TIMING);
    // E/W y = 0.8, N/S y = 0.1: Y = 0.9, Webster's cycle 170 s clamped to 150.
    double[] flows = {180, 1440, 180, 1440};
    SignalPlan plan = WebsterPlanner.plan(x, flows);
    assertEquals(60, plan.green(0));
    assertTrue(plan.cycle() < 150 && plan.cycle() >= TIMING.cycleMin(), plan.toString());
    double effective0 = plan.green(0) + 1;
    double effective1 = plan.green(1) + 1;
    assertEquals(8.0, effective0 / effective1, 1.5, plan.toString());
  }

  @Test
  void planForCycleKeepsTheRequestedCycleWithinGreenLimits() {
    Intersection x = Layouts.fourPhase("X", TIMING);
    double[] flows = {900, 50, 600, 40, 900, 50, 600, 40};
    for (int cycle = 48; cycle <= 150; cycle++) {
      SignalPlan plan = WebsterPlanner.planForCycle(x, flows, cycle);
      assertEquals(cycle, plan.cycle(), plan.toString());
      for (int g : plan.greens()) {
        assertTrue(g >= TIMING.minGreen() && g <= TIMING.maxGreen(), plan.toString());
      }
    }
  }

  @Test
  void minGreensLengthenTheCycleWithinTheCycleBounds() {
    Intersection x = Layouts.fourPhase("X", TIMING);
    double[] light = {300, 10, 300, 10, 300, 10, 300, 10};
    SignalPlan plan = WebsterPlanner.plan(x, light);
    assertEquals(WebsterPlanner.cycle(x, light), plan.cycle());
    assertTrue(plan.cycle() >= 4 * 7 + 4 * 5);
    double[] heavy = {3000, 1600, 3000, 1600, 3000, 1600, 3000, 1600};
    assertEquals(150, WebsterPlanner.plan(x, heavy).cycle());
  }
}
