package io.greenwave.forecasting.features;

import io.greenwave.readings.entity.Reading;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The readings of one intersection laid on the slot grid, one {@link ReadingSeries} per lane group,
 * all spanning the same slots. Readings of another interval length than the clock's are ignored (a
 * 5-minute feed is not a 15-minute one); a repeated slot keeps the last reading.
 */
public final class IntersectionHistory {
  private final IntervalClock clock;
  private final Map<String, ReadingSeries> series;
  private final long firstSlot;
  private final long endSlot;

  private IntersectionHistory(
      IntervalClock clock, Map<String, ReadingSeries> series, long firstSlot, long endSlot) {
    this.clock = clock;
    this.series = series;
    this.firstSlot = firstSlot;
    this.endSlot = endSlot;
  }

  /**
   * @param laneGroups lane groups to keep (others are dropped); null keeps every lane group seen
   */
  public static IntersectionHistory of(
      Collection<Reading> readings, IntervalClock clock, Collection<String> laneGroups) {
    List<Reading> usable =
        readings.stream()
            .filter(r -> r.intervalSeconds() == clock.intervalSeconds())
            .filter(r -> laneGroups == null || laneGroups.contains(r.laneGroup()))
            .toList();
    if (usable.isEmpty()) {
      return new IntersectionHistory(clock, Map.of(), 0, 0);
    }
    long first = usable.stream().mapToLong(r -> clock.slot(r.intervalStart())).min().orElseThrow();
    long end = usable.stream().mapToLong(r -> clock.slot(r.intervalStart())).max().orElseThrow();
    int length = Math.toIntExact(end + 1 - first);
    Map<String, ReadingSeries> series = new LinkedHashMap<>();
    TreeSet<String> names = new TreeSet<>(laneGroups == null ? List.of() : laneGroups);
    usable.forEach(r -> names.add(r.laneGroup()));
    names.forEach(g -> series.put(g, ReadingSeries.empty(first, length)));
    for (Reading r : usable) {
      series.get(r.laneGroup()).put(clock.slot(r.intervalStart()), r.vehicleCount());
    }
    return new IntersectionHistory(clock, series, first, end + 1);
  }

  public IntervalClock clock() {
    return clock;
  }

  /** Lane groups in alphabetical order. */
  public List<String> laneGroups() {
    return List.copyOf(series.keySet());
  }

  /** The series of a lane group; an all-missing series when it has no readings. */
  public ReadingSeries series(String laneGroup) {
    ReadingSeries s = series.get(laneGroup);
    return s != null ? s : ReadingSeries.empty(firstSlot, 0);
  }

  /** The first slot with a reading of any lane group. */
  public long firstSlot() {
    return firstSlot;
  }

  /** One past the last slot with a reading. */
  public long endSlot() {
    return endSlot;
  }

  public boolean isEmpty() {
    return series.isEmpty();
  }
}
