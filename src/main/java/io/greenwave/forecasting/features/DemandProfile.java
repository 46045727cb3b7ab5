package io.greenwave.forecasting.features;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.List;

/**
 * The historical mean count of each lane group in each interval of the day, separately for
 * weekdays, Saturdays and Sundays: the "typical day" that traffic engineers plan with, and the
 * historical-average baseline. Weekdays are pooled because they share a shape, which gives five
 * times more samples per slot than a per-weekday mean. Public holidays are not modelled.
 */
public final class DemandProfile implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int DAY_TYPES = 3;

  private final IntervalClock clock;
  private final double[] sums;
  private final int[] counts;

  private DemandProfile(IntervalClock clock, int laneGroups) {
    this.clock = clock;
    this.sums = new double[laneGroups * DAY_TYPES * clock.slotsPerDay()];
    this.counts = new int[sums.length];
  }

  /** The profile of the readings in slots {@code [from, to)}. */
  public static DemandProfile of(
      IntersectionHistory history, List<String> laneGroups, long from, long to) {
    DemandProfile p = new DemandProfile(history.clock(), laneGroups.size());
    for (int g = 0; g < laneGroups.size(); g++) {
      ReadingSeries s = history.series(laneGroups.get(g));
      for (long slot = from; slot < to; slot++) {
        double c = s.count(slot);
        if (!Double.isNaN(c)) {
          int i = p.index(g, slot);
          p.sums[i] += c;
          p.counts[i]++;
        }
      }
    }
    return p;
  }

  /** The mean count of lane group {@code g} for the slot's time of day and day type, or NaN. */
  public double mean(int g, long slot) {
    int i = index(g, slot);
    return counts[i] == 0 ? Double.NaN : sums[i] / counts[i];
  }

  /**
   * The mean leaving out one observation that went into it: a training row must not see its own
   * target through the profile (a leave-one-out mean), or the learner over-trusts the profile.
   */
  public double meanWithout(int g, long slot, double observed) {
    int i = index(g, slot);
    return counts[i] <= 1 ? Double.NaN : (sums[i] - observed) / (counts[i] - 1);
  }

  private int index(int g, long slot) {
    return (g * DAY_TYPES + dayType(clock.dayOfWeek(slot))) * clock.slotsPerDay()
        + clock.slotOfDay(slot);
  }

  private static int dayType(DayOfWeek d) {
    return switch (d) {
      case SATURDAY -> 1;
      case SUNDAY -> 2;
      default -> 0;
    };
  }
}
