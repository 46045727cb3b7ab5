package io.greenwave.ml.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A field metric is identified by intersection, interval start and the controller that ran. */
@Embeddable
public class FieldMetricKey implements Serializable {
  @Column(name = "intersection_id")
  private String intersectionId;

  @Column(name = "interval_start")
  private OffsetDateTime intervalStart;

  @Column(name = "controller_type")
  private String controllerType;

  protected FieldMetricKey() {}

  public FieldMetricKey(
      String intersectionId, OffsetDateTime intervalStart, String controllerType) {
    this.intersectionId = intersectionId;
    this.intervalStart = intervalStart;
    this.controllerType = controllerType;
  }

  public String intersectionId() {
    return intersectionId;
  }

  public OffsetDateTime intervalStart() {
    return intervalStart;
  }

  public String controllerType() {
    return controllerType;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldMetricKey k
        && Objects.equals(intersectionId, k.intersectionId)
        && Objects.equals(
            intervalStart == null ? null : intervalStart.toInstant(),
            k.intervalStart == null ? null : k.intervalStart.toInstant())
        && Objects.equals(controllerType, k.controllerType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        intersectionId, intervalStart == null ? null : intervalStart.toInstant(), controllerType);
  }
}
