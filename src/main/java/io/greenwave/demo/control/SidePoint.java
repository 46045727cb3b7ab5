package io.greenwave.demo.control;

/**
 * One side's measurements at one sample time, as charted and exported.
 *
 * @param meanDelay average delay of the vehicles that have left the network so far, s/veh (in this
 *     simulator delay is time spent waiting in queues or to enter)
 * @param queue vehicles waiting at stop lines now
 * @param throughput vehicles leaving the network per hour, over the last 5 minutes
 * @param served vehicles that have left the network so far
 */
public record SidePoint(double meanDelay, int queue, double throughput, int served) {}
