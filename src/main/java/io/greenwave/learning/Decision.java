package io.greenwave.learning;

/**
 * A policy's decision for one intersection state.
 *
 * @param phase index of the phase to serve (the current one to extend its green)
 * @param greenSeconds suggested green for that phase from now: the time to clear its longest queue
 *     at saturation flow plus start-up lost time, within min/max green (for the current phase, what
 *     is left of it, at least one decision interval). The policy re-decides every decision
 *     interval, so this is an estimate for display and for field controllers that need a duration.
 * @param confidence in [0, 1]: {@code m / (m + s)} where {@code m} is the margin between the best
 *     and the second-best action value and {@code s} the policy's median margin over a validation
 *     episode; 0 when two phases tie, 0.5 for a typical decision, towards 1 for a clear-cut one. 1
 *     when the intersection has a single phase.
 * @param values the action value of every phase
 */
public record Decision(int phase, int greenSeconds, double confidence, double[] values) {}
