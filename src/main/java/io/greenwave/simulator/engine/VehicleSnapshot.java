package io.greenwave.simulator.engine;

/**
 * One vehicle on the network at one simulated second, for drawing. The engine keeps point queues,
 * so a vehicle is either travelling towards its stop line or queued at it.
 *
 * @param id the vehicle's index in the run's trip table: the same id is the same trip in every run
 *     of the scenario with the same seed, whatever the controller (common random numbers)
 * @param laneGroup global index of the lane group it is heading for or queued at (an index into
 *     {@link TrafficSnapshot#laneGroups()})
 * @param queuePosition 0 for the first vehicle at the stop line, 1 for the next, ...; -1 while
 *     still travelling
 * @param secondsToStopLine free-flow seconds left before it reaches the stop line (0 when queued)
 * @param waitingSeconds how long it has been standing in this queue (0 while travelling)
 */
public record VehicleSnapshot(
    int id, int laneGroup, int queuePosition, int secondsToStopLine, int waitingSeconds) {

  /** Whether it stands in the queue at the stop line. */
  public boolean queued() {
    return queuePosition >= 0;
  }
}
