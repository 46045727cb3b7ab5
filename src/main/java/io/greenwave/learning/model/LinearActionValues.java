package io.greenwave.learning.model;

import io.greenwave.signal.IntersectionState;

/**
 * Linear function approximation: {@code Q(s, p) = w . phi(s, p)} with the {@link PhaseFeatures}
 * {@code phi}. One weight vector serves every phase, so what is learned about one phase (a long
 * queue is worth serving) transfers to the others and to intersections of other geometry.
 */
public final class LinearActionValues implements ActionValues {
  private final double[] weights;
  private final double[] captured = new double[PhaseFeatures.COUNT];

  /** Starts from the given weights (copied). */
  public LinearActionValues(double[] weights) {
    if (weights.length != PhaseFeatures.COUNT) {
      throw new IllegalArgumentException(
          "expected " + PhaseFeatures.COUNT + " weights, got " + weights.length);
    }
    this.weights = weights.clone();
  }

  /**
   * A neutral starting point: serving vehicles that wait is good, switching costs a little. It only
   * breaks the symmetry of all-zero weights; learning moves it.
   */
  public static LinearActionValues prior() {
    double[] w = new double[PhaseFeatures.COUNT];
    w[0] = -0.5;
    w[1] = 1.0;
    w[4] = 0.5;
    return new LinearActionValues(w);
  }

  @Override
  public void values(IntersectionState s, double[] out) {
    // A local buffer keeps decisions thread-safe for a deployed policy (11 doubles, no GC cost).
    double[] features = new double[PhaseFeatures.COUNT];
    for (int p = 0; p < s.phaseCount(); p++) {
      PhaseFeatures.compute(s, p, features);
      out[p] = dot(features);
    }
  }

  private double dot(double[] f) {
    double v = 0;
    for (int k = 0; k < f.length; k++) {
      v += weights[k] * f[k];
    }
    return v;
  }

  @Override
  public void capture(IntersectionState s, int phase) {
    PhaseFeatures.compute(s, phase, captured);
  }

  @Override
  public void moveCaptured(double target, double alpha) {
    double error = target - dot(captured);
    // Normalised step (NLMS): keeps the update stable whatever the feature magnitudes.
    double norm = 1;
    for (double f : captured) {
      norm += f * f;
    }
    for (int k = 0; k < weights.length; k++) {
      weights[k] += alpha * error * captured[k] / norm;
    }
  }

  @Override
  public double[] parameters() {
    return weights;
  }

  @Override
  public LinearActionValues copy() {
    return new LinearActionValues(weights);
  }
}
