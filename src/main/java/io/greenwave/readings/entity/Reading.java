package io.greenwave.readings.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;

/**
 * What a detector saw on one lane group during one interval: vehicles counted, and where the
 * detector measures them, the mean queue (vehicles), occupancy (% of time occupied) and mean speed
 * (km/h). {@code samples} is set on aggregated answers: how many raw readings were combined.
 */
@JsonbNillable(false)
@JsonbPropertyOrder({
  "laneGroup",
  "intervalStart",
  "intervalSeconds",
  "vehicleCount",
  "meanQueue",
  "occupancy",
  "meanSpeed",
  "samples"
})
public record Reading(
    String laneGroup,
    OffsetDateTime intervalStart,
    int intervalSeconds,
    int vehicleCount,
    Double meanQueue,
    Double occupancy,
    Double meanSpeed,
    Integer samples)
    implements java.io.Serializable {

  /** The default interval: 15 minutes. */
  public static final int DEFAULT_INTERVAL_SECONDS = 900;

  public Reading(
      String laneGroup,
      OffsetDateTime intervalStart,
      int intervalSeconds,
      int vehicleCount,
      Double meanQueue,
      Double occupancy,
      Double meanSpeed) {
    this(
        laneGroup,
        intervalStart,
        intervalSeconds,
        vehicleCount,
        meanQueue,
        occupancy,
        meanSpeed,
        null);
  }

  /**
   * @return hourly flow rate of this interval, veh/h
   */
  public double flowPerHour() {
    return vehicleCount * 3600.0 / intervalSeconds;
  }
}
