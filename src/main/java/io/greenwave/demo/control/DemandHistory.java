package io.greenwave.demo.control;

import io.greenwave.readings.entity.Reading;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates the detector history of one lane group: a weekday profile with an AM and a PM peak
 * (inbound approaches heavier in the morning, outbound in the evening), a broad midday weekend
 * profile, day-to-day variation, Poisson counting noise, and queue, occupancy and speed derived
 * from the degree of saturation. Deterministic for a seed.
 */
public final class DemandHistory {
  /** Cycle and green share assumed when deriving queue and occupancy from flow. */
  static final double CYCLE_S = 90;

  static final double GREEN_SHARE = 0.42;
  static final double FREE_SPEED_KMH = 50;

  /** Effective length a vehicle occupies a presence detector: car plus loop, metres. */
  static final double DETECTED_LENGTH_M = 6.5;

  private final int peakVolume;
  private final int lanes;
  private final int saturationFlowPerLane;
  private final char approach;
  private final SplittableRandom random;

  /** Anomalies to weave in: an incident window and a detector outage window (may be null). */
  public record Anomalies(Window incident, Window outage) {
    public static Anomalies none() {
      return new Anomalies(null, null);
    }
  }

  /** A half-open time window. */
  public record Window(OffsetDateTime from, OffsetDateTime to) {
    boolean contains(OffsetDateTime t) {
      return !t.isBefore(from) && t.isBefore(to);
    }
  }

  public DemandHistory(
      int peakVolume, int lanes, int saturationFlowPerLane, char approach, long seed) {
    this.peakVolume = peakVolume;
    this.lanes = lanes;
    this.saturationFlowPerLane = saturationFlowPerLane;
    this.approach = approach;
    this.random = new SplittableRandom(seed);
  }

  /**
   * @return readings every {@code intervalSeconds} from {@code from} (inclusive) to {@code to}
   *     (exclusive), skipping the outage window
   */
  public List<Reading> generate(
      String laneGroup,
      OffsetDateTime from,
      OffsetDateTime to,
      int intervalSeconds,
      Anomalies anomalies) {
    List<Reading> readings = new ArrayList<>();
    double dayFactor = 1;
    int day = -1;
    for (OffsetDateTime t = from; t.isBefore(to); t = t.plusSeconds(intervalSeconds)) {
      if (t.getDayOfYear() != day) {
        day = t.getDayOfYear();
        dayFactor = 1 + 0.06 * gaussian();
      }
      if (anomalies.outage() != null && anomalies.outage().contains(t)) {
        continue;
      }
      boolean incident = anomalies.incident() != null && anomalies.incident().contains(t);
      readings.add(reading(laneGroup, t, intervalSeconds, dayFactor, incident));
    }
    return readings;
  }

  private Reading reading(
      String laneGroup, OffsetDateTime t, int seconds, double dayFactor, boolean incident) {
    double hour = t.getHour() + t.getMinute() / 60.0 + seconds / 7200.0;
    double flow = peakVolume * profile(t.getDayOfWeek(), hour) * dayFactor;
    if (incident) {
      flow *= 0.4;
    }
    double expected = Math.max(0, flow * seconds / 3600.0);
    int count = poisson(expected);
    double capacity = saturationFlowPerLane * lanes * GREEN_SHARE;
    double x = Math.min(incident ? 1.3 : 0.98, (count * 3600.0 / seconds) / capacity);
    // An incident blocks the discharge: the queue grows towards what the link can store.
    double queue =
        incident ? lanes * (12 + 6 * random.nextDouble()) : meanQueue(count * 3600.0 / seconds, x);
    double speed =
        FREE_SPEED_KMH * (1 - 0.55 * Math.pow(Math.min(x, 1), 3)) * (incident ? 0.35 : 1);
    double occupancy =
        Math.min(
            100,
            (count * 3600.0 / seconds / lanes) / 3600.0 * DETECTED_LENGTH_M / (speed / 3.6) * 100
                + Math.min(queue / lanes, 10) * 4);
    return new Reading(
        laneGroup,
        t,
        seconds,
        count,
        round(queue * (1 + 0.1 * gaussian())),
        round(Math.max(0, occupancy * (1 + 0.05 * gaussian()))),
        round(Math.max(3, speed * (1 + 0.04 * gaussian()))));
  }

  /** Share of the peak-hour volume at an hour of the day (0-24, fractional). */
  double profile(DayOfWeek day, double hour) {
    boolean inbound = approach == 'N' || approach == 'W';
    if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
      double weekend = 0.07 + 0.58 * bump(hour, 13.5, 3.2);
      return day == DayOfWeek.SUNDAY ? weekend * 0.8 : weekend;
    }
    double am = bump(hour, 8.0, 0.9) * (inbound ? 1.0 : 0.75);
    double pm = bump(hour, 17.3, 1.3) * (inbound ? 0.8 : 1.0);
    double midday = 0.5 * bump(hour, 12.8, 2.4);
    double night = 0.05 + 0.05 * bump(hour, 21, 2);
    return Math.min(1.05, night + Math.max(Math.max(am, pm), midday));
  }

  /**
   * Mean queue over a cycle: the uniform part of a fixed-time signal (arrivals during red, served
   * in green) plus the random overflow part x²/(1−x) of Webster's model, both in vehicles.
   */
  static double meanQueue(double flowPerHour, double x) {
    double q = flowPerHour / 3600.0;
    double red = CYCLE_S * (1 - GREEN_SHARE);
    double uniform =
        q * red * red / (2 * CYCLE_S) / Math.max(0.05, 1 - Math.min(x, 0.95) * GREEN_SHARE);
    double overflow = x * x / (2 * Math.max(0.02, 1 - x));
    return uniform + overflow;
  }

  private static double bump(double hour, double centre, double width) {
    double z = (hour - centre) / width;
    return Math.exp(-0.5 * z * z);
  }

  private int poisson(double mean) {
    if (mean < 30) {
      double l = Math.exp(-mean);
      int k = 0;
      double p = 1;
      do {
        k++;
        p *= random.nextDouble();
      } while (p > l);
      return k - 1;
    }
    return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian()));
  }

  private double gaussian() {
    // Box-Muller: SplittableRandom has no nextGaussian on Java 17, and a library for one line is
    // not worth it.
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  private static double round(double v) {
    return Math.round(v * 100.0) / 100.0;
  }
}
