package io.greenwave.ml.entity;

import java.util.List;

/**
 * The current state of an intersection as a field controller reports it.
 *
 * @param intersectionId which intersection
 * @param timestamp when the state was observed (ISO-8601 with offset; default now)
 * @param currentPhase index of the phase now green (0-based, in the intersection's phase order)
 * @param timeInPhase seconds since it turned green
 * @param laneGroups per lane group: queue (stopped vehicles), arrivals since the last call,
 *     approaching vehicles (optional), waiting seconds of the queue (optional)
 * @param horizon forecast intervals ahead, 1-4 (default 1)
 */
public record PredictionRequest(
    String intersectionId,
    String timestamp,
    Integer currentPhase,
    Integer timeInPhase,
    List<LaneGroupState> laneGroups,
    Integer horizon) {

  /** One lane group's observed state. */
  public record LaneGroupState(
      String id, Integer queue, Integer arrivals, Integer approaching, Long waitingSeconds) {}
}
