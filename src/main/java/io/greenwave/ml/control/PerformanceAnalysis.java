package io.greenwave.ml.control;

import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * Compares two sets of per-interval field measurements (before and after a deployment, or two
 * controllers): means with 95 % confidence intervals, the difference with its Welch confidence
 * interval and Welch's t-test p-value (unequal variances: the two periods need not be alike), the
 * HCM level of service of each mean, and the fuel and CO2 the difference in waiting saves.
 */
public final class PerformanceAnalysis {
  /** Fuel an idling passenger car burns, litres per hour (documented estimate). */
  public static final double IDLE_FUEL_LITRES_PER_HOUR = 0.8;

  /** CO2 from burning a litre of gasoline, kg. */
  public static final double CO2_KG_PER_LITRE = 2.31;

  private PerformanceAnalysis() {}

  /** One side of a comparison. */
  public record Group(
      String label,
      int intervals,
      Double mean,
      Double ciLow,
      Double ciHigh,
      String levelOfService,
      double vehicles)
      implements java.io.Serializable {}

  /** B against A. */
  public record Change(
      Double absolute, Double percent, Double ciLow, Double ciHigh, Double pValue, String test)
      implements java.io.Serializable {}

  /** Estimated savings of B over A, over B's traffic. */
  public record Savings(
      Double waitingVehicleHours, Double fuelLitres, Double co2Kg, String assumptions)
      implements java.io.Serializable {}

  /** The full comparison. */
  public record Result(Group a, Group b, Change change, Savings savings)
      implements java.io.Serializable {}

  /**
   * @param waitsA average wait per interval (s/veh) of A
   * @param vehiclesA vehicles per interval of A (for savings; may be null)
   */
  public static Result compare(
      String labelA,
      double[] waitsA,
      double[] vehiclesA,
      String labelB,
      double[] waitsB,
      double[] vehiclesB) {
    Group a = group(labelA, waitsA, vehiclesA);
    Group b = group(labelB, waitsB, vehiclesB);
    Change change = change(waitsA, waitsB, stats(waitsA).getMean(), stats(waitsB).getMean());
    double savedHours = (stats(waitsA).getMean() - stats(waitsB).getMean()) * b.vehicles() / 3600.0;
    double fuel = savedHours * IDLE_FUEL_LITRES_PER_HOUR;
    return new Result(
        a,
        b,
        change,
        new Savings(
            round(savedHours),
            round(fuel),
            round(fuel * CO2_KG_PER_LITRE),
            String.format(
                Locale.ROOT,
                "estimate: waiting saved (vehicle-hours) x %.1f L/h idle fuel x %.2f kg CO2/L",
                IDLE_FUEL_LITRES_PER_HOUR,
                CO2_KG_PER_LITRE)));
  }

  static Group group(String label, double[] waits, double[] vehicles) {
    SummaryStatistics s = new SummaryStatistics();
    for (double w : waits) {
      s.addValue(w);
    }
    double half = halfWidth(s.getStandardDeviation(), s.getN());
    double total = 0;
    if (vehicles != null) {
      for (double v : vehicles) {
        total += v;
      }
    }
    double mean = s.getN() == 0 ? Double.NaN : s.getMean();
    return new Group(
        label,
        (int) s.getN(),
        round(mean),
        round(mean - half),
        round(mean + half),
        levelOfService(mean),
        round(total));
  }

  static Change change(double[] a, double[] b, double meanA, double meanB) {
    double diff = meanB - meanA;
    double percent = meanA == 0 ? Double.NaN : diff / meanA * 100;
    if (a.length < 2 || b.length < 2) {
      return new Change(
          round(diff), round(percent), Double.NaN, Double.NaN, null, "too few intervals");
    }
    SummaryStatistics sa = stats(a);
    SummaryStatistics sb = stats(b);
    double va = sa.getVariance() / a.length;
    double vb = sb.getVariance() / b.length;
    double se = Math.sqrt(va + vb);
    Double p = null;
    double half = Double.NaN;
    if (se > 0) {
      double df = (va + vb) * (va + vb) / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
      half = new TDistribution(df).inverseCumulativeProbability(0.975) * se;
      double t = new TTest().tTest(a, b);
      p = Double.isNaN(t) ? null : t;
    }
    return new Change(
        round(diff),
        round(percent),
        round(diff - half),
        round(diff + half),
        p,
        "Welch t-test, two-sided");
  }

  /** HCM level of service of a signalized intersection from control delay, s/veh. */
  public static String levelOfService(double delay) {
    if (Double.isNaN(delay)) {
      return null;
    }
    if (delay <= 10) {
      return "A";
    }
    if (delay <= 20) {
      return "B";
    }
    if (delay <= 35) {
      return "C";
    }
    if (delay <= 55) {
      return "D";
    }
    return delay <= 80 ? "E" : "F";
  }

  private static double halfWidth(double sd, long n) {
    if (n < 2 || Double.isNaN(sd)) {
      return Double.NaN;
    }
    return new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
  }

  private static SummaryStatistics stats(double[] values) {
    SummaryStatistics s = new SummaryStatistics();
    for (double v : values) {
      s.addValue(v);
    }
    return s;
  }

  /** Rounded to 3 decimals; not-a-number (too few intervals) becomes null, which JSON can carry. */
  private static Double round(double v) {
    return Double.isFinite(v) ? Math.round(v * 1000) / 1000.0 : null;
  }
}
