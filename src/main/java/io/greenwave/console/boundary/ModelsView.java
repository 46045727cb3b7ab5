package io.greenwave.console.boundary;

import io.greenwave.console.control.ModelComparisonChart;
import io.greenwave.ml.control.Deployments;
import io.greenwave.ml.control.LineageJson;
import io.greenwave.ml.control.ModelComparisons;
import io.greenwave.ml.control.ModelRegistry;
import io.greenwave.ml.entity.ActiveModel;
import io.greenwave.ml.entity.ModelDeployment;
import io.greenwave.ml.entity.ModelKind;
import io.greenwave.ml.entity.ModelVersion;
import io.greenwave.network.control.IntersectionRepository;
import io.greenwave.network.entity.Intersection;
import io.greenwave.platform.entity.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The model registry of one intersection: versions with lineage and metrics, which is active or
 * shadowing, deploy behind the gate (forced deploys for admins only), rollback, shadow mode and the
 * deployment history. Every change goes through {@link ModelRegistry}, as the API's. Two versions
 * of one kind can be compared side by side through {@link ModelComparisons}, the API's comparison.
 */
@Named
@ViewScoped
public class ModelsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject IntersectionRepository intersections;
  @Inject ModelRegistry registry;
  @Inject Deployments deployments;
  @Inject ConsoleUser user;
  @Inject ConsoleAudit audit;
  @Inject ModelComparisons comparisons;

  private String intersectionId;
  private List<String> intersectionIds = List.of();

  /** The newest versions, for the compare menus and the history's labels; the table pages. */
  static final int VERSIONS_IN_MENUS = 200;

  private List<ModelVersion> versions = List.of();
  private final VersionPages versionPages = new VersionPages();
  private List<ModelDeployment> history = List.of();
  private final Map<ModelKind, String> active = new LinkedHashMap<>();
  private final Map<ModelKind, String> shadow = new LinkedHashMap<>();
  private String verdict;
  private boolean verdictRefused;
  private String compareKind = ModelKind.POLICY.label();
  private String compareA;
  private String compareB;
  private ModelComparisons.Comparison comparison;
  private String comparisonChartJson;

  @PostConstruct
  void init() {
    intersectionIds = intersections.all().stream().map(Intersection::id).toList();
  }

  /** Runs on page load: the {@code intersection} parameter, else the first intersection. */
  public void load() {
    if (intersectionId == null && !intersectionIds.isEmpty()) {
      intersectionId = intersectionIds.get(0);
    }
    reload();
  }

  public void reload() {
    if (intersectionId == null) {
      return;
    }
    versions = registry.versions(intersectionId, 0, VERSIONS_IN_MENUS);
    List<ModelDeployment> all = new ArrayList<>();
    for (ModelKind kind : ModelKind.values()) {
      all.addAll(registry.history(intersectionId, kind));
      ActiveModel slot = registry.slot(intersectionId, kind).orElse(null);
      active.put(kind, slot == null ? null : slot.modelId());
      shadow.put(kind, slot == null ? null : slot.shadowModelId());
    }
    all.sort((a, b) -> b.at().compareTo(a.at()));
    history = all;
    if (versionsOf(compareKind).size() < 2) {
      // a kind that can be compared, so that the section starts useful
      for (ModelKind kind : ModelKind.values()) {
        if (versionsOf(kind.label()).size() >= 2) {
          compareKind = kind.label();
        }
      }
    }
    choosePair();
  }

  /**
   * Picks the pair an engineer usually weighs: the active version against the newest other one (or
   * the two newest when none is active). Keeps a choice that is still valid.
   */
  public void choosePair() {
    List<ModelVersion> candidates = versionsOf(compareKind);
    if (contains(candidates, compareA) && contains(candidates, compareB)) {
      return; // still valid: a live reload keeps the comparison on screen
    }
    {
      String activeId = active.get(ModelKind.parse(compareKind, "kind"));
      compareA = contains(candidates, activeId) ? activeId : null;
      compareB = null;
      for (ModelVersion v : candidates) { // newest first
        if (compareA == null) {
          compareA = v.id();
        } else if (compareB == null && !v.id().equals(compareA)) {
          compareB = v.id();
        }
      }
    }
    comparison = null;
    comparisonChartJson = null;
  }

  /** Compares the chosen pair; a refusal (same version, other kind) is shown at its field. */
  public void compare() {
    try {
      comparison = comparisons.compare(intersectionId, compareA, compareB);
      comparisonChartJson =
          comparison.chart() == null || comparison.chart().labels().isEmpty()
              ? null
              : ModelComparisonChart.toJson(comparison.chart());
    } catch (ProblemException refused) {
      comparison = null;
      comparisonChartJson = null;
      Messages.problem(refused, field -> "models:compare" + field.toUpperCase(Locale.ROOT));
    }
  }

  /** The row action: this version (B) against the active version of its kind (A). */
  public void compareWithActive(ModelVersion version) {
    compareKind = version.kind().label();
    compareA = active.get(version.kind());
    compareB = version.id();
    compare();
  }

  public List<ModelVersion> versionsOf(String kind) {
    return versions.stream().filter(v -> v.kind().label().equals(kind)).toList();
  }

  private static boolean contains(List<ModelVersion> versions, String id) {
    return id != null && versions.stream().anyMatch(v -> v.id().equals(id));
  }

  /** A metric value as the comparison shows it: fractions and ratios with 3 decimals. */
  public String number(Double value) {
    if (value == null || value.isNaN()) {
      return "–";
    }
    double abs = Math.abs(value);
    return String.format(Locale.ROOT, abs >= 100 ? "%.1f" : abs >= 1 ? "%.2f" : "%.3f", value);
  }

  /** A version's metrics as "name value" lines, for the versions table. */
  public List<String> metricLines(ModelVersion v) {
    return LineageJson.numbers(v.metrics()).entrySet().stream()
        .map(e -> e.getKey() + " " + number(e.getValue()))
        .toList();
  }

  /** The difference B − A with its sign, and in percent of A where A is not zero. */
  public String change(ModelComparisons.MetricRow row) {
    if (row.difference() == null) {
      return "–";
    }
    String d = (row.difference() > 0 ? "+" : "") + number(row.difference());
    return row.relativeChange() == null
        ? d
        : d + String.format(Locale.ROOT, " (%+.1f %%)", row.relativeChange() * 100);
  }

  /** Who wins a metric in words: "v3 better", "equal", or nothing for context rows. */
  public String better(ModelComparisons.MetricRow row) {
    if (row.better() == null || comparison == null) {
      return "";
    }
    return switch (row.better()) {
      case "a" -> comparison.a().label() + " better";
      case "b" -> comparison.b().label() + " better";
      default -> "equal";
    };
  }

  public void deploy(ModelVersion version, boolean force) {
    user.requireOperator();
    if (force) {
      user.requireAdmin();
    }
    try {
      ModelRegistry.DeployOutcome outcome = deployments.deploy(version.id(), force, user.actor());
      verdictRefused = false;
      verdict =
          "Version v"
              + version.versionNumber()
              + " deployed"
              + (outcome.deployment().forced() ? " (forced)" : "")
              + ". Gate: "
              + outcome.verdict().summary();
      audit.record("deploy", "/console/models/" + version.id(), 200, verdict);
    } catch (ProblemException refused) {
      verdictRefused = true;
      // the message already names the gate's reasons (FieldErrors repeat them one by one)
      verdict = refused.getMessage();
      audit.record("deploy", "/console/models/" + version.id(), refused.status(), verdict);
    }
    reload();
  }

  public void rollback(String kind) {
    user.requireOperator();
    try {
      ModelDeployment entry =
          deployments.rollback(intersectionId, ModelKind.parse(kind, "kind"), user.actor());
      verdictRefused = false;
      verdict = "Rolled back the " + kind + " to " + entry.modelId();
      audit.record("rollback", "/console/models/" + intersectionId + "/" + kind, 200, verdict);
    } catch (ProblemException refused) {
      Messages.error(refused.getMessage());
    }
    reload();
  }

  public void shadow(ModelVersion version, boolean on) {
    user.requireOperator();
    try {
      deployments.shadow(version.id(), on);
      audit.record("shadow", "/console/models/" + version.id(), 200, on ? "on" : "off");
      Messages.info(
          "Version v" + version.versionNumber() + (on ? " now runs in shadow" : " left shadow"));
    } catch (ProblemException refused) {
      Messages.error(refused.getMessage());
    }
    reload();
  }

  public String status(ModelVersion v) {
    if (v.id().equals(active.get(v.kind()))) {
      return "active";
    }
    return v.id().equals(shadow.get(v.kind())) ? "shadow" : "";
  }

  public String versionLabel(String modelId) {
    if (modelId == null) {
      return "–";
    }
    return versions.stream()
        .filter(v -> v.id().equals(modelId))
        .findFirst()
        .or(() -> registry.find(modelId))
        .map(v -> v.kind().label() + " v" + v.versionNumber())
        .orElse(modelId);
  }

  public List<ModelVersion> getVersions() {
    return versions;
  }

  public VersionPages getVersionPages() {
    return versionPages;
  }

  /** The versions table, a page at a time from the registry: a busy intersection has hundreds. */
  public class VersionPages extends LazyDataModel<ModelVersion> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filters) {
      return intersectionId == null ? 0 : (int) registry.countVersions(intersectionId);
    }

    @Override
    public List<ModelVersion> load(
        int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
      return intersectionId == null
          ? List.of()
          : registry.versions(intersectionId, first, pageSize);
    }

    @Override
    public String getRowKey(ModelVersion v) {
      return v.id();
    }
  }

  public List<ModelDeployment> getHistory() {
    return history;
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

  public String getVerdict() {
    return verdict;
  }

  public boolean isVerdictRefused() {
    return verdictRefused;
  }

  public String getCompareKind() {
    return compareKind;
  }

  public void setCompareKind(String compareKind) {
    this.compareKind = compareKind;
  }

  public String getCompareA() {
    return compareA;
  }

  public void setCompareA(String compareA) {
    this.compareA = compareA;
  }

  public String getCompareB() {
    return compareB;
  }

  public void setCompareB(String compareB) {
    this.compareB = compareB;
  }

  public ModelComparisons.Comparison getComparison() {
    return comparison;
  }

  public String getComparisonChartJson() {
    return comparisonChartJson;
  }

  /** A version's name in the compare menus: kind, number, and whether it serves. */
  public String optionLabel(ModelVersion v) {
    String s = status(v);
    return "v" + v.versionNumber() + " · " + v.algorithm() + (s.isEmpty() ? "" : " · " + s);
  }

  public boolean hasActive(String kind) {
    return active.get(ModelKind.parse(kind, "kind")) != null;
  }
}
