package io.greenwave.learning.training;

/**
 * Asked between training steps whether to stop. A cancelled run returns the policy learned so far
 * (a job API can still store or discard it).
 */
@FunctionalInterface
public interface Cancellation {
  /** Never cancels. */
  Cancellation NEVER = () -> false;

  /** Whether training should stop now. */
  boolean isCancelled();
}
