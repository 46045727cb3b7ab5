package io.greenwave.signal;

import io.greenwave.simulator.network.Intersection;

/**
 * What a controller knows before a run starts.
 *
 * @param intersection geometry, phases and timing limits; lane group {@code i} of the state is
 *     {@code intersection.laneGroups().get(i)} and phase {@code p} is {@code
 *     intersection.phases().get(p)}
 * @param expectedFlows expected demand per lane group, veh/h, in lane-group order (what a Webster
 *     plan is computed from; from the scenario's demand or from detector history)
 * @param websterPlan the Webster (1958) plan computed from {@code expectedFlows}, with green-wave
 *     offsets when the network is coordinated
 * @param fixedPlan the intersection's given fixed-time plan, or {@code websterPlan} when none is
 *     given: what the shield falls back to
 * @param seed seed of this run, for controllers that randomise (exploration)
 */
public record ControllerContext(
    Intersection intersection,
    double[] expectedFlows,
    SignalPlan websterPlan,
    SignalPlan fixedPlan,
    long seed) {

  public ControllerContext {
    expectedFlows = expectedFlows.clone();
  }

  /** Expected flow of one lane group, veh/h. */
  public double expectedFlow(int laneGroup) {
    return expectedFlows[laneGroup];
  }
}
