package io.greenwave.learning.evaluation;

import io.greenwave.evaluation.Evaluation;
import io.greenwave.evaluation.EvaluationHarness;
import io.greenwave.evaluation.Metric;
import io.greenwave.learning.EvaluationCase;
import io.greenwave.learning.LearnedController;
import io.greenwave.learning.Policy;
import io.greenwave.signal.ControllerFactory;
import io.greenwave.signal.Controllers;
import io.greenwave.simulator.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a learned policy with Webster fixed-time, actuated and max-pressure control through the
 * simulator's {@link EvaluationHarness}: the same held-out seeds for every controller (common
 * random numbers), so differences are paired.
 */
public final class PolicyEvaluator {
  /** Seeds never used in training (training uses seeds above 10^9, validation 900001-900002). */
  public static final List<Long> HELD_OUT_SEEDS = seeds(1001, 12);

  private PolicyEvaluator() {}

  /** Seeds {@code first .. first + count - 1}. */
  public static List<Long> seeds(long first, int count) {
    List<Long> seeds = new ArrayList<>();
    for (long s = first; s < first + count; s++) {
      seeds.add(s);
    }
    return seeds;
  }

  /** Evaluates on the held-out seeds. */
  public static EvaluationCase evaluate(Scenario scenario, Policy policy, String label) {
    return evaluate(scenario, policy, label, HELD_OUT_SEEDS, false);
  }

  /**
   * The robustness case: the scenario with saturation flow -10 % and demand +20 %, held-out seeds.
   */
  public static EvaluationCase evaluateStressed(Scenario scenario, Policy policy) {
    Scenario stressed = BenchmarkScenarios.stressed(scenario, 0.9, 1.2);
    return evaluate(stressed, policy, stressed.name(), HELD_OUT_SEEDS, true);
  }

  /** Evaluates the policy on a scenario of the same network it was trained on. */
  public static EvaluationCase evaluate(
      Scenario scenario, Policy policy, String label, List<Long> seeds, boolean robustness) {
    Map<String, ControllerFactory> controllers = new LinkedHashMap<>();
    controllers.put("learned", LearnedController.factory(policy));
    for (String name : List.of("webster", "actuated", "max-pressure")) {
      controllers.put(name, Controllers.byName(name, scenario.controllerSettings()));
    }
    // The learned policy is the baseline, so every classic controller gets a paired p-value
    // against it from one set of runs.
    Evaluation e = EvaluationHarness.compare(scenario, controllers, "learned", seeds);
    double actuated = mean(e, "actuated");
    double maxPressure = mean(e, "max-pressure");
    String better = actuated <= maxPressure ? "actuated" : "max-pressure";
    return new EvaluationCase(
        label,
        mean(e, "learned"),
        mean(e, "webster"),
        actuated,
        maxPressure,
        e.difference(better, Metric.DELAY).pValue(),
        e.difference("webster", Metric.DELAY).pValue(),
        seeds.size(),
        robustness);
  }

  private static double mean(Evaluation e, String controller) {
    return e.summary(controller, Metric.DELAY).mean();
  }
}
