package io.greenwave.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The safety envelope every controller of an intersection must respect: green between min and max,
 * a yellow and an all-red change interval between phases, and a cycle between its bounds. Seconds.
 */
@Embeddable
public class TimingLimits {
  @Column(name = "min_green_s", nullable = false)
  private int minGreen;

  @Column(name = "max_green_s", nullable = false)
  private int maxGreen;

  @Column(name = "yellow_s", nullable = false)
  private int yellow;

  @Column(name = "all_red_s", nullable = false)
  private int allRed;

  @Column(name = "cycle_min_s", nullable = false)
  private int cycleMin;

  @Column(name = "cycle_max_s", nullable = false)
  private int cycleMax;

  protected TimingLimits() {}

  public TimingLimits(
      int minGreen, int maxGreen, int yellow, int allRed, int cycleMin, int cycleMax) {
    this.minGreen = minGreen;
    this.maxGreen = maxGreen;
    this.yellow = yellow;
    this.allRed = allRed;
    this.cycleMin = cycleMin;
    this.cycleMax = cycleMax;
  }

  /** The reference defaults: 5/60 s green, 3 s yellow, 2 s all-red, cycle 30-150 s. */
  public static TimingLimits defaults() {
    return new TimingLimits(5, 60, 3, 2, 30, 150);
  }

  public int minGreen() {
    return minGreen;
  }

  public int maxGreen() {
    return maxGreen;
  }

  public int yellow() {
    return yellow;
  }

  public int allRed() {
    return allRed;
  }

  public int cycleMin() {
    return cycleMin;
  }

  public int cycleMax() {
    return cycleMax;
  }
}
