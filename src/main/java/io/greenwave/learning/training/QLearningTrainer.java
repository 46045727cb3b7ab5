package io.greenwave.learning.training;

import io.greenwave.learning.LearningMethod;
import io.greenwave.learning.model.ActionValues;
import io.greenwave.learning.model.LinearActionValues;
import io.greenwave.learning.model.TabularActionValues;
import io.greenwave.simulator.network.Intersection;
import java.util.ArrayList;
import java.util.List;

/**
 * Q-learning, one agent per intersection, trained together in the same simulation (each sees its
 * own lane groups and, through the downstream queue and space of its lane groups, its neighbours).
 *
 * <p>Parallel and reproducible: episodes run in rounds of {@link #EPISODES_PER_ROUND}; every
 * episode of a round starts from the same values, learns on its own copy, and the copies are then
 * averaged (synchronous parameter averaging). The round size is fixed, so 1 or 2 threads give the
 * same policy.
 */
final class QLearningTrainer {
  static final int EPISODES_PER_ROUND = 2;

  private QLearningTrainer() {}

  static List<ActionValues> train(TrainingRun run) {
    List<ActionValues> values = initial(run);
    int rounds = Math.max(1, run.h.episodes() / EPISODES_PER_ROUND);
    int validateEvery = Math.max(1, rounds / 20);
    for (int round = 0; round < rounds && !run.cancelled(); round++) {
      int first = round * EPISODES_PER_ROUND;
      List<ActionValues> base = values;
      List<List<ActionValues>> learned =
          run.parallel(EPISODES_PER_ROUND, k -> episode(run, base, first + k));
      values = merge(base, learned);
      if (round % validateEvery == validateEvery - 1 || round == rounds - 1) {
        List<ActionValues> snapshot = values;
        run.report(first + EPISODES_PER_ROUND, run.validate(i -> greedy(snapshot.get(i), run)));
      }
    }
    return values;
  }

  private static List<ActionValues> initial(TrainingRun run) {
    List<ActionValues> values = new ArrayList<>();
    for (Intersection x : run.scenario.network().intersections()) {
      values.add(
          run.h.method() == LearningMethod.Q_TABLE
              ? new TabularActionValues(run.h.states(), x.phases().size())
              : LinearActionValues.prior());
    }
    return values;
  }

  private static List<ActionValues> episode(TrainingRun run, List<ActionValues> base, int e) {
    List<ActionValues> copies = base.stream().map(ActionValues::copy).toList();
    double epsilon = run.h.exploration(e);
    var random = run.episodeRandom(e);
    random.nextLong(); // the first draw is the episode seed
    List<QLearningAgent> agents = new ArrayList<>();
    for (ActionValues v : copies) {
      agents.add(new QLearningAgent(v, run.h, epsilon, random.split()));
    }
    TrainingRun.meanDelay(run.episodeScenario(e), agents::get, run.episodeSeed(e));
    return copies;
  }

  /**
   * Applies every worker's change to the common start (base + sum of deltas), in worker order. A
   * plain average would halve what only one worker learned, e.g. a table row only it visited.
   */
  private static List<ActionValues> merge(
      List<ActionValues> base, List<List<ActionValues>> workers) {
    List<ActionValues> result = new ArrayList<>();
    for (int i = 0; i < base.size(); i++) {
      ActionValues merged = base.get(i).copy();
      double[] p = merged.parameters();
      double[] start = base.get(i).parameters();
      for (List<ActionValues> w : workers) {
        double[] learned = w.get(i).parameters();
        for (int k = 0; k < p.length; k++) {
          p[k] += learned[k] - start[k];
        }
      }
      result.add(merged);
    }
    return result;
  }

  /** A greedy (no exploration, no learning) controller over the values. */
  static GreedyController greedy(ActionValues v, TrainingRun run) {
    return new GreedyController(v, run.h.decisionInterval());
  }
}
