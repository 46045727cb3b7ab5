package io.greenwave.console.boundary;

import io.greenwave.ml.control.Deployments;
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
import java.util.Map;

/**
 * The model registry of one intersection: versions with lineage and metrics, which is active or
 * shadowing, deploy behind the gate (forced deploys for admins only), rollback, shadow mode and the
 * deployment history. Every change goes through {@link ModelRegistry}, as the API's.
 */
@Named
@ViewScoped
public class ModelsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient IntersectionRepository intersections;
  @Inject transient ModelRegistry registry;
  @Inject transient Deployments deployments;
  @Inject transient ConsoleUser user;
  @Inject transient ConsoleAudit audit;

  private String intersectionId;
  private List<String> intersectionIds = List.of();
  private List<ModelVersion> versions = List.of();
  private List<ModelDeployment> history = List.of();
  private final Map<ModelKind, String> active = new LinkedHashMap<>();
  private final Map<ModelKind, String> shadow = new LinkedHashMap<>();
  private String verdict;
  private boolean verdictRefused;

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
    versions = registry.versions(intersectionId);
    List<ModelDeployment> all = new ArrayList<>();
    for (ModelKind kind : ModelKind.values()) {
      all.addAll(registry.history(intersectionId, kind));
      ActiveModel slot = registry.slot(intersectionId, kind).orElse(null);
      active.put(kind, slot == null ? null : slot.modelId());
      shadow.put(kind, slot == null ? null : slot.shadowModelId());
    }
    all.sort((a, b) -> b.at().compareTo(a.at()));
    history = all;
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
        .map(v -> v.kind().label() + " v" + v.versionNumber())
        .orElse(modelId);
  }

  public List<ModelVersion> getVersions() {
    return versions;
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

  public boolean hasActive(String kind) {
    return active.get(ModelKind.parse(kind, "kind")) != null;
  }
}
