package io.greenwave.readings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A stored detector reading. Bulk ingestion writes the table with JDBC (see {@code ReadingStore});
 * this mapping serves JPA queries and the features that read single readings.
 */
@Entity
@Table(name = "detector_reading")
public class DetectorReading {
  @EmbeddedId private ReadingKey id;

  @Column(name = "interval_s", nullable = false)
  private int intervalSeconds;

  @Column(name = "vehicle_count", nullable = false)
  private int vehicleCount;

  @Column(name = "mean_queue")
  private Double meanQueue;

  @Column(name = "occupancy_pct")
  private Double occupancy;

  @Column(name = "mean_speed_kmh")
  private Double meanSpeed;

  @Column(name = "received_at", nullable = false)
  private OffsetDateTime receivedAt;

  protected DetectorReading() {}

  public DetectorReading(String intersectionId, Reading r) {
    this.id = new ReadingKey(intersectionId, r.laneGroup(), r.intervalStart());
    this.intervalSeconds = r.intervalSeconds();
    this.vehicleCount = r.vehicleCount();
    this.meanQueue = r.meanQueue();
    this.occupancy = r.occupancy();
    this.meanSpeed = r.meanSpeed();
    this.receivedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public ReadingKey id() {
    return id;
  }

  public Reading toReading() {
    return new Reading(
        id.laneGroup(),
        id.intervalStart().withOffsetSameInstant(ZoneOffset.UTC),
        intervalSeconds,
        vehicleCount,
        meanQueue,
        occupancy,
        meanSpeed);
  }

  public OffsetDateTime receivedAt() {
    return receivedAt;
  }
}
