package io.greenwave.ml.control;

import io.greenwave.ml.entity.FieldMetric;
import io.greenwave.ml.entity.ModelDeployment;
import io.greenwave.ml.entity.ModelKind;
import io.greenwave.network.control.IntersectionRepository;
import io.greenwave.platform.entity.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Predicate;

/**
 * Performance reports of an intersection from its field metrics: before and after a deployment, or
 * one controller type against another. The one place that groups metrics for comparison; the API
 * and the console both ask it.
 */
@ApplicationScoped
public class PerformanceReports {
  @Inject FieldMetrics metrics;
  @Inject ModelRegistry registry;
  @Inject IntersectionRepository intersections;

  /** A report: what was compared, the split time for before/after, and the statistics. */
  public record Report(
      String intersectionId,
      String comparison,
      OffsetDateTime at,
      PerformanceAnalysis.Result result)
      implements java.io.Serializable {}

  /** Controller type {@code a} (the baseline, e.g. fixed-time) against {@code b}. */
  public Report controllers(
      String intersectionId, String a, String b, OffsetDateTime from, OffsetDateTime to) {
    if (a == null || a.isBlank()) {
      throw ProblemException.invalidField(
          "a", "name the baseline controller type, e.g. fixed-time");
    }
    if (b == null || b.isBlank()) {
      throw ProblemException.invalidField(
          "b", "name the controller type to compare, e.g. greenwave");
    }
    List<FieldMetric> rows = rows(intersectionId, from, to);
    return new Report(
        intersectionId,
        "controllers",
        null,
        analyse(
            a,
            rows,
            m -> m.key().controllerType().equals(a),
            b,
            m -> m.key().controllerType().equals(b)));
  }

  /** Before against after {@code at} (default: the latest policy deployment). */
  public Report beforeAfter(
      String intersectionId, OffsetDateTime at, OffsetDateTime from, OffsetDateTime to) {
    List<FieldMetric> rows = rows(intersectionId, from, to);
    OffsetDateTime split = at == null ? latestDeployment(intersectionId) : at;
    return new Report(
        intersectionId,
        "before-after",
        split,
        analyse(
            "before",
            rows,
            m -> m.key().intervalStart().isBefore(split),
            "after",
            m -> !m.key().intervalStart().isBefore(split)));
  }

  private List<FieldMetric> rows(String intersectionId, OffsetDateTime from, OffsetDateTime to) {
    intersections.require(intersectionId);
    return metrics.series(intersectionId, from, to, null);
  }

  private static PerformanceAnalysis.Result analyse(
      String labelA,
      List<FieldMetric> rows,
      Predicate<FieldMetric> inA,
      String labelB,
      Predicate<FieldMetric> inB) {
    List<FieldMetric> groupA = rows.stream().filter(inA).toList();
    List<FieldMetric> groupB = rows.stream().filter(inB).toList();
    if (groupA.isEmpty() || groupB.isEmpty()) {
      throw ProblemException.conflict(
          "Not enough field metrics to compare: "
              + groupA.size()
              + " intervals for "
              + labelA
              + ", "
              + groupB.size()
              + " for "
              + labelB);
    }
    return PerformanceAnalysis.compare(
        labelA, waits(groupA), vehicles(groupA), labelB, waits(groupB), vehicles(groupB));
  }

  private static double[] waits(List<FieldMetric> rows) {
    return rows.stream().mapToDouble(FieldMetric::averageWait).toArray();
  }

  /** Vehicles served per interval: throughput (veh/h) over the interval length. */
  private static double[] vehicles(List<FieldMetric> rows) {
    return rows.stream()
        .mapToDouble(
            m -> m.throughput() == null ? 0 : m.throughput() * m.intervalSeconds() / 3600.0)
        .toArray();
  }

  private OffsetDateTime latestDeployment(String intersectionId) {
    List<ModelDeployment> history = registry.history(intersectionId, ModelKind.POLICY);
    if (history.isEmpty()) {
      throw ProblemException.invalidField(
          "at", "the intersection has no policy deployment; give 'at' or compare=controllers");
    }
    return history.get(0).at();
  }
}
