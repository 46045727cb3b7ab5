package io.greenwave.forecasting;

import io.greenwave.demo.control.DemandHistory;
import io.greenwave.demo.control.DemandHistory.Anomalies;
import io.greenwave.demo.control.DemoNetwork;
import io.greenwave.demo.control.DemoNetwork.DemoIntersection;
import io.greenwave.network.entity.IntersectionDefinition.LaneGroupData;
import io.greenwave.readings.entity.Reading;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Detector histories of the demo intersections, made like the demo installation makes them
 * (DemoDataSeeder's seed and per-lane-group seeds), ending at a fixed Monday so that tests and
 * benchmarks are repeatable.
 */
public final class DemoHistories {
  /** The demo installation's default seed. */
  public static final long SEED = 20261128L;

  /** End of every history: a Monday midnight, UTC. */
  public static final OffsetDateTime END =
      OffsetDateTime.of(2026, 11, 30, 0, 0, 0, 0, ZoneOffset.UTC);

  private DemoHistories() {}

  /** The demo intersection ids. */
  public static List<String> intersectionIds() {
    return DemoNetwork.intersections().stream().map(i -> i.definition().id()).toList();
  }

  /** {@code weeks} of 15-minute readings of every lane group of a demo intersection. */
  public static List<Reading> of(String intersectionId, int weeks) {
    return of(intersectionId, weeks, Anomalies.none());
  }

  /** The same with anomalies woven into every lane group. */
  public static List<Reading> of(String intersectionId, int weeks, Anomalies anomalies) {
    DemoIntersection i =
        DemoNetwork.intersections().stream()
            .filter(d -> d.definition().id().equals(intersectionId))
            .findFirst()
            .orElseThrow();
    List<Reading> all = new ArrayList<>();
    for (LaneGroupData g : i.definition().laneGroups()) {
      DemandHistory h =
          new DemandHistory(
              i.peakVolumes().getOrDefault(g.id(), 300),
              g.lanes(),
              g.saturationFlow(),
              g.approach().charAt(0),
              SEED ^ (intersectionId + "/" + g.id()).hashCode());
      all.addAll(h.generate(g.id(), END.minusWeeks(weeks), END, 900, anomalies));
    }
    return all;
  }
}
