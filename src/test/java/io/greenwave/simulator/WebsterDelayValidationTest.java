package io.greenwave.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenwave.signal.FixedTimeController;
import io.greenwave.signal.SignalPlan;
import io.greenwave.simulator.demand.Demand;
import io.greenwave.simulator.engine.Simulation;
import io.greenwave.simulator.network.Layouts;
import io.greenwave.simulator.network.Network;
import io.greenwave.simulator.network.SignalTiming;
import io.greenwave.simulator.output.LaneGroupStats;
import io.greenwave.simulator.scenario.Scenario;
import io.greenwave.simulator.scenario.SimulationOptions;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Isolated fixed-time intersection with Poisson arrivals against Webster's (1958) delay formula,
 * per lane group: a 60 s cycle, 25 s greens (26 s effective), one lane at 1,800 veh/h.
 */
class WebsterDelayValidationTest {
  static final int CYCLE = 60;
  static final double EFFECTIVE_GREEN = 26;
  static final double SATURATION = 1800;

  /** Webster's delay: uniform + random terms minus the empirical correction, s/veh. */
  static double websterDelay(double x) {
    double lambda = EFFECTIVE_GREEN / CYCLE;
    double q = x * lambda * SATURATION / 3600;
    return CYCLE * Math.pow(1 - lambda, 2) / (2 * (1 - lambda * x))
        + x * x / (2 * q * (1 - x))
        - 0.65 * Math.cbrt(CYCLE / (q * q)) * Math.pow(x, 2 + 5 * lambda);
  }

  static Scenario scenario(double x, int hours) {
    Network network = Network.isolated(Layouts.twoPhaseThrough("X", SignalTiming.DEFAULTS));
    double flow = x * SATURATION * EFFECTIVE_GREEN / CYCLE;
    Demand demand = Demand.ofFlows(TestScenarios.everyEntry(network, flow), Map.of());
    return Scenario.of("webster-validation", network, demand)
        .withPlans(Map.of("X", new SignalPlan(new int[] {25, 25}, 5, 0)))
        .withOptions(SimulationOptions.DEFAULTS.withHorizon(hours * 3600, 1800));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.3, 0.5, 0.7, 0.85})
  void meanDelayPerLaneGroupIsWithin15PercentOfWebster(double x) {
    Simulation sim = new Simulation(scenario(x, 8), i -> FixedTimeController.givenPlan());
    double expected = websterDelay(x);
    double[] sums = new double[4];
    int seeds = 5;
    for (long seed = 1; seed <= seeds; seed++) {
      var groups = sim.run(seed).laneGroups();
      for (int g = 0; g < 4; g++) {
        sums[g] += groups.get(g).meanDelay() / seeds;
      }
    }
    for (int g = 0; g < 4; g++) {
      double error = (sums[g] - expected) / expected;
      System.out.printf(
          "x=%.2f lane group %d: simulated %.2f s, Webster %.2f s, error %+.1f%%%n",
          x, g, sums[g], expected, 100 * error);
      assertTrue(Math.abs(error) <= 0.15, "x=" + x + " group " + g + " error " + error);
    }
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.5, 0.85})
  void throughputEqualsDemandBelowCapacity(double x) {
    var result =
        new Simulation(scenario(x, 8), i -> FixedTimeController.givenPlan()).run(7).totals();
    assertEquals(result.vehiclesDeparted(), result.vehiclesExited());
    double demand = 4 * x * SATURATION * EFFECTIVE_GREEN / CYCLE;
    double measured = result.vehiclesExited() / 8.0;
    System.out.printf("x=%.2f demand %.0f veh/h, throughput %.0f veh/h%n", x, demand, measured);
    assertEquals(demand, measured, 0.05 * demand);
  }

  @ParameterizedTest
  @ValueSource(doubles = {1.3})
  void measuredSaturationFlowIsWithin5PercentOfConfigured(double x) {
    var result = new Simulation(scenario(x, 2), i -> FixedTimeController.givenPlan()).run(3);
    for (LaneGroupStats g : result.laneGroups()) {
      double measured = g.measuredSaturationFlowPerLane();
      System.out.printf("%s saturation flow %.0f veh/h/lane%n", g.laneGroup(), measured);
      assertEquals(SATURATION, measured, 0.05 * SATURATION);
      double perEffectiveGreen = g.departures() * 3600.0 / g.effectiveGreenSeconds();
      assertEquals(SATURATION, perEffectiveGreen, 0.05 * SATURATION);
    }
  }
}
