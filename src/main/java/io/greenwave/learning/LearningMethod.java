package io.greenwave.learning;

/** How a policy is learned. */
public enum LearningMethod {
  /** Q-learning on a table over the discretised state (see {@code StateDiscretisation}). */
  Q_TABLE,
  /** Q-learning with linear function approximation over phase features. */
  Q_LINEAR,
  /**
   * Direct policy search: the cross-entropy method tunes the same linear phase scores as {@link
   * #Q_LINEAR}, judging candidates by the mean delay of whole simulated episodes.
   */
  POLICY_SEARCH
}
