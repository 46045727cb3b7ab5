package io.greenwave.simulator.network;

import java.util.Set;

/**
 * A set of lane groups that have green together. The phases of an intersection run in their listed
 * order; phases must not contain conflicting movements (the network checks crossing through
 * movements).
 *
 * @param laneGroups ids of the lane groups served by this phase
 */
public record Phase(Set<String> laneGroups) {
  public Phase {
    laneGroups = Set.copyOf(laneGroups);
    if (laneGroups.isEmpty()) {
      throw new IllegalArgumentException("a phase must serve at least one lane group");
    }
  }
}
