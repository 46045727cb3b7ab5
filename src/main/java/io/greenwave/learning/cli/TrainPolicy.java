package io.greenwave.learning.cli;

import io.greenwave.learning.EvaluationCase;
import io.greenwave.learning.Hyperparameters;
import io.greenwave.learning.LearningMethod;
import io.greenwave.learning.Policy;
import io.greenwave.learning.evaluation.BenchmarkScenarios;
import io.greenwave.learning.evaluation.ComparisonTable;
import io.greenwave.learning.evaluation.PolicyEvaluator;
import io.greenwave.learning.training.PolicyTrainer;
import io.greenwave.simulator.scenario.Scenario;
import io.greenwave.simulator.scenario.ScenarioFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains, evaluates and saves a policy for a scenario, and prints the comparison table.
 *
 * <pre>
 * TrainPolicy SCENARIO [--method POLICY_SEARCH|Q_TABLE|Q_LINEAR] [--episodes N] [--seed S]
 *             [--interval SECONDS] [--out FILE] [--quiet]
 * </pre>
 *
 * SCENARIO is a scenario file (docs/scenarios/*.json) or {@code four-phase}: the isolated 4-phase
 * intersection, trained at v/c 0.82 and evaluated at the held-out levels 0.75 and 0.9. Every
 * scenario is also evaluated with saturation flow -10 % and demand +20 % (robustness).
 */
public final class TrainPolicy {
  private TrainPolicy() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println(
          "usage: TrainPolicy SCENARIO|four-phase [--method M] [--episodes N] [--seed S]"
              + " [--interval S] [--out FILE] [--quiet]");
      System.exit(2);
    }
    Hyperparameters h = hyperparameters(args);
    boolean quiet = has(args, "--quiet");
    boolean fourPhase = args[0].equals("four-phase");
    Scenario training =
        fourPhase ? BenchmarkScenarios.fourPhase(0.82) : ScenarioFile.read(Path.of(args[0]));
    Policy policy =
        PolicyTrainer.train(
            training,
            h,
            p -> {
              if (!quiet) {
                System.err.printf(
                    Locale.ROOT,
                    "episodes %d/%d  %.1f s  validation delay %.2f s/veh%n",
                    p.episodes(),
                    p.totalEpisodes(),
                    p.seconds(),
                    p.meanDelay());
              }
            },
            () -> false);
    List<Scenario> targets =
        fourPhase
            ? List.of(BenchmarkScenarios.fourPhase(0.75), BenchmarkScenarios.fourPhase(0.9))
            : List.of(training);
    List<EvaluationCase> cases = new ArrayList<>();
    for (Scenario s : targets) {
      cases.add(PolicyEvaluator.evaluate(s, policy, s.name()));
      cases.add(PolicyEvaluator.evaluateStressed(s, policy));
    }
    policy = policy.withEvaluation(cases);
    Path out = Path.of(option(args, "--out", policy.scenarioName().replace(' ', '_') + ".gwp"));
    Files.write(out, policy.toBytes());
    System.out.printf(
        Locale.ROOT,
        "%s policy for %s trained in %.1f s, saved to %s (%d bytes)%n%n",
        policy.method(),
        policy.scenarioName(),
        policy.trainingSeconds(),
        out,
        Files.size(out));
    System.out.println(ComparisonTable.markdown(cases));
  }

  static Hyperparameters hyperparameters(String[] args) {
    LearningMethod method = LearningMethod.valueOf(option(args, "--method", "POLICY_SEARCH"));
    Hyperparameters h = Hyperparameters.defaults(method);
    h = h.withEpisodes(Integer.parseInt(option(args, "--episodes", "" + h.episodes())));
    h = h.withSeed(Long.parseLong(option(args, "--seed", "" + h.seed())));
    return h.withDecisionInterval(
        Integer.parseInt(option(args, "--interval", "" + h.decisionInterval())));
  }

  private static boolean has(String[] args, String flag) {
    return List.of(args).contains(flag);
  }

  private static String option(String[] args, String name, String fallback) {
    for (int k = 0; k < args.length - 1; k++) {
      if (args[k].equals(name)) {
        return args[k + 1];
      }
    }
    return fallback;
  }
}
