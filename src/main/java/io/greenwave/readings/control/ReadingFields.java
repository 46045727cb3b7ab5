package io.greenwave.readings.control;

import java.util.List;
import java.util.Set;

/** The field names of a reading, in JSON and as CSV header columns (documented in docs/api.md). */
public final class ReadingFields {
  public static final String LANE_GROUP = "laneGroup";
  public static final String INTERVAL_START = "intervalStart";
  public static final String INTERVAL_SECONDS = "intervalSeconds";
  public static final String VEHICLE_COUNT = "vehicleCount";
  public static final String MEAN_QUEUE = "meanQueue";
  public static final String OCCUPANCY = "occupancy";
  public static final String MEAN_SPEED = "meanSpeed";

  /** Column order of CSV exports, and the documented CSV header. */
  public static final List<String> ALL =
      List.of(
          LANE_GROUP,
          INTERVAL_START,
          INTERVAL_SECONDS,
          VEHICLE_COUNT,
          MEAN_QUEUE,
          OCCUPANCY,
          MEAN_SPEED);

  public static final Set<String> REQUIRED = Set.of(LANE_GROUP, INTERVAL_START, VEHICLE_COUNT);

  private ReadingFields() {}
}
