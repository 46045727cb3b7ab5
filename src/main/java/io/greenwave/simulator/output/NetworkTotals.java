package io.greenwave.simulator.output;

/**
 * Network-wide figures of one run. Means are over every vehicle that departed before the end;
 * vehicles still inside (or still waiting to enter) are counted up to the end of the run.
 *
 * @param simulatedSeconds length of the run, demand horizon plus clearing, s
 * @param horizonSeconds demand horizon, s
 * @param vehiclesDeparted vehicles whose departure time has passed
 * @param vehiclesEntered vehicles admitted onto an entry leg
 * @param vehiclesExited vehicles that left the network
 * @param vehiclesInside vehicles on the network at the end
 * @param vehiclesWaitingToEnter departed vehicles an entry leg full of queue kept out
 * @param meanDelay time loss against free flow, s/veh
 * @param meanWaiting time spent stopped (in a queue or waiting to enter), s/veh
 * @param meanStops number of stops per vehicle
 * @param meanTravelTime travel time, s/veh
 * @param throughputPerHour vehicles that left the network during the demand horizon, veh/h
 * @param meanQueue vehicles queued in the whole network, time average over the run
 * @param totalDelayHours sum of delays, vehicle-hours
 * @param vehicleSteps vehicles on the network summed over the 1-s steps
 */
public record NetworkTotals(
    int simulatedSeconds,
    int horizonSeconds,
    int vehiclesDeparted,
    int vehiclesEntered,
    int vehiclesExited,
    int vehiclesInside,
    int vehiclesWaitingToEnter,
    double meanDelay,
    double meanWaiting,
    double meanStops,
    double meanTravelTime,
    double throughputPerHour,
    double meanQueue,
    double totalDelayHours,
    long vehicleSteps) {}
