package io.greenwave.ml.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/** One slot of the registry: an intersection and a model kind. */
@Embeddable
public class ActiveModelKey implements Serializable {
  @Column(name = "intersection_id")
  private String intersectionId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind")
  private ModelKind kind;

  protected ActiveModelKey() {}

  public ActiveModelKey(String intersectionId, ModelKind kind) {
    this.intersectionId = intersectionId;
    this.kind = kind;
  }

  public String intersectionId() {
    return intersectionId;
  }

  public ModelKind kind() {
    return kind;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ActiveModelKey k
        && Objects.equals(intersectionId, k.intersectionId)
        && kind == k.kind;
  }

  @Override
  public int hashCode() {
    return Objects.hash(intersectionId, kind);
  }
}
