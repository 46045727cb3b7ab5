package io.greenwave.learning;

import io.greenwave.learning.model.StateDiscretisation;

/**
 * Everything that shapes a training run. {@link #defaults()} reaches the targets without
 * tuning where they are reachable (see docs/hyperparameter-tuning.md for the sweeps behind them).
 *
 * @param method how to learn
 * @param learningRate Q-learning step size alpha
 * @param discount Q-learning discount gamma per decision
 * @param explorationStart epsilon of the first episode (epsilon-greedy)
 * @param explorationEnd floor of epsilon
 * @param explorationDecay multiplier of epsilon after every episode
 * @param episodes simulated episodes in total (for policy search: candidates x episodes each)
 * @param episodeSeconds demand horizon of a training episode, s
 * @param decisionInterval seconds between two decisions of the policy
 * @param states state discretisation of {@link LearningMethod#Q_TABLE}
 * @param reward reward of Q-learning (policy search always minimises mean delay)
 * @param randomise whether training perturbs demand (+-30 %), turning shares and saturation flow
 *     (+-10 %)
 * @param population candidates per policy-search generation
 * @param eliteFraction share of candidates the cross-entropy update keeps
 * @param workers parallel workers (threads); results do not depend on it
 * @param seed master seed: every random draw of training derives from it
 */
public record Hyperparameters(
    LearningMethod method,
    double learningRate,
    double discount,
    double explorationStart,
    double explorationEnd,
    double explorationDecay,
    int episodes,
    int episodeSeconds,
    int decisionInterval,
    StateDiscretisation states,
    Reward reward,
    boolean randomise,
    int population,
    double eliteFraction,
    int workers,
    long seed) {

  public Hyperparameters {
    if (episodes < 1 || episodeSeconds < 60 || decisionInterval < 1 || population < 4) {
      throw new IllegalArgumentException(
          "episodes >= 1, episodeSeconds >= 60, decisionInterval >= 1, population >= 4 required");
    }
    if (learningRate <= 0 || discount < 0 || discount >= 1) {
      throw new IllegalArgumentException("learningRate > 0 and 0 <= discount < 1 required");
    }
    workers = Math.max(1, workers);
    states = states == null ? StateDiscretisation.DEFAULT : states;
    reward = reward == null ? Reward.DEFAULT : reward;
  }

  /** The recommended settings: policy search, which measured best (docs/learning.md). */
  public static Hyperparameters defaults() {
    return defaults(LearningMethod.POLICY_SEARCH);
  }

  /** Recommended settings for one method. */
  public static Hyperparameters defaults(LearningMethod method) {
    return switch (method) {
      case POLICY_SEARCH ->
          new Hyperparameters(
              method, 0.05, 0.9, 0.3, 0.02, 0.9, 3200, 3600, 1, null, null, true, 24, 0.25, 2, 7);
      case Q_LINEAR ->
          new Hyperparameters(
              method, 0.02, 0.9, 0.2, 0.02, 0.9, 40, 3600, 5, null, null, true, 16, 0.25, 2, 7);
      case Q_TABLE ->
          new Hyperparameters(
              method, 0.1, 0.9, 0.3, 0.02, 0.93, 60, 3600, 5, null, null, true, 16, 0.25, 2, 7);
    };
  }

  /** Exploration rate of an episode (0-based). */
  public double exploration(int episode) {
    return Math.max(explorationEnd, explorationStart * Math.pow(explorationDecay, episode));
  }

  /** With another method, other fields unchanged. */
  public Hyperparameters withMethod(LearningMethod m) {
    return new Hyperparameters(
        m,
        learningRate,
        discount,
        explorationStart,
        explorationEnd,
        explorationDecay,
        episodes,
        episodeSeconds,
        decisionInterval,
        states,
        reward,
        randomise,
        population,
        eliteFraction,
        workers,
        seed);
  }

  /** With another seed. */
  public Hyperparameters withSeed(long s) {
    return new Hyperparameters(
        method,
        learningRate,
        discount,
        explorationStart,
        explorationEnd,
        explorationDecay,
        episodes,
        episodeSeconds,
        decisionInterval,
        states,
        reward,
        randomise,
        population,
        eliteFraction,
        workers,
        s);
  }

  /** With another episode budget. */
  public Hyperparameters withEpisodes(int n) {
    return new Hyperparameters(
        method,
        learningRate,
        discount,
        explorationStart,
        explorationEnd,
        explorationDecay,
        n,
        episodeSeconds,
        decisionInterval,
        states,
        reward,
        randomise,
        population,
        eliteFraction,
        workers,
        seed);
  }

  /** With another number of worker threads (results are the same). */
  public Hyperparameters withWorkers(int n) {
    return new Hyperparameters(
        method,
        learningRate,
        discount,
        explorationStart,
        explorationEnd,
        explorationDecay,
        episodes,
        episodeSeconds,
        decisionInterval,
        states,
        reward,
        randomise,
        population,
        eliteFraction,
        n,
        seed);
  }

  /** With Q-learning rates changed. */
  public Hyperparameters withLearning(double alpha, double gamma) {
    return new Hyperparameters(
        method,
        alpha,
        gamma,
        explorationStart,
        explorationEnd,
        explorationDecay,
        episodes,
        episodeSeconds,
        decisionInterval,
        states,
        reward,
        randomise,
        population,
        eliteFraction,
        workers,
        seed);
  }

  /** With another exploration schedule. */
  public Hyperparameters withExploration(double start, double end, double decay) {
    return new Hyperparameters(
        method,
        learningRate,
        discount,
        start,
        end,
        decay,
        episodes,
        episodeSeconds,
        decisionInterval,
        states,
        reward,
        randomise,
        population,
        eliteFraction,
        workers,
        seed);
  }

  /** With another decision interval. */
  public Hyperparameters withDecisionInterval(int seconds) {
    return new Hyperparameters(
        method,
        learningRate,
        discount,
        explorationStart,
        explorationEnd,
        explorationDecay,
        episodes,
        episodeSeconds,
        seconds,
        states,
        reward,
        randomise,
        population,
        eliteFraction,
        workers,
        seed);
  }

  /** With another state discretisation. */
  public Hyperparameters withStates(StateDiscretisation d) {
    return new Hyperparameters(
        method,
        learningRate,
        discount,
        explorationStart,
        explorationEnd,
        explorationDecay,
        episodes,
        episodeSeconds,
        decisionInterval,
        d,
        reward,
        randomise,
        population,
        eliteFraction,
        workers,
        seed);
  }

  /** With another reward. */
  public Hyperparameters withReward(Reward r) {
    return new Hyperparameters(
        method,
        learningRate,
        discount,
        explorationStart,
        explorationEnd,
        explorationDecay,
        episodes,
        episodeSeconds,
        decisionInterval,
        states,
        r,
        randomise,
        population,
        eliteFraction,
        workers,
        seed);
  }

  /** With or without scenario randomisation. */
  public Hyperparameters withRandomise(boolean r) {
    return new Hyperparameters(
        method,
        learningRate,
        discount,
        explorationStart,
        explorationEnd,
        explorationDecay,
        episodes,
        episodeSeconds,
        decisionInterval,
        states,
        reward,
        r,
        population,
        eliteFraction,
        workers,
        seed);
  }

  /** With another episode horizon. */
  public Hyperparameters withEpisodeSeconds(int s) {
    return new Hyperparameters(
        method,
        learningRate,
        discount,
        explorationStart,
        explorationEnd,
        explorationDecay,
        episodes,
        s,
        decisionInterval,
        states,
        reward,
        randomise,
        population,
        eliteFraction,
        workers,
        seed);
  }
}
