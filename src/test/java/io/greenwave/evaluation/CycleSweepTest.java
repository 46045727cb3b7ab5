package io.greenwave.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenwave.signal.WebsterPlanner;
import io.greenwave.simulator.TestScenarios;
import io.greenwave.simulator.demand.Demand;
import io.greenwave.simulator.engine.Simulation;
import io.greenwave.simulator.network.Layouts;
import io.greenwave.simulator.network.Network;
import io.greenwave.simulator.network.SignalTiming;
import io.greenwave.simulator.scenario.Scenario;
import io.greenwave.simulator.scenario.SimulationOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CycleSweepTest {
  @Test
  void websterCycleLiesWithin15PercentOfTheDelayMinimisingCycle() {
    Network network = Network.isolated(Layouts.twoPhaseThrough("X", SignalTiming.DEFAULTS));
    Demand demand = Demand.ofFlows(TestScenarios.everyEntry(network, 560), Map.of());
    Scenario s =
        Scenario.of("cycle-sweep", network, demand)
            .withOptions(SimulationOptions.DEFAULTS.withHorizon(4 * 3600, 1800));
    double webster =
        WebsterPlanner.optimumCycle(
            network.intersections().get(0), new Simulation(s).expectedFlows(0));
    int[] cycles = {30, 35, 40, 45, 50, 55, 60, 65, 70, 80, 90, 100};
    List<Sweeps.Point> points = Sweeps.cycleLength(s, cycles, EvaluationHarness.seeds(4));
    double best = Sweeps.minimisingCycle(points);
    System.out.printf(
        "Webster cycle %.1f s, sweep minimum %.1f s, points %s%n", webster, best, points);
    assertTrue(Math.abs(webster - best) / best <= 0.15, webster + " vs " + best);
  }

  @Test
  void pairedComparisonReportsConfidenceIntervalsAndPValues() {
    Scenario s = TestScenarios.fourPhase(600, 1800);
    Evaluation e =
        EvaluationHarness.compare(
            s, List.of("webster", "longest-queue-first"), "webster", EvaluationHarness.seeds(5));
    MetricSummary delay = e.summary("webster", Metric.DELAY);
    assertTrue(delay.ciLow() <= delay.mean() && delay.mean() <= delay.ciHigh());
    PairedDifference d = e.difference("longest-queue-first", Metric.DELAY);
    assertTrue(d.pValue() >= 0 && d.pValue() <= 1);
    assertTrue(d.ciLow() <= d.meanDifference() && d.meanDifference() <= d.ciHigh());
    assertTrue(e.fallbacks().values().stream().allMatch(n -> n == 0));
  }
}
