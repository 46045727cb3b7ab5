package io.greenwave.ml.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * An immutable trained model with its lineage: what it is (kind, algorithm, hyperparameters, seed),
 * what it learned from (data window or scenario), how good it is (metrics and the baselines it was
 * compared with), how big and how long it took, who made it and when. Never changed after creation;
 * the artifact itself is stored beside it ({@link ModelArtifact}).
 */
@Entity
@Table(name = "model_version")
@NamedQuery(
    name = ModelVersion.OF_INTERSECTION,
    query =
        "SELECT m FROM ModelVersion m WHERE m.intersectionId = :id ORDER BY m.kind, m.versionNumber DESC")
@NamedQuery(
    name = ModelVersion.COUNT_OF_INTERSECTION,
    query = "SELECT COUNT(m) FROM ModelVersion m WHERE m.intersectionId = :id")
@NamedQuery(
    name = ModelVersion.LATEST_NUMBER,
    query =
        "SELECT MAX(m.versionNumber) FROM ModelVersion m WHERE m.intersectionId = :id AND m.kind = :kind")
public class ModelVersion implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  public static final String OF_INTERSECTION = "ModelVersion.ofIntersection";
  public static final String LATEST_NUMBER = "ModelVersion.latestNumber";
  public static final String COUNT_OF_INTERSECTION = "ModelVersion.countOfIntersection";

  @Id
  @Column(name = "id", length = 40)
  private String id;

  @Column(name = "intersection_id", nullable = false)
  private String intersectionId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private ModelKind kind;

  @Column(name = "version_number", nullable = false)
  private int versionNumber;

  @Column(name = "algorithm", nullable = false)
  private String algorithm;

  @Column(name = "hyperparameters", nullable = false, length = 4000)
  private String hyperparameters;

  @Column(name = "data_from")
  private OffsetDateTime dataFrom;

  @Column(name = "data_to")
  private OffsetDateTime dataTo;

  @Column(name = "scenario", length = 4000)
  private String scenario;

  @Column(name = "seed", nullable = false)
  private long seed;

  @Column(name = "metrics", nullable = false, length = 8000)
  private String metrics;

  @Column(name = "baselines", nullable = false, length = 8000)
  private String baselines;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "training_seconds", nullable = false)
  private double trainingSeconds;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "training_job_id")
  private String trainingJobId;

  protected ModelVersion() {}

  /** Lineage of a new version; the registry numbers it. */
  public record Lineage(
      String intersectionId,
      ModelKind kind,
      String algorithm,
      String hyperparametersJson,
      OffsetDateTime dataFrom,
      OffsetDateTime dataTo,
      String scenario,
      long seed,
      String metricsJson,
      String baselinesJson,
      long sizeBytes,
      double trainingSeconds,
      String createdBy,
      String trainingJobId) {}

  public ModelVersion(String id, int versionNumber, Lineage l, OffsetDateTime createdAt) {
    this.id = id;
    this.versionNumber = versionNumber;
    this.intersectionId = l.intersectionId();
    this.kind = l.kind();
    this.algorithm = l.algorithm();
    this.hyperparameters = l.hyperparametersJson();
    this.dataFrom = l.dataFrom();
    this.dataTo = l.dataTo();
    this.scenario = l.scenario();
    this.seed = l.seed();
    this.metrics = l.metricsJson();
    this.baselines = l.baselinesJson();
    this.sizeBytes = l.sizeBytes();
    this.trainingSeconds = l.trainingSeconds();
    this.createdBy = l.createdBy();
    this.trainingJobId = l.trainingJobId();
    this.createdAt = createdAt;
  }

  public String id() {
    return id;
  }

  public String intersectionId() {
    return intersectionId;
  }

  public ModelKind kind() {
    return kind;
  }

  public int versionNumber() {
    return versionNumber;
  }

  public String algorithm() {
    return algorithm;
  }

  public String hyperparameters() {
    return hyperparameters;
  }

  public OffsetDateTime dataFrom() {
    return dataFrom;
  }

  public OffsetDateTime dataTo() {
    return dataTo;
  }

  public String scenario() {
    return scenario;
  }

  public long seed() {
    return seed;
  }

  public String metrics() {
    return metrics;
  }

  public String baselines() {
    return baselines;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public double trainingSeconds() {
    return trainingSeconds;
  }

  public String createdBy() {
    return createdBy;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public String trainingJobId() {
    return trainingJobId;
  }
}
