package io.greenwave.learning;

import io.greenwave.signal.IntersectionState;

/**
 * The reward definition of Q-learning: a {@link RewardKind} and a switching cost subtracted every
 * time the agent changes phase (a change costs yellow, all-red and start-up lost time that the
 * reward would otherwise only see later and noisily).
 *
 * @param kind what is rewarded
 * @param switchingCost reward subtracted per phase change, in the reward's units
 */
public record Reward(RewardKind kind, double switchingCost) {

  /** Delay with a switching cost of 5 vehicle-seconds... see docs/hyperparameter-tuning.md. */
  public static final Reward DEFAULT = new Reward(RewardKind.DELAY, 5);

  /** A snapshot of what the reward of the next step is computed against. */
  public static final class Memory {
    double queue;
    double waiting;
    int time = -1;
  }

  /**
   * The reward earned since the previous decision, and the memory updated to now.
   *
   * @param switched whether the previous decision changed the phase
   */
  public double earned(IntersectionState s, Memory memory, boolean switched) {
    double queue = 0;
    double waiting = 0;
    double pressure = 0;
    double arrivals = 0;
    for (int g = 0; g < s.laneGroupCount(); g++) {
      queue += s.queue(g);
      waiting += s.queuedWaitingSeconds(g);
      pressure += s.queue(g) - s.downstreamQueue(g);
      arrivals += s.arrivalsSinceLastDecision(g);
    }
    double dt = memory.time < 0 ? 0 : s.time() - memory.time;
    double r =
        switch (kind) {
          case QUEUE -> -queue * dt;
          case DELAY -> -(queue + memory.queue) / 2 * dt;
          case WAITING -> -(waiting - memory.waiting) / 60;
          case PRESSURE -> -Math.abs(pressure) * dt;
          case THROUGHPUT -> memory.queue + arrivals - queue;
        };
    memory.queue = queue;
    memory.waiting = waiting;
    memory.time = s.time();
    return r - (switched ? switchingCost : 0);
  }
}
