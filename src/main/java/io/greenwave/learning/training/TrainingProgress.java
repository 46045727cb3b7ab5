package io.greenwave.learning.training;

/**
 * Where a training run stands.
 *
 * @param episodes simulated episodes done
 * @param totalEpisodes episodes planned
 * @param seconds wall-clock seconds so far
 * @param meanDelay mean delay of the current greedy policy on the validation episodes, s/veh
 */
public record TrainingProgress(int episodes, int totalEpisodes, double seconds, double meanDelay) {

  /** Fraction done, in [0, 1]. */
  public double fraction() {
    return Math.min(1.0, (double) episodes / totalEpisodes);
  }
}
