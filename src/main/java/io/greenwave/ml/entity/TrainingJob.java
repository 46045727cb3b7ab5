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
 * A training run of a forecaster or a policy for one intersection, persisted so that it survives a
 * restart (a job that was running when its node stopped is marked interrupted, never left running)
 * and runs exactly once in a cluster (a node claims a queued job with a conditional update).
 */
@Entity
@Table(name = "training_job")
@NamedQuery(
    name = TrainingJob.OF_INTERSECTION,
    query = "SELECT j FROM TrainingJob j WHERE j.intersectionId = :id ORDER BY j.createdAt DESC")
@NamedQuery(
    name = TrainingJob.QUEUED,
    query = "SELECT j FROM TrainingJob j WHERE j.status = :status ORDER BY j.createdAt")
@NamedQuery(
    name = TrainingJob.BY_IDEMPOTENCY_KEY,
    query = "SELECT j FROM TrainingJob j WHERE j.requestedBy = :actor AND j.idempotencyKey = :key")
@NamedQuery(
    name = TrainingJob.RECENT,
    query = "SELECT j FROM TrainingJob j ORDER BY j.createdAt DESC")
public class TrainingJob implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  public static final String OF_INTERSECTION = "TrainingJob.ofIntersection";
  public static final String QUEUED = "TrainingJob.withStatus";
  public static final String RECENT = "TrainingJob.recent";
  public static final String BY_IDEMPOTENCY_KEY = "TrainingJob.byIdempotencyKey";

  /** Where a job stands. */
  public enum Status {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED,
    INTERRUPTED;

    public boolean ended() {
      return this != QUEUED && this != RUNNING;
    }
  }

  @Id
  @Column(name = "id", length = 40)
  private String id;

  @Column(name = "intersection_id", nullable = false)
  private String intersectionId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private ModelKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private Status status;

  @Column(name = "progress", nullable = false)
  private int progress;

  @Column(name = "phase")
  private String phase;

  @Column(name = "current_metric")
  private Double currentMetric;

  @Column(name = "settings", nullable = false, length = 4000)
  private String settings;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "started_at")
  private OffsetDateTime startedAt;

  @Column(name = "finished_at")
  private OffsetDateTime finishedAt;

  @Column(name = "heartbeat_at")
  private OffsetDateTime heartbeatAt;

  @Column(name = "node")
  private String node;

  @Column(name = "cancel_requested", nullable = false)
  private boolean cancelRequested;

  @Column(name = "error", length = 2000)
  private String error;

  @Column(name = "model_id")
  private String modelId;

  @Column(name = "curve", length = 8000)
  private String curve;

  /** The requester's name for this request ({@code Idempotency-Key}), or null. */
  @Column(name = "idempotency_key", length = 200)
  private String idempotencyKey;

  protected TrainingJob() {}

  public TrainingJob(
      String id,
      String intersectionId,
      ModelKind kind,
      String settingsJson,
      String requestedBy,
      OffsetDateTime createdAt) {
    this.id = id;
    this.intersectionId = intersectionId;
    this.kind = kind;
    this.settings = settingsJson;
    this.requestedBy = requestedBy;
    this.createdAt = createdAt;
    this.status = Status.QUEUED;
    this.phase = "queued";
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

  public Status status() {
    return status;
  }

  public int progress() {
    return progress;
  }

  public String phase() {
    return phase;
  }

  public Double currentMetric() {
    return currentMetric;
  }

  public String settings() {
    return settings;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime startedAt() {
    return startedAt;
  }

  public OffsetDateTime finishedAt() {
    return finishedAt;
  }

  public String node() {
    return node;
  }

  public boolean cancelRequested() {
    return cancelRequested;
  }

  public String error() {
    return error;
  }

  public String modelId() {
    return modelId;
  }

  public String curve() {
    return curve;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  /** Names this job with the requester's idempotency key (before it is first stored). */
  public TrainingJob withIdempotencyKey(String key) {
    this.idempotencyKey = key;
    return this;
  }

  /**
   * Whether a request with this job's idempotency key asks for the same training: same
   * intersection, kind and settings (compared as parsed and stored, so that a client's spacing does
   * not matter).
   */
  public boolean sameRequestAs(
      String otherIntersectionId, ModelKind otherKind, String settingsJson) {
    return intersectionId.equals(otherIntersectionId)
        && kind == otherKind
        && settings.equals(settingsJson);
  }

  public void requestCancel() {
    cancelRequested = true;
    if (status == Status.QUEUED) {
      end(Status.CANCELLED, null, OffsetDateTime.now(java.time.ZoneOffset.UTC));
    }
  }

  public void report(
      int percent, String currentPhase, Double metric, String curveJson, OffsetDateTime now) {
    this.progress = Math.max(0, Math.min(100, percent));
    this.phase = currentPhase;
    this.currentMetric = metric;
    if (curveJson != null) {
      this.curve = curveJson;
    }
    this.heartbeatAt = now;
  }

  public void succeed(String newModelId, OffsetDateTime now) {
    this.modelId = newModelId;
    this.progress = 100;
    end(Status.SUCCEEDED, null, now);
  }

  public void end(Status outcome, String failure, OffsetDateTime now) {
    this.status = outcome;
    this.error =
        failure == null ? null : failure.length() > 2000 ? failure.substring(0, 2000) : failure;
    this.phase = outcome.name().toLowerCase();
    this.finishedAt = now;
  }
}
