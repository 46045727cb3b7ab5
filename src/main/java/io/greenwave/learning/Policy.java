package io.greenwave.learning;

import io.greenwave.signal.IntersectionState;
import java.util.List;

/**
 * A trained signal policy: the artifact a training run produces, stores and deploys. It holds one
 * agent per intersection of the training scenario, the hyperparameters, the training curve and the
 * evaluation against the baselines. {@link #toBytes()} / {@link #fromBytes(byte[])} give a compact
 * binary form (see {@link PolicyCodec}).
 *
 * <p>{@link #decide(int, IntersectionState)} is thread-safe and takes microseconds: it evaluates
 * the action values of each phase (a table lookup or an 11-feature dot product per phase).
 *
 * @param scenarioName the scenario trained on
 * @param hyperparameters how it was trained
 * @param intersections one agent per intersection, in network order
 * @param confidenceScale the median action-value margin on a validation episode (see {@link
 *     Decision#confidence()})
 * @param trainingSeconds wall-clock training time
 * @param curve training curve
 * @param evaluation comparison with the baselines (empty until evaluated)
 */
public record Policy(
    String scenarioName,
    Hyperparameters hyperparameters,
    List<IntersectionPolicy> intersections,
    double confidenceScale,
    double trainingSeconds,
    List<CurvePoint> curve,
    List<EvaluationCase> evaluation) {

  public Policy {
    intersections = List.copyOf(intersections);
    curve = List.copyOf(curve);
    evaluation = List.copyOf(evaluation);
  }

  /** How the policy was learned. */
  public LearningMethod method() {
    return hyperparameters.method();
  }

  /** Seconds between two decisions. */
  public int decisionInterval() {
    return hyperparameters.decisionInterval();
  }

  /** The decision for the only (or first) intersection. */
  public Decision decide(IntersectionState state) {
    return decide(0, state);
  }

  /** The decision of intersection {@code index} (network order) in the given state. */
  public Decision decide(int index, IntersectionState s) {
    IntersectionPolicy agent = intersections.get(index);
    int n = s.phaseCount();
    double[] values = new double[n];
    agent.values().values(s, values);
    int best = 0;
    for (int p = 1; p < n; p++) {
      if (values[p] > values[best]) {
        best = p;
      }
    }
    double margin = margin(values, best);
    double confidence = n == 1 ? 1 : margin / (margin + Math.max(1e-9, confidenceScale));
    return new Decision(best, greenSeconds(agent, s, best), confidence, values);
  }

  /** The best value minus the second best, >= 0 (infinite for a single phase). */
  static double margin(double[] values, int best) {
    double second = Double.NEGATIVE_INFINITY;
    for (int p = 0; p < values.length; p++) {
      if (p != best) {
        second = Math.max(second, values[p]);
      }
    }
    return values[best] - second;
  }

  private int greenSeconds(IntersectionPolicy agent, IntersectionState s, int phase) {
    double clear = 0;
    for (int g = 0; g < s.laneGroupCount(); g++) {
      if (s.phaseServes(phase, g)) {
        clear = Math.max(clear, s.queue(g) / Math.max(0.05, s.saturationFlowPerSecond(g)));
      }
    }
    int total = (int) Math.ceil(clear) + 2;
    int bounded = Math.max(agent.minGreen(), Math.min(agent.maxGreen(), total));
    if (phase == s.currentPhase()) {
      return Math.max(decisionInterval(), bounded - s.timeInPhase());
    }
    return bounded;
  }

  /** This policy with an evaluation attached. */
  public Policy withEvaluation(List<EvaluationCase> cases) {
    return new Policy(
        scenarioName,
        hyperparameters,
        intersections,
        confidenceScale,
        trainingSeconds,
        curve,
        cases);
  }

  /** This policy with a confidence scale. */
  public Policy withConfidenceScale(double scale) {
    return new Policy(
        scenarioName, hyperparameters, intersections, scale, trainingSeconds, curve, evaluation);
  }

  /** The compact binary form. */
  public byte[] toBytes() {
    return PolicyCodec.encode(this);
  }

  /** Reads the binary form written by {@link #toBytes()}. */
  public static Policy fromBytes(byte[] bytes) {
    return PolicyCodec.decode(bytes);
  }
}
