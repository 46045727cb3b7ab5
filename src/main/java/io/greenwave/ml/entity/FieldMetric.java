package io.greenwave.ml.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * What a field controller measured over one interval: average wait (s/veh), queue (veh), throughput
 * (veh/h) and stops (per vehicle), tagged with the controller type that ran and the model version
 * it used. Re-sending the same interval and controller replaces it.
 */
@Entity
@Table(name = "field_metric")
public class FieldMetric {
  @EmbeddedId private FieldMetricKey key;

  @Column(name = "interval_s", nullable = false)
  private int intervalSeconds;

  @Column(name = "model_version")
  private String modelVersion;

  @Column(name = "average_wait", nullable = false)
  private double averageWait;

  @Column(name = "average_queue")
  private Double averageQueue;

  @Column(name = "throughput")
  private Double throughput;

  @Column(name = "stops")
  private Double stops;

  @Column(name = "received_at", nullable = false)
  private OffsetDateTime receivedAt;

  protected FieldMetric() {}

  public FieldMetric(
      FieldMetricKey key,
      int intervalSeconds,
      String modelVersion,
      double averageWait,
      Double averageQueue,
      Double throughput,
      Double stops,
      OffsetDateTime receivedAt) {
    this.key = key;
    this.intervalSeconds = intervalSeconds;
    this.modelVersion = modelVersion;
    this.averageWait = averageWait;
    this.averageQueue = averageQueue;
    this.throughput = throughput;
    this.stops = stops;
    this.receivedAt = receivedAt;
  }

  public FieldMetricKey key() {
    return key;
  }

  public int intervalSeconds() {
    return intervalSeconds;
  }

  public String modelVersion() {
    return modelVersion;
  }

  public double averageWait() {
    return averageWait;
  }

  public Double averageQueue() {
    return averageQueue;
  }

  public Double throughput() {
    return throughput;
  }

  public Double stops() {
    return stops;
  }
}
