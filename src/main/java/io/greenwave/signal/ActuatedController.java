package io.greenwave.signal;

/**
 * Fully actuated control as field controllers do it: a green is extended while vehicles keep
 * arriving within the passage time of the stop line (or a queue is still discharging); it ends by
 * <em>gap-out</em> when no vehicle is within the passage time, or by <em>max-out</em> at the
 * phase's maximum green. It then serves the next phase in order that has a call (a queued or
 * approaching vehicle), skipping phases without demand, and rests in green when nobody else calls.
 *
 * <p>Maximum greens are the Webster greens times {@code maxGreenFactor}, within the timing limits,
 * which is how practitioners usually set them.
 */
public final class ActuatedController implements SignalController {
  private final int passageTime;
  private final double maxGreenFactor;
  private int[] maxGreens;

  /**
   * @param passageTime seconds a vehicle extends the green (typically 2-4 s)
   * @param maxGreenFactor max green as a multiple of the Webster green (1.25-1.5 in practice)
   */
  public ActuatedController(int passageTime, double maxGreenFactor) {
    this.passageTime = passageTime;
    this.maxGreenFactor = maxGreenFactor;
  }

  /**
   * Passage time 1 s and max green equal to the Webster green: the best of the settings swept on
   * the 4-phase test intersection at v/c 0.75 and 0.9 (see docs/simulator.md).
   */
  public ActuatedController() {
    this(1, 1.0);
  }

  @Override
  public String name() {
    return "actuated";
  }

  @Override
  public void reset(ControllerContext context) {
    var timing = context.intersection().timing();
    SignalPlan webster = context.websterPlan();
    maxGreens = new int[webster.greens().length];
    for (int p = 0; p < maxGreens.length; p++) {
      int max = (int) Math.round(webster.green(p) * maxGreenFactor);
      maxGreens[p] = Math.max(timing.minGreen(), Math.min(timing.maxGreen(), max));
    }
  }

  @Override
  public int decide(IntersectionState s) {
    int current = s.currentPhase();
    boolean maxedOut = s.timeInPhase() >= maxGreens[current];
    if (!maxedOut && extends_(s, current)) {
      return current;
    }
    int n = s.phaseCount();
    for (int k = 1; k < n; k++) {
      int p = (current + k) % n;
      if (hasCall(s, p)) {
        return p;
      }
    }
    return current;
  }

  private boolean extends_(IntersectionState s, int phase) {
    for (int g = 0; g < s.laneGroupCount(); g++) {
      if (s.phaseServes(phase, g) && (s.queue(g) > 0 || s.secondsToNextArrival(g) <= passageTime)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasCall(IntersectionState s, int phase) {
    for (int g = 0; g < s.laneGroupCount(); g++) {
      if (s.phaseServes(phase, g) && (s.queue(g) > 0 || s.approaching(g) > 0)) {
        return true;
      }
    }
    return false;
  }
}
