package io.greenwave.ml.control;

import io.greenwave.network.entity.TimingLimits;
import io.greenwave.signal.IntersectionState;

/**
 * The safety rules every answer obeys, whoever proposed it: a phase keeps green for at least min
 * green and at most max green, and a granted green lies within the limits. (Yellow and all-red are
 * the field controller's to insert between phases; the answer states the phase to serve next.) Also
 * the classic fallback that answers when no learned policy can: serve the phase with the most
 * queued vehicles weighted by saturation flow, for the green its queue needs to clear.
 */
public final class TimingGuard {
  private TimingGuard() {}

  /** A decision after the rules: phase, green seconds, and whether the rules changed it. */
  public record Guarded(int phase, int greenSeconds, boolean constrained) {}

  public static Guarded apply(
      TimingLimits limits, IntersectionState s, int proposedPhase, int proposedGreen) {
    int current = s.currentPhase();
    int phase = proposedPhase;
    boolean constrained = false;
    if (phase != current && s.timeInPhase() < limits.minGreen()) {
      phase = current;
      constrained = true;
    } else if (phase == current && s.timeInPhase() >= limits.maxGreen() && s.phaseCount() > 1) {
      phase = busiestOther(s, current);
      constrained = true;
    }
    int green = Math.max(limits.minGreen(), Math.min(limits.maxGreen(), proposedGreen));
    if (phase == current) {
      green = Math.max(1, Math.min(green, limits.maxGreen() - s.timeInPhase()));
      green = Math.max(green, Math.max(0, limits.minGreen() - s.timeInPhase()));
    }
    return new Guarded(phase, green, constrained || green != proposedGreen);
  }

  /** The fallback rule: queue × saturation flow decides, the queue's clearance time sets green. */
  public static Guarded fallback(TimingLimits limits, IntersectionState s) {
    int best = s.currentPhase();
    double bestPressure = pressure(s, best);
    for (int p = 0; p < s.phaseCount(); p++) {
      double pressure = pressure(s, p);
      if (pressure > bestPressure * 1.2 + 1e-9) {
        best = p;
        bestPressure = pressure;
      }
    }
    int green = (int) Math.ceil(2 + clearanceSeconds(s, best));
    return apply(limits, s, best, green);
  }

  private static double pressure(IntersectionState s, int phase) {
    double sum = 0;
    for (int g = 0; g < s.laneGroupCount(); g++) {
      if (s.phaseServes(phase, g)) {
        sum += (s.queue(g) + s.approaching(g)) * s.saturationFlowPerSecond(g);
      }
    }
    return sum;
  }

  private static double clearanceSeconds(IntersectionState s, int phase) {
    double longest = 0;
    for (int g = 0; g < s.laneGroupCount(); g++) {
      if (s.phaseServes(phase, g) && s.saturationFlowPerSecond(g) > 0) {
        longest = Math.max(longest, (s.queue(g) + s.approaching(g)) / s.saturationFlowPerSecond(g));
      }
    }
    return longest;
  }

  private static int busiestOther(IntersectionState s, int current) {
    int best = (current + 1) % s.phaseCount();
    for (int p = 0; p < s.phaseCount(); p++) {
      if (p != current && pressure(s, p) > pressure(s, best)) {
        best = p;
      }
    }
    return best;
  }
}
