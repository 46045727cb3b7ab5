package io.greenwave.signal;

/**
 * Max-pressure control (Varaiya 2013): serve the phase whose movements have the largest pressure,
 * the saturation-flow-weighted difference between the vehicles waiting to use a movement and the
 * turn-weighted queue downstream of it.
 *
 * <p>Three things make it work in practice rather than thrash clearance time: it re-decides only
 * every {@code decisionInterval} seconds, the shield keeps min green, and it only switches when the
 * best phase beats the current one by a switching penalty (the vehicles the change interval would
 * cost). Upstream vehicles include those approaching within the detection horizon, so that it does
 * not cut a platoon about to arrive.
 */
public final class MaxPressureController implements SignalController {
  private final int decisionInterval;
  private final double switchPenalty;
  private final boolean lookAhead;
  private double referenceRate;

  /**
   * @param decisionInterval seconds between decisions (5-10 in the literature)
   * @param switchPenalty extra pressure, in vehicles, a phase needs to take over the green
   */
  public MaxPressureController(int decisionInterval, double switchPenalty) {
    this(decisionInterval, switchPenalty, true);
  }

  /**
   * @param decisionInterval seconds between decisions (5-10 in the literature)
   * @param switchPenalty extra pressure, in vehicles, a phase needs to take over the green
   * @param lookAhead whether vehicles approaching within the detection horizon count upstream
   */
  public MaxPressureController(int decisionInterval, double switchPenalty, boolean lookAhead) {
    this.decisionInterval = Math.max(1, decisionInterval);
    this.switchPenalty = switchPenalty;
    this.lookAhead = lookAhead;
  }

  /** Decision every second, switching penalty 20 vehicles, no look-ahead (best swept setting). */
  public MaxPressureController() {
    this(1, 20, false);
  }

  @Override
  public String name() {
    return "max-pressure";
  }

  @Override
  public int decisionIntervalSeconds() {
    return decisionInterval;
  }

  @Override
  public void reset(ControllerContext context) {
    referenceRate =
        context.intersection().laneGroups().stream()
                .mapToDouble(g -> g.saturationFlow())
                .max()
                .orElse(1800)
            / 3600.0;
  }

  @Override
  public int decide(IntersectionState s) {
    int current = s.currentPhase();
    int best = current;
    double bestPressure = Double.NEGATIVE_INFINITY;
    for (int p = 0; p < s.phaseCount(); p++) {
      double pressure = pressure(s, p);
      if (p != current && pressure > bestPressure) {
        best = p;
        bestPressure = pressure;
      }
    }
    if (best == current || bestPressure <= 0) {
      return current;
    }
    double currentPressure = pressure(s, current);
    if (discharging(s, current)) {
      // A queue still discharging at saturation flow is the cheapest service there is: only a
      // phase whose pressure beats it by the switching penalty may cut it.
      return bestPressure > currentPressure + switchPenalty ? best : current;
    }
    return bestPressure > currentPressure ? best : current;
  }

  /** Whether a served lane group has a queue that can move, or a vehicle about to arrive. */
  private static boolean discharging(IntersectionState s, int phase) {
    for (int g = 0; g < s.laneGroupCount(); g++) {
      if (s.phaseServes(phase, g)
          && s.downstreamSpace(g) > 0
          && (s.queue(g) > 0 || s.secondsToNextArrival(g) <= 1)) {
        return true;
      }
    }
    return false;
  }

  /** Pressure of a phase in vehicles, weighted by saturation flow relative to the largest group. */
  double pressure(IntersectionState s, int phase) {
    double sum = 0;
    for (int g = 0; g < s.laneGroupCount(); g++) {
      if (s.phaseServes(phase, g)) {
        double upstream = s.queue(g) + (lookAhead ? s.approaching(g) : 0);
        double weight = upstream - s.downstreamQueue(g);
        sum += s.saturationFlowPerSecond(g) / referenceRate * weight;
      }
    }
    return sum;
  }
}
