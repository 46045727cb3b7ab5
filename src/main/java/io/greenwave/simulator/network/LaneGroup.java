package io.greenwave.simulator.network;

import java.util.Objects;
import java.util.Set;

/**
 * Lanes of one approach that move together and share one queue, e.g. {@code N_T} (north through and
 * right, 2 lanes) or {@code N_L} (north left, 1 lane).
 *
 * @param id unique within the intersection, conventionally {@code <approach>_<letters>}
 * @param approach the side the lanes come from
 * @param movements the movements these lanes serve; one movement belongs to one lane group
 * @param lanes number of lanes, at least 1
 * @param saturationFlowPerLane discharge rate of a standing queue during green, veh/h/lane (1,800
 *     by default: a 2.0 s headway)
 */
public record LaneGroup(
    String id,
    Approach approach,
    Set<Movement> movements,
    int lanes,
    double saturationFlowPerLane) {

  /** HCM-style default used when a scenario omits the saturation flow, veh/h/lane. */
  public static final double DEFAULT_SATURATION_FLOW = 1800.0;

  public LaneGroup {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(approach, "approach");
    movements = Set.copyOf(movements);
    if (movements.isEmpty()) {
      throw new IllegalArgumentException("lane group " + id + " serves no movement");
    }
    if (lanes < 1) {
      throw new IllegalArgumentException("lane group " + id + " needs at least one lane");
    }
    if (saturationFlowPerLane <= 0) {
      saturationFlowPerLane = DEFAULT_SATURATION_FLOW;
    }
  }

  /** Saturation flow of the whole group, veh/h. */
  public double saturationFlow() {
    return lanes * saturationFlowPerLane;
  }
}
