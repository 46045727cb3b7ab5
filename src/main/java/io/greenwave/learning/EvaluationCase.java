package io.greenwave.learning;

/**
 * The learned policy against the three baselines on one scenario, held-out seeds, mean delay s/veh.
 *
 * @param scenario label, e.g. {@code "four-phase v/c 0.75"}
 * @param learned mean delay under the learned policy
 * @param fixed mean delay under Webster fixed-time control
 * @param actuated mean delay under actuated control
 * @param maxPressure mean delay under max-pressure control
 * @param pValue paired t-test p-value of learned against the better of actuated and max-pressure
 * @param pValueFixed paired t-test p-value of learned against fixed-time
 * @param seeds number of held-out seeds
 * @param robustness whether this is a robustness case (judged by {@link #robustnessMet()})
 */
public record EvaluationCase(
    String scenario,
    double learned,
    double fixed,
    double actuated,
    double maxPressure,
    double pValue,
    double pValueFixed,
    int seeds,
    boolean robustness) {

  /** The verdict that applies to this case: the quality target, or robustness. */
  public boolean met() {
    return robustness ? robustnessMet() : targetMet();
  }

  /** The better (lower delay) of actuated and max-pressure. */
  public double bestAdaptive() {
    return Math.min(actuated, maxPressure);
  }

  /**
   * The quality target: at most 0.65 x fixed-time and at most 0.9 x the better adaptive
   * baseline, both significant at p < 0.05.
   */
  public boolean targetMet() {
    return learned <= 0.65 * fixed
        && learned <= 0.9 * bestAdaptive()
        && pValue < 0.05
        && pValueFixed < 0.05;
  }

  /** The robustness target: better than fixed-time (p < 0.05) and no worse than actuated. */
  public boolean robustnessMet() {
    return learned < fixed && pValueFixed < 0.05 && learned <= actuated;
  }
}
