package io.greenwave.learning.training;

import io.greenwave.learning.Hyperparameters;
import io.greenwave.learning.IntersectionPolicy;
import io.greenwave.learning.LearnedController;
import io.greenwave.learning.Policy;
import io.greenwave.learning.model.ActionValues;
import io.greenwave.signal.ControllerContext;
import io.greenwave.signal.IntersectionState;
import io.greenwave.signal.SignalController;
import io.greenwave.simulator.engine.Simulation;
import io.greenwave.simulator.network.Intersection;
import io.greenwave.simulator.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains a signal policy for a scenario: the entry point of the command line and of the ML API.
 *
 * <pre>{@code
 * Policy p = PolicyTrainer.train(scenario, Hyperparameters.defaults(), progress -> ..., () -> false);
 * }</pre>
 */
public final class PolicyTrainer {
  private PolicyTrainer() {}

  /** Trains with the given hyperparameters, no progress reporting, no cancellation. */
  public static Policy train(Scenario scenario, Hyperparameters h) {
    return train(scenario, h, TrainingListener.NONE, Cancellation.NEVER);
  }

  /**
   * Trains a policy: one agent per intersection of the scenario's network.
   *
   * @param scenario geometry and demand to train on (perturbed during training when {@code
   *     h.randomise()})
   * @param h hyperparameters; the same values (seed included) give the same policy
   * @param listener told after every validation point
   * @param cancellation asked between steps; a cancelled run returns what was learned so far
   * @return the policy with its training curve and confidence scale, not yet evaluated
   */
  public static Policy train(
      Scenario scenario, Hyperparameters h, TrainingListener listener, Cancellation cancellation) {
    try (TrainingRun run = new TrainingRun(scenario, h, listener, cancellation)) {
      List<ActionValues> values =
          switch (h.method()) {
            case Q_TABLE, Q_LINEAR -> QLearningTrainer.train(run);
            case POLICY_SEARCH -> PolicySearchTrainer.train(run);
          };
      List<IntersectionPolicy> agents = new ArrayList<>();
      List<Intersection> xs = run.scenario.network().intersections();
      for (int i = 0; i < xs.size(); i++) {
        Intersection x = xs.get(i);
        agents.add(
            new IntersectionPolicy(
                x.id(),
                x.phases().size(),
                x.timing().minGreen(),
                x.timing().maxGreen(),
                values.get(i)));
      }
      Policy policy =
          new Policy(scenario.name(), h, agents, 1.0, run.seconds(), run.curve, List.of());
      return policy.withConfidenceScale(medianMargin(policy, run.scenario));
    }
  }

  /**
   * The median action-value margin of the policy's decisions on the first validation episode: the
   * scale that makes a typical decision's confidence 0.5.
   */
  static double medianMargin(Policy policy, Scenario scenario) {
    List<Double> margins = new ArrayList<>();
    Simulation sim =
        new Simulation(
            scenario,
            i -> new MarginRecorder(new LearnedController(policy, i), policy, i, margins));
    sim.run(TrainingRun.VALIDATION_SEEDS.get(0));
    if (margins.isEmpty()) {
      return 1.0;
    }
    double[] sorted = margins.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double median = sorted[sorted.length / 2];
    return median > 1e-9 ? median : 1.0;
  }

  /** Wraps a learned controller and records the margin of every decision. */
  private record MarginRecorder(
      SignalController controller, Policy policy, int intersection, List<Double> margins)
      implements SignalController {

    @Override
    public String name() {
      return controller.name();
    }

    @Override
    public void reset(ControllerContext context) {
      controller.reset(context);
    }

    @Override
    public int decide(IntersectionState s) {
      double[] v = policy.decide(intersection, s).values();
      if (v.length > 1) {
        double[] sorted = v.clone();
        java.util.Arrays.sort(sorted);
        margins.add(sorted[sorted.length - 1] - sorted[sorted.length - 2]);
      }
      return controller.decide(s);
    }

    @Override
    public int decisionIntervalSeconds() {
      return controller.decisionIntervalSeconds();
    }
  }
}
