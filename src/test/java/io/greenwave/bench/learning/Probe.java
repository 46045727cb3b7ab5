package io.greenwave.bench.learning;

import io.greenwave.learning.Hyperparameters;
import io.greenwave.learning.LearningMethod;
import io.greenwave.learning.Policy;
import io.greenwave.learning.evaluation.BenchmarkScenarios;
import io.greenwave.learning.evaluation.ComparisonTable;
import io.greenwave.learning.evaluation.PolicyEvaluator;
import io.greenwave.learning.training.PolicyTrainer;
import java.util.List;

/** Scratch experiment. */
public final class Probe {
  public static void main(String[] args) {
    LearningMethod m = LearningMethod.valueOf(args[0]);
    int episodes = Integer.parseInt(args[1]);
    var s = BenchmarkScenarios.fourPhase(0.82);
    Hyperparameters h = Hyperparameters.defaults(m).withEpisodes(episodes);
    Policy p =
        PolicyTrainer.train(
            s, h, pr -> System.out.printf("%d %.1fs %.2f%n", pr.episodes(), pr.seconds(), pr.meanDelay()), () -> false);
    var c1 = PolicyEvaluator.evaluate(BenchmarkScenarios.fourPhase(0.75), p, "0.75");
    var c2 = PolicyEvaluator.evaluate(BenchmarkScenarios.fourPhase(0.9), p, "0.9");
    System.out.println(ComparisonTable.markdown(List.of(c1, c2)));

  }
}
