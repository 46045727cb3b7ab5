package io.greenwave.signal;

/**
 * A simple reference: every {@code decisionInterval} seconds give green to the phase with the most
 * queued vehicles, staying on ties. No look-ahead, no neighbours.
 */
public final class LongestQueueFirstController implements SignalController {
  private final int decisionInterval;

  /**
   * @param decisionInterval seconds between decisions
   */
  public LongestQueueFirstController(int decisionInterval) {
    this.decisionInterval = Math.max(1, decisionInterval);
  }

  /** Decides every 5 s. */
  public LongestQueueFirstController() {
    this(5);
  }

  @Override
  public String name() {
    return "longest-queue-first";
  }

  @Override
  public int decisionIntervalSeconds() {
    return decisionInterval;
  }

  @Override
  public void reset(ControllerContext context) {
    // Stateless.
  }

  @Override
  public int decide(IntersectionState s) {
    int best = s.currentPhase();
    int bestQueue = queue(s, best);
    for (int p = 0; p < s.phaseCount(); p++) {
      int q = queue(s, p);
      if (q > bestQueue) {
        best = p;
        bestQueue = q;
      }
    }
    return best;
  }

  private static int queue(IntersectionState s, int phase) {
    int sum = 0;
    for (int g = 0; g < s.laneGroupCount(); g++) {
      if (s.phaseServes(phase, g)) {
        sum += s.queue(g);
      }
    }
    return sum;
  }
}
