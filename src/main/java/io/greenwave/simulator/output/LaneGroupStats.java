package io.greenwave.simulator.output;

/**
 * One lane group's result.
 *
 * @param intersection intersection id
 * @param laneGroup lane group id
 * @param arrivals vehicles that reached the stop line
 * @param departures vehicles that crossed the stop line
 * @param meanQueue vehicles queued, time average
 * @param maxQueue largest queue seen
 * @param meanDelay control delay per vehicle that reached the stop line, s/veh (queued vehicles
 *     counted up to the end)
 * @param effectiveGreenSeconds seconds of effective green (green and yellow after start-up lost
 *     time)
 * @param degreeOfSaturation arrivals divided by the capacity offered during effective green (null
 *     if it never had green)
 * @param measuredSaturationFlowPerLane discharge rate over seconds in which a standing queue was
 *     served without spillback, veh/h/lane (null if none)
 */
public record LaneGroupStats(
    String intersection,
    String laneGroup,
    long arrivals,
    long departures,
    double meanQueue,
    int maxQueue,
    double meanDelay,
    long effectiveGreenSeconds,
    Double degreeOfSaturation,
    Double measuredSaturationFlowPerLane) {}
