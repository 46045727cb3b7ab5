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
 * One entry of an intersection's deployment history: a deploy or a rollback, from which version to
 * which, whether the gate was overridden, its verdict, who and when. Rollback walks this history.
 */
@Entity
@Table(name = "model_deployment")
@NamedQuery(
    name = ModelDeployment.HISTORY,
    query =
        "SELECT d FROM ModelDeployment d WHERE d.intersectionId = :id AND d.kind = :kind ORDER BY d.at DESC, d.id DESC")
public class ModelDeployment implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  public static final String HISTORY = "ModelDeployment.history";

  /** What happened. */
  public enum Action {
    DEPLOY,
    ROLLBACK
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
  @Column(name = "action", nullable = false)
  private Action action;

  @Column(name = "model_id")
  private String modelId;

  @Column(name = "previous_model_id")
  private String previousModelId;

  @Column(name = "forced", nullable = false)
  private boolean forced;

  @Column(name = "verdict", length = 2000)
  private String verdict;

  @Column(name = "actor", nullable = false)
  private String actor;

  @Column(name = "at", nullable = false)
  private OffsetDateTime at;

  protected ModelDeployment() {}

  public ModelDeployment(
      String id,
      ActiveModelKey slot,
      Action action,
      String modelId,
      String previousModelId,
      boolean forced,
      String verdict,
      String actor,
      OffsetDateTime at) {
    this.id = id;
    this.intersectionId = slot.intersectionId();
    this.kind = slot.kind();
    this.action = action;
    this.modelId = modelId;
    this.previousModelId = previousModelId;
    this.forced = forced;
    this.verdict = verdict;
    this.actor = actor;
    this.at = at;
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

  public Action action() {
    return action;
  }

  public String modelId() {
    return modelId;
  }

  public String previousModelId() {
    return previousModelId;
  }

  public boolean forced() {
    return forced;
  }

  public String verdict() {
    return verdict;
  }

  public String actor() {
    return actor;
  }

  public OffsetDateTime at() {
    return at;
  }
}
