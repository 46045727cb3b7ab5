package io.greenwave.simulation.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a simulation job: per controller the network metrics (mean and 95 % confidence
 * interval over the seeds), the paired difference against the baseline with its p-value, and the
 * level of service of each intersection.
 */
@JsonbPropertyOrder({"scenario", "baseline", "seeds", "horizonSeconds", "demand", "controllers"})
public record SimulationReport(
    String scenario,
    String baseline,
    List<Long> seeds,
    int horizonSeconds,
    DemandSummary demand,
    List<ControllerOutcome> controllers) {

  /** Where the demand came from, and the entry flows it gave. */
  public record DemandSummary(
      String source, String from, String to, double scale, List<EntryFlowView> entryFlows) {}

  /** One entry leg's mean flow, veh/h. */
  public record EntryFlowView(String intersection, String approach, double vehiclesPerHour) {}

  /** One controller's results. */
  @JsonbPropertyOrder({"controller", "metrics", "versusBaseline", "intersections", "fallbackRuns"})
  public record ControllerOutcome(
      String controller,
      Map<String, MetricView> metrics,
      Map<String, DifferenceView> versusBaseline,
      List<IntersectionView> intersections,
      int fallbackRuns) {}

  /** A metric's mean over seeds with its 95 % confidence interval. */
  public record MetricView(String unit, Double mean, Double ciLow, Double ciHigh) {}

  /** Controller minus baseline on the same seeds, 95 % CI, % change, paired t-test p-value. */
  public record DifferenceView(
      Double meanDifference, Double ciLow, Double ciHigh, Double percentChange, Double pValue) {}

  /** An intersection's delay and level of service (first seed). */
  public record IntersectionView(
      String intersection, Double meanDelay, String levelOfService, long vehiclesServed) {}
}
