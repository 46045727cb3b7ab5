package io.greenwave.learning.training;

import io.greenwave.learning.Hyperparameters;
import io.greenwave.learning.Reward;
import io.greenwave.learning.model.ActionValues;
import io.greenwave.signal.ControllerContext;
import io.greenwave.signal.IntersectionState;
import io.greenwave.signal.SignalController;
import java.util.SplittableRandom;

/**
 * One intersection's Q-learning agent while it trains: at every decision it takes the reward earned
 * since the previous one, moves {@code Q(s, a)} of the previous state-action towards {@code r +
 * gamma max_a' Q(s', a')} (Watkins' Q-learning, off-policy), then chooses epsilon-greedily.
 *
 * <p>Rewards are in vehicle-seconds times {@link #REWARD_SCALE}, so action values stay in the tens
 * and one learning rate suits tables and linear features alike.
 */
final class QLearningAgent implements SignalController {
  /** Rewards are scaled to hundreds of vehicle-seconds. */
  static final double REWARD_SCALE = 0.01;

  private final ActionValues values;
  private final Hyperparameters h;
  private final double epsilon;
  private final SplittableRandom random;
  private final Reward.Memory memory = new Reward.Memory();
  private double[] q = new double[0];
  private boolean hasPrevious;
  private boolean switched;

  QLearningAgent(ActionValues values, Hyperparameters h, double epsilon, SplittableRandom random) {
    this.values = values;
    this.h = h;
    this.epsilon = epsilon;
    this.random = random;
  }

  @Override
  public String name() {
    return "q-learning";
  }

  @Override
  public void reset(ControllerContext context) {
    q = new double[context.intersection().phases().size()];
    hasPrevious = false;
    switched = false;
  }

  @Override
  public int decide(IntersectionState s) {
    double reward = h.reward().earned(s, memory, switched) * REWARD_SCALE;
    values.values(s, q);
    int best = argmax(q);
    if (hasPrevious) {
      values.moveCaptured(reward + h.discount() * q[best], h.learningRate());
    }
    int action = random.nextDouble() < epsilon ? random.nextInt(q.length) : best;
    switched = action != s.currentPhase();
    values.capture(s, action);
    hasPrevious = true;
    return action;
  }

  @Override
  public int decisionIntervalSeconds() {
    return h.decisionInterval();
  }

  static int argmax(double[] v) {
    int best = 0;
    for (int p = 1; p < v.length; p++) {
      if (v[p] > v[best]) {
        best = p;
      }
    }
    return best;
  }
}
