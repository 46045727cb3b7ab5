package io.greenwave.simulator.engine;

import io.greenwave.simulator.demand.Demand;
import io.greenwave.simulator.demand.TurningShares;
import io.greenwave.simulator.network.Approach;
import io.greenwave.simulator.network.Intersection;
import io.greenwave.simulator.network.LaneGroup;
import io.greenwave.simulator.network.Link;
import io.greenwave.simulator.network.Movement;
import io.greenwave.simulator.network.Network;
import io.greenwave.simulator.network.Phase;
import java.util.Optional;

/**
 * A network flattened into index arrays for the engine's inner loop. Lane groups get global
 * indices, contiguous per intersection; every approach with lane groups is a <em>leg</em> (an entry
 * leg or the link feeding it), which holds the vehicles travelling to or queued at it.
 */
final class CompiledNetwork {
  /** Space a stopped vehicle takes in a queue, m (jam spacing). */
  static final double JAM_SPACING_METERS = 7.5;

  final Network network;
  final int intersectionCount;
  final int laneGroupCount;
  final int legCount;

  final int[] firstLaneGroup;
  final int[] laneGroupsOf;
  final long[][] phaseMask;

  final int[] intersectionOf;
  final int[] legOf;
  final double[] dischargePerSecond;
  final int[] lanes;

  final int[] legIntersection;
  final Approach[] legApproach;
  final int[] legTravelSeconds;
  final int[] legStorage;
  final int[] legLanes;
  final boolean[] legIsEntry;
  final double[] legLengthMeters;

  /** Global lane group for (intersection, approach, movement), or -1. */
  final int[] movementLaneGroup;

  /** Leg reached when leaving (intersection, side), or -1 for an exit. */
  final int[] outgoingLeg;

  /** Leg of (intersection, approach), or -1. */
  final int[] legAt;

  /** Normalised turning share for (intersection, approach, movement). */
  final double[] turnShare;

  CompiledNetwork(Network network, Demand demand) {
    this.network = network;
    intersectionCount = network.intersections().size();
    firstLaneGroup = new int[intersectionCount + 1];
    laneGroupsOf = new int[intersectionCount];
    phaseMask = new long[intersectionCount][];
    int total = 0;
    for (int i = 0; i < intersectionCount; i++) {
      Intersection x = network.intersections().get(i);
      if (x.laneGroups().size() > 64) {
        throw new IllegalArgumentException(x.id() + ": more than 64 lane groups");
      }
      firstLaneGroup[i] = total;
      laneGroupsOf[i] = x.laneGroups().size();
      total += x.laneGroups().size();
      phaseMask[i] = masks(x);
    }
    firstLaneGroup[intersectionCount] = total;
    laneGroupCount = total;
    intersectionOf = new int[total];
    legOf = new int[total];
    dischargePerSecond = new double[total];
    lanes = new int[total];
    legAt = new int[intersectionCount * 4];
    java.util.Arrays.fill(legAt, -1);
    movementLaneGroup = new int[intersectionCount * 12];
    java.util.Arrays.fill(movementLaneGroup, -1);
    legCount = countLegs();
    legIntersection = new int[legCount];
    legApproach = new Approach[legCount];
    legTravelSeconds = new int[legCount];
    legStorage = new int[legCount];
    legLanes = new int[legCount];
    legIsEntry = new boolean[legCount];
    legLengthMeters = new double[legCount];
    buildLegsAndGroups();
    outgoingLeg = new int[intersectionCount * 4];
    buildOutgoing();
    turnShare = new double[intersectionCount * 12];
    buildShares(demand);
  }

  private static long[] masks(Intersection x) {
    long[] masks = new long[x.phases().size()];
    for (int p = 0; p < masks.length; p++) {
      Phase phase = x.phases().get(p);
      for (String id : phase.laneGroups()) {
        masks[p] |= 1L << x.laneGroupIndex(id);
      }
    }
    return masks;
  }

  private int countLegs() {
    int legs = 0;
    for (Intersection x : network.intersections()) {
      for (Approach a : Approach.values()) {
        if (x.hasApproach(a)) {
          legs++;
        }
      }
    }
    return legs;
  }

  private void buildLegsAndGroups() {
    int leg = 0;
    for (int i = 0; i < intersectionCount; i++) {
      Intersection x = network.intersections().get(i);
      for (Approach a : Approach.values()) {
        if (!x.hasApproach(a)) {
          continue;
        }
        legAt[i * 4 + a.ordinal()] = leg;
        legIntersection[leg] = i;
        legApproach[leg] = a;
        Optional<Link> in = network.linkInto(x.id(), a);
        double length = in.map(Link::lengthMeters).orElse(network.entryLengthMeters());
        double speed = in.map(Link::speedKmh).orElse(network.entrySpeedKmh());
        legIsEntry[leg] = in.isEmpty();
        legLengthMeters[leg] = length;
        legTravelSeconds[leg] = Math.max(1, (int) Math.round(length / (speed / 3.6)));
        leg++;
      }
      for (int l = 0; l < x.laneGroups().size(); l++) {
        LaneGroup g = x.laneGroups().get(l);
        int global = firstLaneGroup[i] + l;
        int gLeg = legAt[i * 4 + g.approach().ordinal()];
        intersectionOf[global] = i;
        legOf[global] = gLeg;
        lanes[global] = g.lanes();
        legLanes[gLeg] += g.lanes();
        dischargePerSecond[global] = g.saturationFlow() / 3600.0;
        for (Movement m : g.movements()) {
          movementLaneGroup[(i * 4 + g.approach().ordinal()) * 3 + m.ordinal()] = global;
        }
      }
    }
    for (int l = 0; l < legCount; l++) {
      legStorage[l] = Math.max(1, (int) (legLanes[l] * legLengthMeters[l] / JAM_SPACING_METERS));
    }
  }

  private void buildOutgoing() {
    java.util.Arrays.fill(outgoingLeg, -1);
    for (Link link : network.links()) {
      int from = network.indexOf(link.from());
      int to = network.indexOf(link.to());
      outgoingLeg[from * 4 + link.fromSide().ordinal()] =
          legAt[to * 4 + link.toApproach().ordinal()];
    }
  }

  private void buildShares(Demand demand) {
    for (int i = 0; i < intersectionCount; i++) {
      Intersection x = network.intersections().get(i);
      for (Approach a : Approach.values()) {
        TurningShares shares = demand.sharesAt(x.id(), a);
        double sum = 0;
        for (Movement m : Movement.values()) {
          if (laneGroupFor(i, a, m) >= 0) {
            sum += shares.share(m);
          }
        }
        for (Movement m : Movement.values()) {
          int k = (i * 4 + a.ordinal()) * 3 + m.ordinal();
          turnShare[k] = laneGroupFor(i, a, m) >= 0 && sum > 0 ? shares.share(m) / sum : 0;
        }
      }
    }
  }

  int laneGroupFor(int intersection, Approach approach, Movement movement) {
    return movementLaneGroup[(intersection * 4 + approach.ordinal()) * 3 + movement.ordinal()];
  }

  /** Leg entered after a movement from a leg, or -1 when the vehicle leaves the network. */
  int nextLeg(int leg, Movement movement) {
    int i = legIntersection[leg];
    return outgoingLeg[i * 4 + legApproach[leg].exitSide(movement).ordinal()];
  }

  String laneGroupId(int global) {
    int i = intersectionOf[global];
    return network.intersections().get(i).laneGroups().get(global - firstLaneGroup[i]).id();
  }
}
