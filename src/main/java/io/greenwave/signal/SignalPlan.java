package io.greenwave.signal;

import java.util.Arrays;

/**
 * A fixed-time plan: the cycle runs the phases in order, each for its green then yellow and
 * all-red. The cycle equals the sum of greens plus one change interval per phase.
 *
 * @param greens displayed green per phase, seconds
 * @param changeInterval yellow plus all-red, seconds
 * @param offset seconds from time zero to the start of phase 0's green (coordination)
 */
public record SignalPlan(int[] greens, int changeInterval, int offset) {

  public SignalPlan {
    greens = greens.clone();
    if (greens.length == 0 || Arrays.stream(greens).anyMatch(g -> g < 1)) {
      throw new IllegalArgumentException("every phase needs a green of at least 1 s");
    }
  }

  /** Cycle length, seconds. */
  public int cycle() {
    return Arrays.stream(greens).sum() + greens.length * changeInterval;
  }

  /** Green of one phase, seconds. */
  public int green(int phase) {
    return greens[phase];
  }

  /** This plan shifted to another offset. */
  public SignalPlan withOffset(int newOffset) {
    return new SignalPlan(greens, changeInterval, newOffset);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SignalPlan p
        && Arrays.equals(greens, p.greens)
        && changeInterval == p.changeInterval
        && offset == p.offset;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(greens) + changeInterval * 7 + offset;
  }

  @Override
  public String toString() {
    return "SignalPlan[cycle=" + cycle() + ", greens=" + Arrays.toString(greens) + "]";
  }
}
