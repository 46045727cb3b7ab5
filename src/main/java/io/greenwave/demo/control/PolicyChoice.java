package io.greenwave.demo.control;

import io.greenwave.learning.Policy;

/**
 * The learned policy that controls one intersection of the demo, and where it comes from.
 *
 * @param policy the trained policy
 * @param agent index of the policy's agent for this intersection ({@link Policy#intersections()})
 * @param label what the page says is running, e.g. "model registry: iso-1 v3" or "bundled demo
 *     policy"
 */
public record PolicyChoice(Policy policy, int agent, String label) {}
