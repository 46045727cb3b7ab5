package io.greenwave.simulator.engine;

import io.greenwave.signal.IntersectionState;
import io.greenwave.simulator.network.LaneGroup;
import io.greenwave.simulator.network.Movement;

/**
 * The allocation-free {@link IntersectionState} of one intersection, reading the engine's arrays.
 * The downstream (max-pressure) terms are precomputed as lists of (downstream lane group, weight).
 */
final class IntersectionView implements IntersectionState {
  private final Simulation sim;
  private final CompiledNetwork net;
  private final int intersection;
  private final int first;
  private final int count;
  private final int[][] downstreamGroups;
  private final double[][] downstreamWeights;
  private final int[][] downstreamLegs;

  IntersectionView(Simulation sim, int intersection) {
    this.sim = sim;
    this.net = sim.net;
    this.intersection = intersection;
    this.first = net.firstLaneGroup[intersection];
    this.count = net.laneGroupsOf[intersection];
    downstreamGroups = new int[count][];
    downstreamWeights = new double[count][];
    downstreamLegs = new int[count][];
    for (int l = 0; l < count; l++) {
      buildDownstream(l);
    }
  }

  private void buildDownstream(int local) {
    LaneGroup group = net.network.intersections().get(intersection).laneGroups().get(local);
    int leg = net.legOf[first + local];
    int base = (intersection * 4 + group.approach().ordinal()) * 3;
    double total = 0;
    for (Movement m : group.movements()) {
      total += net.turnShare[base + m.ordinal()];
    }
    java.util.List<Integer> groups = new java.util.ArrayList<>();
    java.util.List<Double> weights = new java.util.ArrayList<>();
    java.util.Set<Integer> legs = new java.util.TreeSet<>();
    for (Movement m : group.movements()) {
      double within = total > 0 ? net.turnShare[base + m.ordinal()] / total : 1.0 / 3;
      int next = net.nextLeg(leg, m);
      if (next < 0) {
        continue;
      }
      legs.add(next);
      int j = net.legIntersection[next];
      int nextBase = (j * 4 + net.legApproach[next].ordinal()) * 3;
      for (Movement k : Movement.values()) {
        double share = net.turnShare[nextBase + k.ordinal()];
        if (share > 0) {
          groups.add(net.laneGroupFor(j, net.legApproach[next], k));
          weights.add(within * share);
        }
      }
    }
    downstreamGroups[local] = groups.stream().mapToInt(Integer::intValue).toArray();
    downstreamWeights[local] = weights.stream().mapToDouble(Double::doubleValue).toArray();
    downstreamLegs[local] = legs.stream().mapToInt(Integer::intValue).toArray();
  }

  @Override
  public int time() {
    return sim.time;
  }

  @Override
  public int currentPhase() {
    return sim.shields[intersection].phase();
  }

  @Override
  public int timeInPhase() {
    return sim.time - sim.shields[intersection].greenStart();
  }

  @Override
  public int phaseCount() {
    return net.phaseMask[intersection].length;
  }

  @Override
  public int laneGroupCount() {
    return count;
  }

  @Override
  public boolean phaseServes(int phase, int laneGroup) {
    return (net.phaseMask[intersection][phase] >>> laneGroup & 1L) != 0;
  }

  @Override
  public int queue(int laneGroup) {
    int g = first + laneGroup;
    return sim.arrived[g] - sim.head[g];
  }

  @Override
  public int arrivalsSinceLastDecision(int laneGroup) {
    int g = first + laneGroup;
    return (int) (sim.arrivals[g] - sim.decisionMark[g]);
  }

  @Override
  public int approaching(int laneGroup) {
    int g = first + laneGroup;
    int limit = sim.time + sim.detectionSeconds(g);
    int n = 0;
    for (int p = sim.arrived[g]; p < sim.tail[g]; p++) {
      if (sim.slotArrival(sim.ringSlot(g, p)) > limit) {
        break;
      }
      n++;
    }
    return n;
  }

  @Override
  public int secondsToNextArrival(int laneGroup) {
    int g = first + laneGroup;
    if (sim.arrived[g] >= sim.tail[g]) {
      return Integer.MAX_VALUE;
    }
    return sim.slotArrival(sim.ringSlot(g, sim.arrived[g])) - sim.time;
  }

  @Override
  public long queuedWaitingSeconds(int laneGroup) {
    int g = first + laneGroup;
    return (long) (sim.arrived[g] - sim.head[g]) * sim.time - sim.queuedArrivalSum[g];
  }

  @Override
  public double saturationFlowPerSecond(int laneGroup) {
    return net.dischargePerSecond[first + laneGroup];
  }

  @Override
  public double downstreamQueue(int laneGroup) {
    int[] groups = downstreamGroups[laneGroup];
    double[] weights = downstreamWeights[laneGroup];
    double sum = 0;
    for (int k = 0; k < groups.length; k++) {
      sum += weights[k] * (sim.arrived[groups[k]] - sim.head[groups[k]]);
    }
    return sum;
  }

  @Override
  public int downstreamSpace(int laneGroup) {
    int space = Integer.MAX_VALUE;
    for (int leg : downstreamLegs[laneGroup]) {
      space = Math.min(space, net.legStorage[leg] - sim.legCount[leg]);
    }
    return space;
  }
}
