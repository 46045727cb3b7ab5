package io.greenwave.readings.control;

import io.greenwave.network.control.IntersectionRepository;
import io.greenwave.network.entity.Intersection;
import io.greenwave.network.entity.LaneGroup;
import io.greenwave.platform.entity.FieldError;
import io.greenwave.platform.entity.LiveEvent;
import io.greenwave.platform.entity.ProblemException;
import io.greenwave.readings.entity.IngestReport;
import io.greenwave.readings.entity.Reading;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Accepts detector readings for an intersection. Strict by default: one bad row refuses the
 * request, lists every bad row, and stores nothing. Lenient: stores the good rows and reports the
 * others. Either way a stored reading replaces one with the same key.
 */
@ApplicationScoped
public class ReadingIngest {
  /** Tolerated clock skew of field controllers: a reading may start up to this far ahead. */
  static final long FUTURE_TOLERANCE_SECONDS = 300;

  /**
   * How many row errors a response lists at most, so that a broken upload gets a readable answer.
   */
  static final int MAX_LISTED_ERRORS = 1000;

  @Inject IntersectionRepository intersections;
  @Inject ReadingStore store;
  @Inject Event<LiveEvent> live;

  public IngestReport ingest(String intersectionId, List<CandidateRow> rows, boolean lenient) {
    Intersection intersection = intersections.require(intersectionId);
    Map<String, Integer> lanes =
        intersection.laneGroups().stream()
            .collect(Collectors.toMap(LaneGroup::id, LaneGroup::lanes));
    ReadingCheck check =
        new ReadingCheck(lanes, Instant.now().plus(FUTURE_TOLERANCE_SECONDS, ChronoUnit.SECONDS));
    List<Reading> good = new ArrayList<>(rows.size());
    List<FieldError> errors = new ArrayList<>();
    int rejected = 0;
    for (CandidateRow row : rows) {
      ReadingCheck.Outcome outcome = check.check(row);
      if (outcome.ok()) {
        good.add(outcome.reading());
      } else {
        rejected++;
        if (errors.size() < MAX_LISTED_ERRORS) {
          errors.addAll(outcome.errors());
        }
      }
    }
    if (rows.isEmpty()) {
      throw ProblemException.invalidField("body", "contains no readings");
    }
    if (rejected > 0 && !lenient) {
      throw ProblemException.badRequest(
          rejected
              + " of "
              + rows.size()
              + " readings are invalid; nothing was stored (use mode=lenient to store the valid ones)",
          errors);
    }
    int stored = store.upsert(intersectionId, good);
    announce(intersectionId, good, stored);
    return new IngestReport(
        intersectionId, lenient ? "lenient" : "strict", rows.size(), stored, rejected, errors);
  }

  /** Tells live streams: one event per request with the count and the latest interval stored. */
  private void announce(String intersectionId, List<Reading> good, int stored) {
    if (good.isEmpty()) {
      return;
    }
    Reading latest = good.stream().max(Comparator.comparing(Reading::intervalStart)).orElseThrow();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("stored", stored);
    data.put("latestIntervalStart", latest.intervalStart().toString());
    data.put("intervalSeconds", latest.intervalSeconds());
    data.put(
        "latestVehicleCount",
        good.stream()
            .filter(r -> r.intervalStart().isEqual(latest.intervalStart()))
            .mapToInt(Reading::vehicleCount)
            .sum());
    live.fire(LiveEvent.of("readings", intersectionId, data));
  }
}
