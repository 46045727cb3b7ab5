package io.greenwave.console.boundary;

import io.greenwave.console.control.ComparisonChart;
import io.greenwave.console.control.ComparisonCsv;
import io.greenwave.ml.control.FieldMetrics;
import io.greenwave.ml.control.ModelRegistry;
import io.greenwave.ml.control.PerformanceReports;
import io.greenwave.ml.control.PerformanceReports.Report;
import io.greenwave.ml.entity.FieldMetric;
import io.greenwave.ml.entity.ModelDeployment;
import io.greenwave.ml.entity.ModelKind;
import io.greenwave.network.control.IntersectionRepository;
import io.greenwave.network.entity.Intersection;
import io.greenwave.platform.entity.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The Performance page (viewers and up): one intersection's field metrics compared, either one
 * controller type against another or before against after a deployment, optionally within a date
 * range. The statistics are {@link PerformanceReports}', the same as the API's {@code GET
 * /api/ml/performance/{id}}; this bean only offers the choices found in the data and shows the
 * report, or the control's refusal as messages.
 */
@Named
@ViewScoped
public class PerformanceView implements Serializable {
  private static final long serialVersionUID = 1L;

  static final String CONTROLLERS = "controllers";
  static final String DEPLOYMENT = "deployment";

  /** The page's inputs by the control's field names, so that a refusal shows at its input. */
  private static final Map<String, String> INPUTS =
      Map.of("a", "perf:a", "b", "perf:b", "at", "perf:deployment");

  @Inject IntersectionRepository intersections;
  @Inject FieldMetrics metrics;
  @Inject ModelRegistry registry;
  @Inject PerformanceReports reports;

  private List<String> intersectionIds = List.of();
  private String intersectionId;
  private String comparison = CONTROLLERS;
  private List<String> controllerTypes = List.of();
  private String a;
  private String b;
  private List<DeploymentChoice> deployments = List.of();
  private String deploymentAt;
  private LocalDate from;
  private LocalDate to;
  private int metricCount;
  private Report report;

  /** A deployment (or rollback) the before/after comparison can split at. */
  public record DeploymentChoice(String at, String label) implements Serializable {}

  @PostConstruct
  void init() {
    intersectionIds = intersections.all().stream().map(Intersection::id).toList();
  }

  /** Runs on page load: the {@code intersection} parameter, else the first intersection. */
  public void load() {
    if (intersectionId == null && !intersectionIds.isEmpty()) {
      intersectionId = intersectionIds.get(0);
    }
    intersectionChanged();
  }

  /** A new intersection: offer its controller types and deployments, then compare. */
  public void intersectionChanged() {
    report = null;
    if (intersectionId == null) {
      return;
    }
    List<FieldMetric> rows = metrics.series(intersectionId, start(), end(), null);
    metricCount = rows.size();
    controllerTypes = rows.stream().map(m -> m.key().controllerType()).distinct().sorted().toList();
    deployments = deploymentsOf(intersectionId);
    preselect();
    if (canCompare()) {
      compare();
    }
  }

  /** Reruns the comparison with the current choices; a refusal is shown, never thrown. */
  public void compare() {
    report = null;
    if (intersectionId == null) {
      return;
    }
    if (CONTROLLERS.equals(comparison) && a != null && a.equals(b)) {
      // the control would compare a group with itself; say so instead of showing "no change"
      Messages.problem(
          ProblemException.invalidField("b", "choose a controller type other than " + a),
          INPUTS::get);
      return;
    }
    try {
      report =
          CONTROLLERS.equals(comparison)
              ? reports.controllers(intersectionId, a, b, start(), end())
              : reports.beforeAfter(intersectionId, splitAt(), start(), end());
    } catch (ProblemException refused) {
      Messages.problem(refused, INPUTS::get);
    }
  }

  /** The date range changed: the controller types in it may differ. */
  public void rangeChanged() {
    intersectionChanged();
  }

  public StreamedContent getCsv() {
    Report shown = report;
    String name = "performance-" + intersectionId + "-" + comparison + ".csv";
    return DefaultStreamedContent.builder().name(name).contentType("text/csv").stream(
            () ->
                new ByteArrayInputStream(shown == null ? new byte[0] : ComparisonCsv.bytes(shown)))
        .build();
  }

  // ------------------------------------------------------------------------- choices

  /**
   * The usual question first: fixed-time (the baseline) against Greenwave, else the first two
   * types; before/after when there is only one controller type but a deployment to split at.
   */
  private void preselect() {
    if (!controllerTypes.contains(a)) {
      a = controllerTypes.contains("fixed-time") ? "fixed-time" : first(controllerTypes, null);
    }
    if (!controllerTypes.contains(b) || b.equals(a)) {
      b = controllerTypes.stream().filter(t -> !t.equals(a)).findFirst().orElse(null);
      if (controllerTypes.contains("greenwave") && !"greenwave".equals(a)) {
        b = "greenwave";
      }
    }
    if (deployments.stream().noneMatch(d -> d.at().equals(deploymentAt))) {
      deploymentAt = deployments.isEmpty() ? null : deployments.get(0).at();
    }
    if (controllerTypes.size() < 2 && !deployments.isEmpty()) {
      comparison = DEPLOYMENT;
    }
  }

  private boolean canCompare() {
    if (metricCount == 0) {
      return false;
    }
    return CONTROLLERS.equals(comparison)
        ? a != null && b != null && !a.equals(b)
        : deploymentAt != null;
  }

  /** Policy and forecaster deployments and rollbacks, newest first: each can change the wait. */
  private List<DeploymentChoice> deploymentsOf(String id) {
    List<ModelDeployment> all = new ArrayList<>();
    for (ModelKind kind : ModelKind.values()) {
      all.addAll(registry.history(id, kind));
    }
    all.sort(Comparator.comparing(ModelDeployment::at).reversed());
    return all.stream()
        .map(
            d ->
                new DeploymentChoice(
                    d.at().toString(),
                    d.at().withOffsetSameInstant(ZoneOffset.UTC).toString().substring(0, 16)
                        + " UTC · "
                        + d.kind().label()
                        + " "
                        + d.action().name().toLowerCase()
                        + " "
                        + d.modelId()
                        + (d.forced() ? " (forced)" : "")))
        .toList();
  }

  private OffsetDateTime splitAt() {
    return deploymentAt == null ? null : OffsetDateTime.parse(deploymentAt);
  }

  /** The range's first day, from midnight UTC. */
  private OffsetDateTime start() {
    return from == null ? null : from.atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  /** The range's last day is included: the bound is the next midnight, exclusive. */
  private OffsetDateTime end() {
    return to == null ? null : to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  private static <T> T first(List<T> list, T otherwise) {
    return list.isEmpty() ? otherwise : list.get(0);
  }

  // ------------------------------------------------------------------------- the page's view

  public String getChartJson() {
    return report == null ? null : ComparisonChart.toJson(report.result());
  }

  /** The change's confidence interval in percent of A's mean, as the headline is a percentage. */
  public Double percentOfA(Double seconds) {
    Double meanA = report == null ? null : report.result().a().mean();
    if (seconds == null || meanA == null || meanA == 0) {
      return null;
    }
    return Math.round(seconds / meanA * 1000) / 10.0;
  }

  /** Whether the change is significant at the 5 % level (the p-value may be missing). */
  public boolean isSignificant() {
    Double p = report == null ? null : report.result().change().pValue();
    return p != null && p < 0.05;
  }

  /** The p-value as engineers read it: tiny values as a bound rather than in E-notation. */
  public String pValueText() {
    Double p = report == null ? null : report.result().change().pValue();
    if (p == null) {
      return "p-value not available (" + report.result().change().test() + ")";
    }
    return p < 0.0001 ? "p < 0.0001" : String.format(java.util.Locale.ROOT, "p = %.4f", p);
  }

  public boolean isNoMetrics() {
    return intersectionId != null && metricCount == 0;
  }

  public Report getReport() {
    return report;
  }

  public int getMetricCount() {
    return metricCount;
  }

  public List<String> getIntersectionIds() {
    return intersectionIds;
  }

  public String getIntersectionId() {
    return intersectionId;
  }

  public void setIntersectionId(String intersectionId) {
    this.intersectionId = intersectionId;
  }

  public String getComparison() {
    return comparison;
  }

  public void setComparison(String comparison) {
    this.comparison = comparison;
  }

  public List<String> getControllerTypes() {
    return controllerTypes;
  }

  public String getA() {
    return a;
  }

  public void setA(String a) {
    this.a = a;
  }

  public String getB() {
    return b;
  }

  public void setB(String b) {
    this.b = b;
  }

  public List<DeploymentChoice> getDeployments() {
    return deployments;
  }

  public String getDeploymentAt() {
    return deploymentAt;
  }

  public void setDeploymentAt(String deploymentAt) {
    this.deploymentAt = deploymentAt;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
