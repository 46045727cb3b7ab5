package io.greenwave.forecasting.features;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/**
 * The attributes a forecaster sees for one lane group and one target interval:
 *
 * <ul>
 *   <li>{@code laneGroup} (nominal): one model serves all lane groups of an intersection;
 *   <li>{@code todSin}, {@code todCos}: local time of day on a circle, so 23:45 is next to 00:00;
 *   <li>{@code dayOfWeek} (nominal) and {@code weekend} (0/1);
 *   <li>{@code lag1..lag4}: counts of the four intervals before the target;
 *   <li>{@code yesterday}, {@code lastWeek}: the same interval one day and one week before;
 *   <li>{@code rollingMean}: mean of the counts available among the last {@value #ROLLING}
 *       intervals;
 *   <li>{@code profile}: the historical mean of this interval of the day for the day type;
 *   <li>{@code recentLevel}: the last four counts relative to the profile of those intervals, i.e.
 *       how busy today is compared with a typical day (weather, events, incidents);
 *   <li>{@code count}: the target, vehicles in the interval.
 * </ul>
 *
 * Any input that is not known (a gap in the readings) is a Weka missing value, never zero; the
 * learners then use their own missing-value handling and the forecast reports it.
 */
public final class FeatureSchema implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Intervals averaged by {@code rollingMean}. */
  public static final int ROLLING = 8;

  /** Number of lag attributes. */
  public static final int LAGS = 4;

  static final int LANE_GROUP = 0;
  static final int TOD_SIN = 1;
  static final int TOD_COS = 2;
  static final int DAY_OF_WEEK = 3;
  static final int WEEKEND = 4;
  static final int LAG1 = 5;
  static final int YESTERDAY = LAG1 + LAGS;
  static final int LAST_WEEK = YESTERDAY + 1;
  static final int ROLLING_MEAN = LAST_WEEK + 1;
  static final int PROFILE = ROLLING_MEAN + 1;
  static final int RECENT_LEVEL = PROFILE + 1;
  static final int TARGET = RECENT_LEVEL + 1;

  private final List<String> laneGroups;
  private final IntervalClock clock;
  private final DemandProfile profile;
  private final Instances header;

  public FeatureSchema(List<String> laneGroups, IntervalClock clock, DemandProfile profile) {
    this.laneGroups = List.copyOf(laneGroups);
    this.clock = clock;
    this.profile = profile;
    this.header = header(this.laneGroups);
  }

  private static Instances header(List<String> laneGroups) {
    ArrayList<Attribute> a = new ArrayList<>();
    a.add(new Attribute("laneGroup", laneGroups));
    a.add(new Attribute("todSin"));
    a.add(new Attribute("todCos"));
    a.add(new Attribute("dayOfWeek", Arrays.stream(DayOfWeek.values()).map(Enum::name).toList()));
    a.add(new Attribute("weekend"));
    for (int k = 1; k <= LAGS; k++) {
      a.add(new Attribute("lag" + k));
    }
    a.add(new Attribute("yesterday"));
    a.add(new Attribute("lastWeek"));
    a.add(new Attribute("rollingMean"));
    a.add(new Attribute("profile"));
    a.add(new Attribute("recentLevel"));
    a.add(new Attribute("count"));
    Instances h = new Instances("demand", a, 0);
    h.setClassIndex(TARGET);
    return h;
  }

  /** An empty dataset with these attributes, class set, with room for {@code capacity} rows. */
  public Instances dataset(int capacity) {
    return new Instances(header, capacity);
  }

  public List<String> laneGroups() {
    return laneGroups;
  }

  public IntervalClock clock() {
    return clock;
  }

  public DemandProfile profile() {
    return profile;
  }

  /**
   * The attribute values for lane group {@code g} and the interval {@code target}, the class left
   * missing. {@code counts} must answer only what is known at forecast time.
   *
   * @param profileValue the profile value to use (a leave-one-out mean for training rows)
   */
  public double[] values(int g, long target, CountLookup counts, double profileValue) {
    double[] v = new double[TARGET + 1];
    double angle = 2 * Math.PI * clock.slotOfDay(target) / clock.slotsPerDay();
    DayOfWeek day = clock.dayOfWeek(target);
    v[LANE_GROUP] = g;
    v[TOD_SIN] = Math.sin(angle);
    v[TOD_COS] = Math.cos(angle);
    v[DAY_OF_WEEK] = day.ordinal();
    v[WEEKEND] = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? 1 : 0;
    double lagSum = 0;
    double profileSum = 0;
    for (int k = 1; k <= LAGS; k++) {
      double c = counts.count(target - k);
      v[LAG1 + k - 1] = c;
      double p = profile.mean(g, target - k);
      if (!Double.isNaN(c) && !Double.isNaN(p)) {
        lagSum += c;
        profileSum += p;
      }
    }
    v[YESTERDAY] = counts.count(target - clock.slotsPerDay());
    v[LAST_WEEK] = counts.count(target - clock.slotsPerWeek());
    v[ROLLING_MEAN] = rollingMean(target, counts);
    v[PROFILE] = profileValue;
    v[RECENT_LEVEL] = profileSum > 0 ? lagSum / profileSum : Double.NaN;
    v[TARGET] = Double.NaN;
    return v;
  }

  /** The values with the profile of the target interval. */
  public double[] values(int g, long target, CountLookup counts) {
    return values(g, target, counts, profile.mean(g, target));
  }

  /** A Weka instance of {@code values}, attached to this schema's header. */
  public Instance instance(double[] values) {
    Instance i = new DenseInstance(1.0, values);
    i.setDataset(header);
    return i;
  }

  /** How many of the recent inputs (lags and rolling mean) are missing in {@code values}. */
  public static int missingRecentInputs(double[] values) {
    int missing = 0;
    for (int k = LAG1; k < LAG1 + LAGS; k++) {
      missing += Double.isNaN(values[k]) ? 1 : 0;
    }
    return missing + (Double.isNaN(values[ROLLING_MEAN]) ? 1 : 0);
  }

  private static double rollingMean(long target, CountLookup counts) {
    double sum = 0;
    int n = 0;
    for (int k = 1; k <= ROLLING; k++) {
      double c = counts.count(target - k);
      if (!Double.isNaN(c)) {
        sum += c;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }
}
