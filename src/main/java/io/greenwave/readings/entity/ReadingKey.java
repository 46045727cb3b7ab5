package io.greenwave.readings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A reading is identified by where and when: intersection, lane group, interval start. */
@Embeddable
public class ReadingKey implements Serializable {
  @Column(name = "intersection_id", length = 64)
  private String intersectionId;

  @Column(name = "lane_group", length = 32)
  private String laneGroup;

  @Column(name = "interval_start")
  private OffsetDateTime intervalStart;

  protected ReadingKey() {}

  public ReadingKey(String intersectionId, String laneGroup, OffsetDateTime intervalStart) {
    this.intersectionId = intersectionId;
    this.laneGroup = laneGroup;
    this.intervalStart = intervalStart;
  }

  public String intersectionId() {
    return intersectionId;
  }

  public String laneGroup() {
    return laneGroup;
  }

  public OffsetDateTime intervalStart() {
    return intervalStart;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadingKey k
        && Objects.equals(intersectionId, k.intersectionId)
        && Objects.equals(laneGroup, k.laneGroup)
        && Objects.equals(
            intervalStart == null ? null : intervalStart.toInstant(),
            k.intervalStart == null ? null : k.intervalStart.toInstant());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        intersectionId, laneGroup, intervalStart == null ? null : intervalStart.toInstant());
  }
}
