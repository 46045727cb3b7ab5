package io.greenwave.evaluation;

import io.greenwave.signal.FixedTimeController;
import io.greenwave.signal.SignalPlan;
import io.greenwave.signal.WebsterPlanner;
import io.greenwave.simulator.engine.Simulation;
import io.greenwave.simulator.network.Intersection;
import io.greenwave.simulator.scenario.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.fitting.PolynomialCurveFitter;
import org.apache.commons.math3.fitting.WeightedObservedPoints;

/**
 * Sweeps over demand level and cycle length.
 *
 * <p>The demand level of an isolated intersection is expressed as its critical degree of saturation
 * under its own Webster plan, {@code Xc = Y C0 / (C0 - L)}.
 */
public final class Sweeps {
  private Sweeps() {}

  /** One point of a sweep: the swept value and the mean delay over seeds, s/veh. */
  public record Point(double value, double meanDelay) {}

  /**
   * The multiplier of the scenario's demand that makes intersection 0 operate at the critical
   * degree of saturation {@code x} under Webster's (unclamped) cycle. Solved by bisection on Y,
   * which scales linearly with demand.
   */
  public static double demandMultiplierFor(Scenario scenario, double x) {
    Simulation sim = new Simulation(scenario, i -> FixedTimeController.webster());
    Intersection ix = scenario.network().intersections().get(0);
    double sumY = Arrays.stream(WebsterPlanner.criticalFlowRatios(ix, sim.expectedFlows(0))).sum();
    double lost = WebsterPlanner.lostTime(ix);
    double low = 0;
    double high = 0.99;
    for (int k = 0; k < 60; k++) {
      double y = (low + high) / 2;
      double c0 = (1.5 * lost + 5) / (1 - y);
      if (y * c0 / (c0 - lost) < x) {
        low = y;
      } else {
        high = y;
      }
    }
    return low / sumY;
  }

  /** The scenario with its demand scaled to critical degree of saturation {@code x}. */
  public static Scenario atDegreeOfSaturation(Scenario scenario, double x) {
    return scenario.withDemand(scenario.demand().scaled(demandMultiplierFor(scenario, x)));
  }

  /** Mean delay of fixed-time control with Webster splits at each cycle length (intersection 0). */
  public static List<Point> cycleLength(Scenario scenario, int[] cycles, List<Long> seeds) {
    Simulation probe = new Simulation(scenario, i -> FixedTimeController.webster());
    Intersection ix = scenario.network().intersections().get(0);
    List<Point> points = new ArrayList<>();
    for (int cycle : cycles) {
      SignalPlan plan = WebsterPlanner.planForCycle(ix, probe.expectedFlows(0), cycle);
      Scenario fixed = scenario.withPlans(Map.of(ix.id(), plan));
      Simulation sim = new Simulation(fixed, i -> FixedTimeController.givenPlan());
      double sum = 0;
      for (long seed : seeds) {
        sum += sim.run(seed).totals().meanDelay();
      }
      points.add(new Point(plan.cycle(), sum / seeds.size()));
    }
    return points;
  }

  /**
   * The delay-minimising cycle of a sweep: the vertex of a quadratic fitted to the points around
   * the best one, which is steadier than the raw minimum on a flat, noisy curve.
   */
  public static double minimisingCycle(List<Point> points) {
    int best = 0;
    for (int k = 1; k < points.size(); k++) {
      if (points.get(k).meanDelay() < points.get(best).meanDelay()) {
        best = k;
      }
    }
    WeightedObservedPoints obs = new WeightedObservedPoints();
    for (int k = Math.max(0, best - 3); k <= Math.min(points.size() - 1, best + 3); k++) {
      obs.add(points.get(k).value(), points.get(k).meanDelay());
    }
    double[] c = PolynomialCurveFitter.create(2).fit(obs.toList());
    if (c[2] <= 0) {
      return points.get(best).value();
    }
    return -c[1] / (2 * c[2]);
  }

  /** Mean delay per controller at each demand level (critical degree of saturation). */
  public static Map<String, List<Point>> demandLevel(
      Scenario scenario, double[] levels, List<String> controllers, List<Long> seeds) {
    Map<String, List<Point>> result = new java.util.LinkedHashMap<>();
    for (String c : controllers) {
      result.put(c, new ArrayList<>());
    }
    for (double x : levels) {
      Scenario scaled = atDegreeOfSaturation(scenario, x);
      Evaluation e = EvaluationHarness.compare(scaled, controllers, controllers.get(0), seeds);
      for (String c : controllers) {
        result.get(c).add(new Point(x, e.summary(c, Metric.DELAY).mean()));
      }
    }
    return result;
  }
}
