package io.greenwave.bench.learning;

import io.greenwave.evaluation.EvaluationHarness;
import io.greenwave.evaluation.Metric;
import io.greenwave.learning.CurvePoint;
import io.greenwave.learning.Hyperparameters;
import io.greenwave.learning.LearnedController;
import io.greenwave.learning.LearningMethod;
import io.greenwave.learning.Policy;
import io.greenwave.learning.Reward;
import io.greenwave.learning.RewardKind;
import io.greenwave.learning.evaluation.BenchmarkScenarios;
import io.greenwave.learning.evaluation.PolicyEvaluator;
import io.greenwave.learning.model.StateDiscretisation;
import io.greenwave.learning.training.PolicyTrainer;
import io.greenwave.signal.ControllerFactory;
import io.greenwave.signal.Controllers;
import io.greenwave.simulator.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Produces docs/hyperparameter-tuning.md and docs/learning-curves.png: sweeps of the
 * hyperparameters of each method on the 4-phase intersection (trained at v/c 0.82, evaluated at v/c
 * 0.75 on 6 held-out seeds), with the resulting delay and training time.
 *
 * <pre>
 * mvn -q -o test-compile -Dspotless.check.skip=true
 * java -cp "target/classes:target/test-classes:$(mvn -q -o dependency:build-classpath \
 *     -Dmdep.outputFile=/dev/stdout)" io.greenwave.bench.learning.TuningSweeps docs
 * </pre>
 */
public final class TuningSweeps {
  private static final List<Long> SEEDS = PolicyEvaluator.seeds(1001, 6);
  private static final Scenario TRAIN = BenchmarkScenarios.fourPhase(0.82);
  private static final Scenario EVAL = BenchmarkScenarios.fourPhase(0.75);
  private static final StringBuilder OUT = new StringBuilder();
  private static final Map<String, List<CurvePoint>> CURVES = new LinkedHashMap<>();

  private TuningSweeps() {}

  public static void main(String[] args) throws IOException {
    Path docs = Path.of(args.length > 0 ? args[0] : "docs");
    double webster = delay(Controllers.byName("webster"));
    double actuated = delay(Controllers.byName("actuated"));
    double maxPressure = delay(Controllers.byName("max-pressure"));
    OUT.append(
        String.format(
            Locale.ROOT,
            "Reference on the same 6 held-out seeds at v/c 0.75: Webster %.1f, actuated %.1f,"
                + " max-pressure %.1f s/veh (target 0.65 x Webster = %.1f).%n%n",
            webster,
            actuated,
            maxPressure,
            0.65 * webster));
    Hyperparameters ps = Hyperparameters.defaults(LearningMethod.POLICY_SEARCH);
    section("Policy search (cross-entropy): episode budget");
    for (int e : new int[] {800, 1600, 3200, 6400}) {
      run("episodes " + e, ps.withEpisodes(e), e == 3200 ? "policy search (default)" : null);
    }
    section("Policy search: decision interval (s)");
    for (int d : new int[] {1, 2, 5}) {
      run("interval " + d, ps.withDecisionInterval(d), null);
    }
    section("Policy search: population per generation (same episode budget)");
    for (int p : new int[] {12, 48}) {
      Hyperparameters h =
          new Hyperparameters(
              ps.method(),
              ps.learningRate(),
              ps.discount(),
              ps.explorationStart(),
              ps.explorationEnd(),
              ps.explorationDecay(),
              ps.episodes(),
              ps.episodeSeconds(),
              ps.decisionInterval(),
              ps.states(),
              ps.reward(),
              ps.randomise(),
              p,
              ps.eliteFraction(),
              ps.workers(),
              ps.seed());
      run("population " + p, h, p == 12 ? "policy search, population 12" : null);
    }
    section("Policy search: scenario randomisation");
    run("no randomisation", ps.withRandomise(false), null);
    Hyperparameters q = Hyperparameters.defaults(LearningMethod.Q_TABLE);
    section("Q-learning (table): learning rate");
    for (double a : new double[] {0.05, 0.1, 0.3}) {
      run("alpha " + a, q.withLearning(a, q.discount()), a == 0.1 ? "Q-table (default)" : null);
    }
    section("Q-learning (table): discount");
    for (double g : new double[] {0.8, 0.95}) {
      run("gamma " + g, q.withLearning(q.learningRate(), g), null);
    }
    section("Q-learning (table): exploration start (decay 0.93 per episode, floor 0.02)");
    for (double e : new double[] {0.1, 0.5}) {
      run("epsilon0 " + e, q.withExploration(e, 0.02, 0.93), null);
    }
    section("Q-learning (table): state bins");
    run(
        "coarse: queue {2, 8}, green {15}",
        q.withStates(new StateDiscretisation(new int[] {2, 8}, new int[] {15}, true)),
        null);
    run(
        "fine: queue {1,2,4,6,10,15}, green {5,10,20,40}",
        q.withStates(
            new StateDiscretisation(
                new int[] {1, 2, 4, 6, 10, 15}, new int[] {5, 10, 20, 40}, true)),
        null);
    run(
        "default without approaching vehicles",
        q.withStates(
            new StateDiscretisation(new int[] {1, 3, 6, 10}, new int[] {10, 20, 40}, false)),
        null);
    section("Q-learning (table): decision interval (s)");
    for (int d : new int[] {2, 10}) {
      run("interval " + d, q.withDecisionInterval(d), null);
    }
    section("Q-learning (table): reward (switching cost in vehicle-seconds)");
    for (RewardKind k : RewardKind.values()) {
      run(k + ", cost 5", q.withReward(new Reward(k, 5)), null);
    }
    run("DELAY, cost 0", q.withReward(new Reward(RewardKind.DELAY, 0)), null);
    run("DELAY, cost 50", q.withReward(new Reward(RewardKind.DELAY, 50)), null);
    section("Q-learning (table): more episodes");
    run("episodes 600", q.withEpisodes(600), "Q-table, 600 episodes");
    section("Q-learning (linear features)");
    run("default", Hyperparameters.defaults(LearningMethod.Q_LINEAR), "Q-linear (default)");
    Path png = docs.resolve("learning-curves.png");
    // The curves are validation delays on the training scenario (v/c 0.82, seeds 900001-900002),
    // so the reference line is Webster's delay there, not at the evaluation level.
    double websterAtTraining =
        EvaluationHarness.compare(
                TRAIN, Map.of("w", Controllers.byName("webster")), "w", List.of(900_001L, 900_002L))
            .summary("w", Metric.DELAY)
            .mean();
    LearningCurvePlot.write(CURVES, websterAtTraining, png);
    Files.writeString(docs.resolve("hyperparameter-tuning.md"), document());
    System.out.println(OUT);
  }

  private static void section(String title) {
    OUT.append("\n### ")
        .append(title)
        .append("\n\n")
        .append(
            "| setting | delay v/c 0.75 (s/veh) | vs Webster | training (s) | final validation delay v/c 0.82 |\n")
        .append("|---|---|---|---|---|\n");
  }

  private static void run(String label, Hyperparameters h, String curveName) {
    Policy p = PolicyTrainer.train(TRAIN, h);
    double d = delay(LearnedController.factory(p));
    double webster = delay(Controllers.byName("webster"));
    CurvePoint last = p.curve().get(p.curve().size() - 1);
    OUT.append(
        String.format(
            Locale.ROOT,
            "| %s | %.1f | %+.0f %% | %.1f | %.1f |%n",
            label,
            d,
            100 * (d / webster - 1),
            p.trainingSeconds(),
            last.meanDelay()));
    System.err.printf(
        Locale.ROOT, "%s %s: %.1f s/veh, %.1f s%n", h.method(), label, d, p.trainingSeconds());
    if (curveName != null) {
      CURVES.put(curveName, p.curve());
    }
  }

  private static double delay(ControllerFactory f) {
    return EvaluationHarness.compare(EVAL, Map.of("c", f), "c", SEEDS)
        .summary("c", Metric.DELAY)
        .mean();
  }

  private static String document() {
    return """
        # Hyperparameter tuning of the learned signal policies

        Produced by `io.greenwave.bench.learning.TuningSweeps` (rerun it to regenerate this file and
        the plot; about 5 minutes on 2 cores):

        ```bash
        mvn -q -o test-compile -Dspotless.check.skip=true
        java -cp "target/classes:target/test-classes:$(mvn -q -o dependency:build-classpath \\
            -Dmdep.outputFile=/dev/stdout)" io.greenwave.bench.learning.TuningSweeps docs
        ```

        Set-up: the isolated 4-phase intersection (2-lane through+right and 1-lane left per
        approach, 80/10/10 turning), trained at critical v/c 0.82 with domain randomisation (demand
        +-30 %, turning shares, saturation flow +-10 %), evaluated at the held-out level v/c 0.75 on
        6 held-out seeds (1001-1006), 1 h + clearing, mean delay s/veh. One setting changes at a
        time from the method's defaults (`Hyperparameters.defaults(method)`), seed 7. Training
        times are wall-clock on the shared 2-core machine and vary with its load.

        ![learning curves](learning-curves.png)

        ## Results

        """
        + OUT
        + """

        ## Recommendations

        - Use policy search (the default): about 21 s/veh at v/c 0.75, -20 % against Webster and
          -17 % against actuated control, at every budget from 800 episodes on; 3,200 episodes
          (the default) take 7-20 s on an idle 2-core machine, several times more when the
          machine is shared.
        - Decision interval 1-2 s: 5 s loses about 1 s/veh (the green cannot end when the queue
          clears). Population 12-48 makes little difference at the same episode budget.
        - Randomising every training episode (+-30 %) cost about 4 s/veh at the nominal demand
          before half of each candidate's episodes were put near the nominal demand (the default
          now); with that mix, randomisation costs under 1 s/veh against none at all.
        - Tabular Q-learning (kept because the brief names it): the WAITING or QUEUE reward with a
          switching cost, epsilon starting at 0.1, and the default bins come closest to Webster;
          finer bins or longer training did not help within these budgets, and the greedy policy
          stays unstable at the training level (validation delays of 40-500 s/veh). Linear
          Q-learning diverges to a policy that holds greens. Neither is recommended for deployment.
        - The learning curves show that the policy-search validation delay flattens after about
          1,000 episodes: more budget buys little.
                """;
  }
}
