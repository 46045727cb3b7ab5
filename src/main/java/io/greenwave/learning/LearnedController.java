package io.greenwave.learning;

import io.greenwave.signal.ControllerContext;
import io.greenwave.signal.ControllerFactory;
import io.greenwave.signal.IntersectionState;
import io.greenwave.signal.SignalController;

/**
 * A trained {@link Policy} as a {@link SignalController}: it serves the phase the policy values
 * most, every decision interval. Like every controller it runs inside the simulator's safety
 * shield, which enforces min/max green and clearance intervals.
 */
public final class LearnedController implements SignalController {
  private final Policy policy;
  private final int intersection;

  /** Controls intersection {@code intersection} (network order) with the policy's agent for it. */
  public LearnedController(Policy policy, int intersection) {
    this.policy = policy;
    this.intersection = intersection;
  }

  /** A factory for every intersection of the network the policy was trained on. */
  public static ControllerFactory factory(Policy policy) {
    return i -> new LearnedController(policy, i);
  }

  @Override
  public String name() {
    return "learned";
  }

  @Override
  public void reset(ControllerContext context) {
    int phases = context.intersection().phases().size();
    int expected = policy.intersections().get(intersection).phases();
    if (phases != expected) {
      throw new IllegalArgumentException(
          "policy agent has " + expected + " phases, intersection has " + phases);
    }
  }

  @Override
  public int decide(IntersectionState state) {
    return policy.decide(intersection, state).phase();
  }

  @Override
  public int decisionIntervalSeconds() {
    return policy.decisionInterval();
  }
}
