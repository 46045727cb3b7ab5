package io.greenwave.evaluation;

import io.greenwave.signal.ControllerFactory;
import io.greenwave.signal.Controllers;
import io.greenwave.simulator.engine.Simulation;
import io.greenwave.simulator.output.SimulationResult;
import io.greenwave.simulator.scenario.Scenario;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs several controllers on one scenario over the same seeds and compares them. Because the
 * vehicles of a seed do not depend on the controller, runs with the same seed are paired.
 */
public final class EvaluationHarness {
  private EvaluationHarness() {}

  /**
   * Compares named classic controllers.
   *
   * @param scenario what to run (its controller settings apply)
   * @param controllers controller names, see {@link Controllers}
   * @param baseline name of the baseline, one of {@code controllers}
   * @param seeds seeds to run every controller on
   */
  public static Evaluation compare(
      Scenario scenario, List<String> controllers, String baseline, List<Long> seeds) {
    Map<String, ControllerFactory> factories = new LinkedHashMap<>();
    for (String name : controllers) {
      factories.put(name, Controllers.byName(name, scenario.controllerSettings()));
    }
    return compare(scenario, factories, baseline, seeds);
  }

  /** Compares any controllers (e.g. a learned policy) given by factories keyed by name. */
  public static Evaluation compare(
      Scenario scenario,
      Map<String, ControllerFactory> controllers,
      String baseline,
      List<Long> seeds) {
    if (!controllers.containsKey(baseline)) {
      throw new IllegalArgumentException("baseline " + baseline + " is not among the controllers");
    }
    Map<String, double[][]> values = new LinkedHashMap<>();
    Map<String, Integer> fallbacks = new LinkedHashMap<>();
    for (var entry : controllers.entrySet()) {
      Simulation sim = new Simulation(scenario, entry.getValue());
      double[][] perMetric = new double[Metric.values().length][seeds.size()];
      int fellBack = 0;
      for (int k = 0; k < seeds.size(); k++) {
        SimulationResult r = sim.run(seeds.get(k));
        for (Metric m : Metric.values()) {
          perMetric[m.ordinal()][k] = m.of(r.totals());
        }
        fellBack += r.anyFallback() ? 1 : 0;
      }
      values.put(entry.getKey(), perMetric);
      fallbacks.put(entry.getKey(), fellBack);
    }
    return summarise(scenario.name(), seeds, baseline, values, fallbacks);
  }

  private static Evaluation summarise(
      String scenario,
      List<Long> seeds,
      String baseline,
      Map<String, double[][]> values,
      Map<String, Integer> fallbacks) {
    Map<String, Map<Metric, MetricSummary>> summaries = new LinkedHashMap<>();
    List<PairedDifference> differences = new ArrayList<>();
    double[][] base = values.get(baseline);
    for (var entry : values.entrySet()) {
      Map<Metric, MetricSummary> perMetric = new EnumMap<>(Metric.class);
      for (Metric m : Metric.values()) {
        perMetric.put(m, MetricSummary.of(m, entry.getValue()[m.ordinal()]));
        if (!entry.getKey().equals(baseline)) {
          differences.add(
              difference(
                  m, entry.getKey(), baseline, entry.getValue()[m.ordinal()], base[m.ordinal()]));
        }
      }
      summaries.put(entry.getKey(), perMetric);
    }
    return new Evaluation(
        scenario, List.copyOf(seeds), baseline, summaries, differences, fallbacks);
  }

  private static PairedDifference difference(
      Metric m, String controller, String baseline, double[] a, double[] b) {
    double[] d = new double[a.length];
    double baseSum = 0;
    for (int k = 0; k < a.length; k++) {
      d[k] = a[k] - b[k];
      baseSum += b[k];
    }
    double[] ci = Statistics.meanAndHalfWidth(d);
    double baseMean = baseSum / a.length;
    return new PairedDifference(
        m,
        controller,
        baseline,
        ci[0],
        ci[0] - ci[1],
        ci[0] + ci[1],
        baseMean == 0 ? 0 : 100 * ci[0] / baseMean,
        Statistics.pairedPValue(a, b));
  }

  /** Seeds 1..n. */
  public static List<Long> seeds(int n) {
    List<Long> seeds = new ArrayList<>();
    for (long s = 1; s <= n; s++) {
      seeds.add(s);
    }
    return seeds;
  }
}
