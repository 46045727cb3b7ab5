package io.greenwave.demo.control;

/**
 * Both sides measured at the same simulated second.
 *
 * @param time simulated second
 * @param baseline the left side (fixed time or actuated)
 * @param greenwave the right side
 * @param learned whether the learned policy controlled the right side (false: ML switched off, the
 *     right side ran the Webster plan)
 */
public record DemoSample(int time, SidePoint baseline, SidePoint greenwave, boolean learned) {}
