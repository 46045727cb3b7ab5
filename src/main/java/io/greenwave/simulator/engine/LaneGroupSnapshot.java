package io.greenwave.simulator.engine;

import io.greenwave.simulator.network.Approach;

/**
 * One lane group at one simulated second, for drawing: where it is, what its signal shows and how
 * many vehicles wait at its stop line.
 *
 * @param intersection index of its intersection in network order
 * @param id lane-group id within the intersection, e.g. {@code N_L}
 * @param approach the side vehicles come from
 * @param lanes number of lanes
 * @param legLengthMeters length of the road leading to the stop line (link or entry leg)
 * @param legTravelSeconds free-flow travel time along that road
 * @param aspect the signal shown to the lane group
 * @param queue vehicles queued at the stop line
 */
public record LaneGroupSnapshot(
    int intersection,
    String id,
    Approach approach,
    int lanes,
    double legLengthMeters,
    int legTravelSeconds,
    SignalAspect aspect,
    int queue) {}
