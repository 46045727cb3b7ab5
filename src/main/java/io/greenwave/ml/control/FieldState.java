package io.greenwave.ml.control;

import io.greenwave.ml.entity.PredictionRequest;
import io.greenwave.ml.entity.PredictionRequest.LaneGroupState;
import io.greenwave.network.entity.Intersection;
import io.greenwave.network.entity.LaneGroup;
import io.greenwave.signal.IntersectionState;
import java.util.List;

/**
 * An intersection's state as a field controller reported it, seen through the same interface the
 * simulator gives controllers, so that a learned policy decides in the field exactly as it learned.
 * What detectors cannot see is estimated conservatively: no approaching vehicles unless reported,
 * free space downstream (isolated operation).
 */
public final class FieldState implements IntersectionState {
  private final int time;
  private final int currentPhase;
  private final int timeInPhase;
  private final boolean[][] serves;
  private final int[] queue;
  private final int[] arrivals;
  private final int[] approaching;
  private final long[] waiting;
  private final double[] saturation;

  public FieldState(Intersection intersection, PredictionRequest request, int secondsOfDay) {
    List<LaneGroup> groups = intersection.laneGroups();
    int n = groups.size();
    queue = new int[n];
    arrivals = new int[n];
    approaching = new int[n];
    waiting = new long[n];
    saturation = new double[n];
    for (int g = 0; g < n; g++) {
      saturation[g] = groups.get(g).saturationFlow() / 3600.0;
      LaneGroupState s = find(request.laneGroups(), groups.get(g).id());
      if (s != null) {
        queue[g] = nonNegative(s.queue());
        arrivals[g] = nonNegative(s.arrivals());
        approaching[g] = nonNegative(s.approaching());
        waiting[g] =
            s.waitingSeconds() == null ? (long) queue[g] * 10 : Math.max(0, s.waitingSeconds());
      }
    }
    var phases = intersection.phases();
    serves = new boolean[phases.size()][n];
    for (int p = 0; p < phases.size(); p++) {
      for (int g = 0; g < n; g++) {
        serves[p][g] = phases.get(p).laneGroups().contains(groups.get(g).id());
      }
    }
    this.time = secondsOfDay;
    this.currentPhase = request.currentPhase();
    this.timeInPhase = request.timeInPhase();
  }

  private static LaneGroupState find(List<LaneGroupState> states, String id) {
    if (states == null) {
      return null;
    }
    return states.stream().filter(s -> id.equals(s.id())).findFirst().orElse(null);
  }

  private static int nonNegative(Integer v) {
    return v == null ? 0 : Math.max(0, v);
  }

  @Override
  public int time() {
    return time;
  }

  @Override
  public int currentPhase() {
    return currentPhase;
  }

  @Override
  public int timeInPhase() {
    return timeInPhase;
  }

  @Override
  public int phaseCount() {
    return serves.length;
  }

  @Override
  public int laneGroupCount() {
    return queue.length;
  }

  @Override
  public boolean phaseServes(int phase, int laneGroup) {
    return serves[phase][laneGroup];
  }

  @Override
  public int queue(int laneGroup) {
    return queue[laneGroup];
  }

  @Override
  public int arrivalsSinceLastDecision(int laneGroup) {
    return arrivals[laneGroup];
  }

  @Override
  public int approaching(int laneGroup) {
    return approaching[laneGroup];
  }

  @Override
  public int secondsToNextArrival(int laneGroup) {
    return approaching[laneGroup] > 0 ? 3 : Integer.MAX_VALUE;
  }

  @Override
  public long queuedWaitingSeconds(int laneGroup) {
    return waiting[laneGroup];
  }

  @Override
  public double saturationFlowPerSecond(int laneGroup) {
    return saturation[laneGroup];
  }

  @Override
  public double downstreamQueue(int laneGroup) {
    return 0;
  }

  @Override
  public int downstreamSpace(int laneGroup) {
    return Integer.MAX_VALUE;
  }
}
