package io.greenwave.simulator.demand;

/**
 * One piece of a piecewise-constant demand profile: from {@code fromSecond} on (until the next
 * segment) the entry flow is multiplied by {@code factor}. Daily peaks or a profile derived from
 * detector readings are expressed as a list of segments.
 */
public record ProfileSegment(int fromSecond, double factor) {
  public ProfileSegment {
    if (fromSecond < 0 || factor < 0) {
      throw new IllegalArgumentException("profile segments need fromSecond >= 0 and factor >= 0");
    }
  }
}
