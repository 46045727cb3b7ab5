package io.greenwave.ml.boundary;

import io.greenwave.ml.control.LineageJson;
import io.greenwave.ml.entity.ModelDeployment;
import io.greenwave.ml.entity.ModelVersion;
import io.greenwave.ml.entity.TrainingJob;
import jakarta.json.Json;
import jakarta.json.JsonStructure;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.Map;

/** How the ML API shows registry entries, jobs and deployments. */
public final class Views {
  private Views() {}

  /** A model version with its lineage. */
  @JsonbPropertyOrder({
    "id",
    "intersectionId",
    "kind",
    "version",
    "algorithm",
    "active",
    "shadow",
    "metrics",
    "baselines",
    "hyperparameters",
    "dataFrom",
    "dataTo",
    "scenario",
    "seed",
    "sizeBytes",
    "trainingSeconds",
    "createdBy",
    "createdAt",
    "trainingJobId"
  })
  public record ModelView(
      String id,
      String intersectionId,
      String kind,
      int version,
      String algorithm,
      boolean active,
      boolean shadow,
      Map<String, Double> metrics,
      Map<String, Double> baselines,
      JsonStructure hyperparameters,
      OffsetDateTime dataFrom,
      OffsetDateTime dataTo,
      JsonStructure scenario,
      long seed,
      long sizeBytes,
      double trainingSeconds,
      String createdBy,
      OffsetDateTime createdAt,
      String trainingJobId) {}

  static ModelView model(ModelVersion m, boolean active, boolean shadow) {
    return new ModelView(
        m.id(),
        m.intersectionId(),
        m.kind().label(),
        m.versionNumber(),
        m.algorithm(),
        active,
        shadow,
        LineageJson.numbers(m.metrics()),
        LineageJson.numbers(m.baselines()),
        json(m.hyperparameters()),
        m.dataFrom(),
        m.dataTo(),
        json(m.scenario()),
        m.seed(),
        m.sizeBytes(),
        m.trainingSeconds(),
        m.createdBy(),
        m.createdAt(),
        m.trainingJobId());
  }

  /** A training job. {@code curve} is [[episodes, seconds, mean delay], …] for policies. */
  @JsonbPropertyOrder({
    "id", "intersectionId", "kind", "status", "progress", "phase", "currentMetric", "modelId",
    "error", "requestedBy", "createdAt", "startedAt", "finishedAt", "node", "settings", "curve"
  })
  public record JobView(
      String id,
      String intersectionId,
      String kind,
      String status,
      int progress,
      String phase,
      Double currentMetric,
      String modelId,
      String error,
      String requestedBy,
      OffsetDateTime createdAt,
      OffsetDateTime startedAt,
      OffsetDateTime finishedAt,
      String node,
      JsonStructure settings,
      JsonStructure curve) {}

  static JobView job(TrainingJob j) {
    return new JobView(
        j.id(),
        j.intersectionId(),
        j.kind().label(),
        j.status().name(),
        j.progress(),
        j.phase(),
        j.currentMetric(),
        j.modelId(),
        j.error(),
        j.requestedBy(),
        j.createdAt(),
        j.startedAt(),
        j.finishedAt(),
        j.node(),
        json(j.settings()),
        json(j.curve()));
  }

  /** A deployment or rollback. */
  public record DeploymentView(
      String id,
      String intersectionId,
      String kind,
      String action,
      String modelId,
      String previousModelId,
      boolean forced,
      String verdict,
      String actor,
      OffsetDateTime at) {}

  static DeploymentView deployment(ModelDeployment d) {
    return new DeploymentView(
        d.id(),
        d.intersectionId(),
        d.kind().label(),
        d.action().name(),
        d.modelId(),
        d.previousModelId(),
        d.forced(),
        d.verdict(),
        d.actor(),
        d.at());
  }

  static JsonStructure json(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Json.createReader(new StringReader(text)).read();
    } catch (RuntimeException e) {
      return Json.createObjectBuilder().add("text", text).build();
    }
  }
}
