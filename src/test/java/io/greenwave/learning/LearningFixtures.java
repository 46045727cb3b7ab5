package io.greenwave.learning;

import io.greenwave.learning.evaluation.BenchmarkScenarios;
import io.greenwave.simulator.scenario.Scenario;

/** Small, fast training set-ups shared by the learning tests. */
final class LearningFixtures {
  private LearningFixtures() {}

  /** The 4-phase intersection at v/c 0.75 with 20-minute episodes. */
  static Scenario shortFourPhase() {
    Scenario s = BenchmarkScenarios.fourPhase(0.75);
    return s.withOptions(s.options().withHorizon(1200, 900));
  }

  /** A small policy-search budget: 4 generations of 8 candidates. */
  static Hyperparameters quickSearch() {
    return Hyperparameters.defaults(LearningMethod.POLICY_SEARCH)
        .withEpisodeSeconds(1200)
        .withEpisodes(4 * 24 * 4)
        .withWorkers(2);
  }

  /** A small Q-table budget. */
  static Hyperparameters quickTable() {
    return Hyperparameters.defaults(LearningMethod.Q_TABLE)
        .withEpisodeSeconds(1200)
        .withEpisodes(40);
  }
}
