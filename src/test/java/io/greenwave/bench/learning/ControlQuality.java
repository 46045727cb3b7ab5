package io.greenwave.bench.learning;

import io.greenwave.learning.EvaluationCase;
import io.greenwave.learning.Hyperparameters;
import io.greenwave.learning.Policy;
import io.greenwave.learning.evaluation.BenchmarkScenarios;
import io.greenwave.learning.evaluation.ComparisonTable;
import io.greenwave.learning.evaluation.PolicyEvaluator;
import io.greenwave.learning.training.PolicyTrainer;
import io.greenwave.simulator.scenario.Scenario;
import io.greenwave.simulator.scenario.ScenarioFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The control-quality targets: trains the default policy for the isolated 4-phase
 * intersection (at v/c 0.82, evaluated at the held-out levels 0.75 and 0.9), the arterial and the
 * grid, evaluates each against the baselines on held-out seeds, plus the robustness variants, and
 * prints the table and one JSON line. Run by bench/control-quality.sh.
 */
public final class ControlQuality {
  private ControlQuality() {}

  public static void main(String[] args) throws IOException {
    Path scenarios = Path.of(args.length > 0 ? args[0] : "docs/scenarios");
    List<EvaluationCase> cases = new ArrayList<>();
    Policy isolated = train(BenchmarkScenarios.fourPhase(0.82));
    for (double x : new double[] {0.75, 0.9}) {
      Scenario s = BenchmarkScenarios.fourPhase(x);
      cases.add(PolicyEvaluator.evaluate(s, isolated, s.name()));
      cases.add(PolicyEvaluator.evaluateStressed(s, isolated));
    }
    for (String file : List.of("arterial-3.json", "grid-3x3.json")) {
      Scenario s = ScenarioFile.read(scenarios.resolve(file));
      Policy p = train(s);
      cases.add(PolicyEvaluator.evaluate(s, p, s.name()));
      cases.add(PolicyEvaluator.evaluateStressed(s, p));
    }
    System.out.println(ComparisonTable.markdown(cases));
    boolean all = cases.stream().allMatch(EvaluationCase::met);
    System.out.println(
        "{\"cases\":" + ComparisonTable.json(cases) + ", \"allTargetsMet\":" + all + "}");
  }

  private static Policy train(Scenario s) {
    long start = System.nanoTime();
    Policy p = PolicyTrainer.train(s, Hyperparameters.defaults());
    System.err.printf("trained %s in %.1f s%n", s.name(), (System.nanoTime() - start) / 1e9);
    return p;
  }
}
