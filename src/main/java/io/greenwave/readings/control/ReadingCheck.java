package io.greenwave.readings.control;

import io.greenwave.platform.entity.FieldError;
import io.greenwave.readings.entity.Reading;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a row is a reading a detector could have produced: a known lane group, a time stamp with
 * an offset not in the future, an interval that divides an hour, and values within physical limits
 * (no lane discharges more than 3,600 vehicles an hour).
 */
public final class ReadingCheck {
  /** Physical ceiling of a lane's flow, veh/h: one vehicle a second. */
  static final int MAX_FLOW_PER_LANE = 3600;

  private final Map<String, Integer> lanesByGroup;
  private final Instant now;

  /**
   * @param lanesByGroup the intersection's lane groups and their lane counts
   * @param now the present; readings may not start after it
   */
  public ReadingCheck(Map<String, Integer> lanesByGroup, Instant now) {
    this.lanesByGroup = Map.copyOf(lanesByGroup);
    this.now = now;
  }

  /** The outcome for one row: a reading, or the reasons it is not one. */
  public record Outcome(int row, Reading reading, List<FieldError> errors) {
    public boolean ok() {
      return errors.isEmpty();
    }
  }

  public Outcome check(CandidateRow row) {
    List<FieldError> errors = new ArrayList<>();
    int r = row.row();
    if (row.values().containsKey("__notAnObject")) {
      return new Outcome(r, null, List.of(FieldError.atRow(r, "row", "must be a JSON object")));
    }
    if (row.values().containsKey("__columns")) {
      errors.add(
          FieldError.atRow(
              r, "row", "has " + row.values().get("__columns") + " columns, unlike the header"));
    }
    row.values().keySet().stream()
        .filter(k -> k != null && !k.startsWith("__") && !ReadingFields.ALL.contains(k))
        .forEach(k -> errors.add(FieldError.atRow(r, k, "unknown field")));

    String laneGroup = row.value(ReadingFields.LANE_GROUP);
    Integer lanes = null;
    if (laneGroup == null) {
      errors.add(FieldError.atRow(r, ReadingFields.LANE_GROUP, "is required"));
    } else if ((lanes = lanesByGroup.get(laneGroup)) == null) {
      errors.add(
          FieldError.atRow(
              r,
              ReadingFields.LANE_GROUP,
              "'" + shorten(laneGroup) + "' is not a lane group of this intersection"));
    }
    OffsetDateTime start = start(r, row.value(ReadingFields.INTERVAL_START), errors);
    Integer interval = interval(r, row.value(ReadingFields.INTERVAL_SECONDS), errors);
    Integer count =
        integer(
            r, ReadingFields.VEHICLE_COUNT, row.value(ReadingFields.VEHICLE_COUNT), true, errors);
    if (count != null && count < 0) {
      errors.add(FieldError.atRow(r, ReadingFields.VEHICLE_COUNT, "must not be negative"));
    } else if (count != null && lanes != null && interval != null) {
      long ceiling = (long) lanes * MAX_FLOW_PER_LANE * interval / 3600;
      if (count > ceiling) {
        errors.add(
            FieldError.atRow(
                r,
                ReadingFields.VEHICLE_COUNT,
                count
                    + " vehicles in "
                    + interval
                    + " s on "
                    + lanes
                    + " lane(s) is impossible (at most "
                    + ceiling
                    + ")"));
      }
    }
    Double queue =
        decimal(r, ReadingFields.MEAN_QUEUE, row.value(ReadingFields.MEAN_QUEUE), 0, 1000, errors);
    Double occupancy =
        decimal(r, ReadingFields.OCCUPANCY, row.value(ReadingFields.OCCUPANCY), 0, 100, errors);
    Double speed =
        decimal(r, ReadingFields.MEAN_SPEED, row.value(ReadingFields.MEAN_SPEED), 0, 200, errors);
    if (!errors.isEmpty()) {
      return new Outcome(r, null, errors);
    }
    return new Outcome(
        r, new Reading(laneGroup, start, interval, count, queue, occupancy, speed), List.of());
  }

  private OffsetDateTime start(int r, String text, List<FieldError> errors) {
    if (text == null) {
      errors.add(FieldError.atRow(r, ReadingFields.INTERVAL_START, "is required"));
      return null;
    }
    try {
      OffsetDateTime start = OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC);
      if (start.toInstant().isAfter(now)) {
        errors.add(
            FieldError.atRow(r, ReadingFields.INTERVAL_START, "lies in the future (" + text + ")"));
      } else if (start.getYear() < 1990) {
        errors.add(FieldError.atRow(r, ReadingFields.INTERVAL_START, "is before 1990"));
      }
      return start;
    } catch (DateTimeParseException e) {
      errors.add(
          FieldError.atRow(
              r,
              ReadingFields.INTERVAL_START,
              "must be an ISO-8601 date-time with offset, e.g. 2026-11-28T08:15:00Z"));
      return null;
    }
  }

  private static Integer interval(int r, String text, List<FieldError> errors) {
    if (text == null) {
      return Reading.DEFAULT_INTERVAL_SECONDS;
    }
    Integer seconds = integer(r, ReadingFields.INTERVAL_SECONDS, text, true, errors);
    if (seconds == null) {
      return null;
    }
    if (seconds < 60 || seconds > 3600 || 3600 % seconds != 0) {
      errors.add(
          FieldError.atRow(
              r,
              ReadingFields.INTERVAL_SECONDS,
              "must divide an hour, between 60 and 3600 (e.g. 60, 300, 900); was " + seconds));
      return null;
    }
    return seconds;
  }

  private static Integer integer(
      int r, String field, String text, boolean required, List<FieldError> errors) {
    if (text == null) {
      if (required) {
        errors.add(FieldError.atRow(r, field, "is required"));
      }
      return null;
    }
    try {
      BigDecimal value = new BigDecimal(text);
      return value.intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      errors.add(
          FieldError.atRow(r, field, "must be a whole number (was '" + shorten(text) + "')"));
      return null;
    }
  }

  private static Double decimal(
      int r, String field, String text, double min, double max, List<FieldError> errors) {
    if (text == null) {
      return null;
    }
    try {
      double value = new BigDecimal(text).doubleValue();
      if (value < min || value > max) {
        errors.add(FieldError.atRow(r, field, "must be between " + min + " and " + max));
        return null;
      }
      return value;
    } catch (NumberFormatException e) {
      errors.add(FieldError.atRow(r, field, "must be a number (was '" + shorten(text) + "')"));
      return null;
    }
  }

  private static String shorten(String text) {
    String printable = text.replace('\u0000', ' ').strip();
    return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
  }
}
