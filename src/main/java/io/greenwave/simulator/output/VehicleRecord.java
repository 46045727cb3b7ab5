package io.greenwave.simulator.output;

/**
 * One vehicle's trip. A vehicle still inside at the end has {@code finished == false} and its times
 * counted up to the end.
 *
 * @param id vehicle number (departure order)
 * @param departureSecond scheduled departure
 * @param exitSecond second it left the network, or -1
 * @param travelTime seconds from departure to exit (or to the end)
 * @param freeFlowTime seconds the whole route takes at free-flow speed
 * @param delay time loss against free flow, s
 * @param waiting time stopped, s
 * @param stops times it came to a halt at a stop line
 * @param finished whether it left the network
 */
public record VehicleRecord(
    int id,
    int departureSecond,
    int exitSecond,
    int travelTime,
    int freeFlowTime,
    int delay,
    int waiting,
    int stops,
    boolean finished) {}
