package io.greenwave.signal;

/**
 * Max-pressure control (Varaiya 2013): serve the phase whose movements have the largest pressure,
 * the saturation-flow-weighted difference between the vehicles waiting to use a movement and the
 * turn-weighted queue downstream of it.
 *
 * <p>What makes it work in practice rather than thrash clearance time: it re-decides every {@code
 * decisionInterval} seconds, the shield keeps min green, and a green whose queue is still
 * discharging is only cut by a phase whose pressure beats it by a switching penalty (about the
 * vehicles a change interval plus start-up lost time would cost). Once the green's queue has
 * cleared it moves to the highest-pressure phase. Optionally ({@code lookAhead}) vehicles
 * approaching within the detection horizon count as upstream; measured, this did not help.
 */
public final class MaxPressureController implements SignalController {
  private final int decisionInterval;
  private final double switchPenalty;
  private final boolean lookAhead;
  private double[] weights;

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
    var groups = context.intersection().laneGroups();
    double reference =
        groups.stream().mapToDouble(g -> g.saturationFlowPerLane()).max().orElse(1800);
    weights = new double[groups.size()];
    for (int g = 0; g < weights.length; g++) {
      weights[g] = groups.get(g).saturationFlowPerLane() / reference;
    }
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

  /**
   * Pressure of a phase in vehicles. Each lane group's term is weighted by its saturation flow
   * <em>per lane</em> relative to the highest, not by the whole group's flow: weighting by group
   * flow made a 2-lane through queue count double a 1-lane left queue and starved the left phases
   * (left delay 150-500 s/veh on the 4-phase test intersection, see docs/simulator.md).
   */
  double pressure(IntersectionState s, int phase) {
    double sum = 0;
    for (int g = 0; g < s.laneGroupCount(); g++) {
      if (s.phaseServes(phase, g)) {
        double upstream = s.queue(g) + (lookAhead ? s.approaching(g) : 0);
        double weight = upstream - s.downstreamQueue(g);
        sum += weights[g] * weight;
      }
    }
    return sum;
  }
}
