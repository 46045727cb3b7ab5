package io.greenwave.learning.model;

import io.greenwave.signal.IntersectionState;

/**
 * Estimated long-run value of serving each phase in a state, {@code Q(s, p)}: the higher, the
 * better. The greedy decision serves the phase with the highest value.
 *
 * <p>Learning updates go through {@link #capture} and {@link #moveCaptured}: the state is a reused
 * view, so what an update needs (a table row, a feature vector) is copied when the action is taken
 * and used when its reward is known, one decision later.
 *
 * <p>{@link #values} is thread-safe (a deployed policy serves concurrent requests); learning
 * updates are not, so parallel training works on {@link #copy() copies}.
 */
public interface ActionValues {

  /** Fills {@code out[p]} with the value of serving phase {@code p}, for every phase. */
  void values(IntersectionState s, double[] out);

  /** Remembers the state-action pair the next {@link #moveCaptured} updates. */
  void capture(IntersectionState s, int phase);

  /** Moves the captured {@code Q(s, a)} towards {@code target} by step size {@code alpha}. */
  void moveCaptured(double target, double alpha);

  /** All parameters, live (averaging workers and policy search write them). */
  double[] parameters();

  /** An independent copy. */
  ActionValues copy();
}
