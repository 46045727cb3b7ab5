package io.greenwave.simulator.output;

/**
 * One intersection's result.
 *
 * @param intersection id
 * @param controller name of the controller asked for
 * @param meanDelay control delay per vehicle that reached a stop line, s/veh
 * @param levelOfService HCM level of service from {@code meanDelay}
 * @param vehiclesServed vehicles that crossed a stop line
 * @param fellBack whether the safety shield replaced the controller by the fixed plan
 * @param fallbackReason why, or null
 * @param fallbackSecond simulated second of the fallback, or -1
 */
public record IntersectionStats(
    String intersection,
    String controller,
    double meanDelay,
    LevelOfService levelOfService,
    long vehiclesServed,
    boolean fellBack,
    String fallbackReason,
    int fallbackSecond) {}
