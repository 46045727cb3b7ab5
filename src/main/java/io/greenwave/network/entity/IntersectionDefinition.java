package io.greenwave.network.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An intersection as an engineer defines it, and as the API and console read and write it. {@code
 * version} is returned on every read and must be sent back on update (or as {@code If-Match}), so
 * that a stale update is refused.
 */
@JsonbPropertyOrder({
  "id",
  "name",
  "location",
  "timing",
  "laneGroups",
  "phases",
  "version",
  "createdAt",
  "updatedAt"
})
public record IntersectionDefinition(
    String id,
    String name,
    LocationData location,
    TimingData timing,
    List<LaneGroupData> laneGroups,
    List<PhaseData> phases,
    Long version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  /** Where the intersection is, WGS84 degrees. */
  public record LocationData(Double latitude, Double longitude) {}

  /** Timing limits in seconds; omitted values take the reference defaults (5/60/3/2, 30-150). */
  public record TimingData(
      Integer minGreen,
      Integer maxGreen,
      Integer yellow,
      Integer allRed,
      Integer cycleMin,
      Integer cycleMax) {}

  /**
   * A lane group: {@code approach} N/E/S/W, {@code movements} of THROUGH/LEFT/RIGHT, {@code lanes},
   * and {@code saturationFlow} per lane in veh/h of green (default 1800).
   */
  @JsonbPropertyOrder({"id", "approach", "movements", "lanes", "saturationFlow"})
  public record LaneGroupData(
      String id, String approach, List<String> movements, Integer lanes, Integer saturationFlow) {}

  /** A phase: a name and the lane groups that have green together. */
  public record PhaseData(String name, List<String> laneGroups) {}
}
