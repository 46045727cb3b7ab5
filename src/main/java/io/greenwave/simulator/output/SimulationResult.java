package io.greenwave.simulator.output;

import java.util.List;

/**
 * Everything one run reports.
 *
 * @param scenario scenario name
 * @param controller controller name asked for
 * @param seed seed of the run
 * @param totals network totals
 * @param intersections per intersection, with level of service and fallback state
 * @param laneGroups per lane group
 * @param detectors detector-like aggregates per interval (may be empty)
 * @param vehicles per-vehicle records (empty unless requested)
 */
public record SimulationResult(
    String scenario,
    String controller,
    long seed,
    NetworkTotals totals,
    List<IntersectionStats> intersections,
    List<LaneGroupStats> laneGroups,
    List<DetectorInterval> detectors,
    List<VehicleRecord> vehicles) {

  /** Whether any intersection's controller was replaced by the fixed plan. */
  public boolean anyFallback() {
    return intersections.stream().anyMatch(IntersectionStats::fellBack);
  }
}
