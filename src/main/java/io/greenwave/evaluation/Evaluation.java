package io.greenwave.evaluation;

import java.util.List;
import java.util.Map;

/**
 * Result of comparing controllers on one scenario.
 *
 * @param scenario scenario name
 * @param seeds the seeds every controller ran on
 * @param baseline controller the others are compared with
 * @param summaries per controller, per metric
 * @param differences every non-baseline controller against the baseline, per metric
 * @param fallbacks per controller, runs in which the safety shield fell back to the fixed plan
 */
public record Evaluation(
    String scenario,
    List<Long> seeds,
    String baseline,
    Map<String, Map<Metric, MetricSummary>> summaries,
    List<PairedDifference> differences,
    Map<String, Integer> fallbacks) {

  /** The difference of one controller against the baseline on one metric. */
  public PairedDifference difference(String controller, Metric metric) {
    return differences.stream()
        .filter(d -> d.controller().equals(controller) && d.metric() == metric)
        .findFirst()
        .orElseThrow();
  }

  /** The summary of one controller's metric. */
  public MetricSummary summary(String controller, Metric metric) {
    return summaries.get(controller).get(metric);
  }
}
