package io.greenwave.learning;

/**
 * One point of a training curve.
 *
 * @param episodes simulated episodes so far
 * @param seconds wall-clock seconds of training so far
 * @param meanDelay mean delay (s/veh) of the greedy policy on the validation episodes
 */
public record CurvePoint(int episodes, double seconds, double meanDelay) {}
