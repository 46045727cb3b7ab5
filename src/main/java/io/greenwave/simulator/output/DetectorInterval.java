package io.greenwave.simulator.output;

/**
 * What a stop-line detector on a lane group would report for one interval, in the shape of the
 * platform's detector readings.
 *
 * @param startSecond interval start
 * @param endSecond interval end (exclusive)
 * @param intersection intersection id
 * @param laneGroup lane group id
 * @param count vehicles that crossed the stop line
 * @param meanQueue vehicles queued, time average
 * @param occupancy share of the interval the detector was covered: a second with a standing queue
 *     counts fully, a crossing vehicle 0.5 s per lane (5 m car over a 2 m loop at 50 km/h)
 */
public record DetectorInterval(
    int startSecond,
    int endSecond,
    String intersection,
    String laneGroup,
    int count,
    double meanQueue,
    double occupancy) {}
