package io.greenwave.evaluation;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.inference.TTest;

/** Confidence intervals and paired tests, on top of commons-math3. */
final class Statistics {
  private Statistics() {}

  /** Mean and half-width of the Student-t 95 % confidence interval (0 for fewer than 2 values). */
  static double[] meanAndHalfWidth(double[] values) {
    SummaryStatistics s = new SummaryStatistics();
    for (double v : values) {
      s.addValue(v);
    }
    if (values.length < 2) {
      return new double[] {s.getMean(), 0};
    }
    double t = new TDistribution(values.length - 1).inverseCumulativeProbability(0.975);
    return new double[] {s.getMean(), t * s.getStandardDeviation() / Math.sqrt(values.length)};
  }

  /** Two-sided p-value of the paired t-test; 1 when undefined (fewer than 2 pairs, no variance). */
  static double pairedPValue(double[] a, double[] b) {
    if (a.length < 2) {
      return 1;
    }
    boolean allEqual = true;
    for (int k = 0; k < a.length; k++) {
      allEqual &= a[k] - b[k] == a[0] - b[0];
    }
    if (allEqual) {
      return a[0] == b[0] ? 1 : 0;
    }
    return new TTest().pairedTTest(a, b);
  }
}
