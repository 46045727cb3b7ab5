package io.greenwave.demo;

import io.greenwave.demo.control.BundledPolicies;
import io.greenwave.demo.control.DemoScenario;
import io.greenwave.learning.EvaluationCase;
import io.greenwave.learning.Hyperparameters;
import io.greenwave.learning.Policy;
import io.greenwave.learning.evaluation.ComparisonTable;
import io.greenwave.learning.evaluation.PolicyEvaluator;
import io.greenwave.learning.training.PolicyTrainer;
import io.greenwave.simulator.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Produces the bundled demo policies in {@code src/main/resources/demo-policies/}: for each demo
 * scenario, policy search with the default hyperparameters and the fixed seed {@value #SEED},
 * trained on the scenario at the page's default demand (v/c {@value #DEGREE_OF_SATURATION}, with
 * the trainer's usual demand randomisation, so that the slider's other levels are covered too),
 * then evaluated against the baselines on held-out seeds (the table is printed and stored in the
 * artifact). Deterministic: the same command gives the same files.
 *
 * <pre>
 * mvn -q -o test-compile -Dspotless.check.skip=true
 * mvn -q -o exec:java -Dexec.mainClass=io.greenwave.demo.TrainDemoPolicies \
 *     -Dexec.classpathScope=test [-Dexec.args="isolated arterial grid"]
 * </pre>
 */
public final class TrainDemoPolicies {
  static final long SEED = 7;
  static final double DEGREE_OF_SATURATION = 0.85;

  private TrainDemoPolicies() {}

  public static void main(String[] args) throws IOException {
    List<String> wanted = List.of(args);
    Path folder =
        Path.of("src/main/resources" + BundledPolicies.resource(DemoScenario.ISOLATED)).getParent();
    Files.createDirectories(folder);
    for (DemoScenario d : DemoScenario.values()) {
      if (!wanted.isEmpty() && !wanted.contains(d.key())) {
        continue;
      }
      Scenario s = d.build(DEGREE_OF_SATURATION);
      Hyperparameters h = Hyperparameters.defaults().withSeed(SEED);
      Policy policy = PolicyTrainer.train(s, h);
      EvaluationCase c = PolicyEvaluator.evaluate(s, policy, s.name());
      policy = policy.withEvaluation(List.of(c));
      Path out = folder.resolve(d.key() + ".gwp");
      Files.write(out, policy.toBytes());
      System.out.printf(
          Locale.ROOT,
          "%s: trained in %.1f s, %d bytes -> %s%n",
          d.key(),
          policy.trainingSeconds(),
          policy.toBytes().length,
          out);
      System.out.println(ComparisonTable.markdown(List.of(c)));
    }
  }
}
