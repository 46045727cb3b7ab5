package io.greenwave.signal;

/**
 * What a controller observes of one intersection at a decision instant.
 *
 * <p>Lane groups and phases are addressed by their index in the intersection's lists. The object is
 * a reused, allocation-free view onto the simulator's arrays: read it during {@link
 * SignalController#decide}, never keep it. A field adapter can implement it from detector data.
 */
public interface IntersectionState {

  /** Simulated time, seconds since the start of the run. */
  int time();

  /** Index of the phase currently green. */
  int currentPhase();

  /** Seconds since the current phase turned green. */
  int timeInPhase();

  /** Number of phases. */
  int phaseCount();

  /** Number of lane groups. */
  int laneGroupCount();

  /** Whether a phase gives green to a lane group. */
  boolean phaseServes(int phase, int laneGroup);

  /** Vehicles standing at the stop line of a lane group (the queue). */
  int queue(int laneGroup);

  /** Vehicles that reached the stop line of a lane group since the previous decision. */
  int arrivalsSinceLastDecision(int laneGroup);

  /**
   * Moving vehicles on the approach of a lane group within the detection horizon upstream of the
   * stop line (100 m by default), not yet queued.
   */
  int approaching(int laneGroup);

  /**
   * Seconds until the next moving vehicle reaches the stop line of a lane group at free-flow speed,
   * or {@link Integer#MAX_VALUE} if none is on the approach. Gives actuated control its
   * passage-time test.
   */
  int secondsToNextArrival(int laneGroup);

  /** Total seconds the vehicles now queued at a lane group have been waiting. */
  long queuedWaitingSeconds(int laneGroup);

  /** Saturation flow of a lane group, vehicles per second of effective green. */
  double saturationFlowPerSecond(int laneGroup);

  /**
   * Neighbour information: turn-weighted queue on the link this lane group feeds, i.e. the
   * max-pressure term {@code sum_k r_jk * q_jk}; 0 when its vehicles leave the network.
   */
  double downstreamQueue(int laneGroup);

  /**
   * Neighbour information: free storage (vehicles) on the link this lane group feeds, or {@link
   * Integer#MAX_VALUE} when its vehicles leave the network. Zero means spillback blocks discharge.
   */
  int downstreamSpace(int laneGroup);
}
