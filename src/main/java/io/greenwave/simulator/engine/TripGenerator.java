package io.greenwave.simulator.engine;

import io.greenwave.simulator.demand.ArrivalProcess;
import io.greenwave.simulator.demand.Demand;
import io.greenwave.simulator.demand.EntryFlow;
import io.greenwave.simulator.demand.ProfileSegment;
import io.greenwave.simulator.demand.RouteStep;
import io.greenwave.simulator.demand.ScheduledVehicle;
import io.greenwave.simulator.network.Approach;
import io.greenwave.simulator.network.Movement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns a demand specification into the vehicles of one run. Each entry flow draws its arrival
 * times and its route choices from two streams seeded from (run seed, flow index) only, so every
 * controller sees exactly the same vehicles for a given seed (common random numbers).
 */
final class TripGenerator {
  private static final Movement[] MOVEMENTS = Movement.values();

  private final CompiledNetwork net;
  private final Demand demand;
  private final int horizonSeconds;

  TripGenerator(CompiledNetwork net, Demand demand, int horizonSeconds) {
    this.net = net;
    this.demand = demand;
    this.horizonSeconds = horizonSeconds;
  }

  TripTable generate(long seed) {
    IntArrayBuilder departures = new IntArrayBuilder();
    IntArrayBuilder legs = new IntArrayBuilder();
    List<int[]> routes = new ArrayList<>();
    for (int f = 0; f < demand.flows().size(); f++) {
      EntryFlow flow = demand.flows().get(f);
      int leg = entryLeg(flow.intersection(), flow.approach());
      SplittableRandom times = new SplittableRandom(mix(seed, 2L * f));
      SplittableRandom turns = new SplittableRandom(mix(seed, 2L * f + 1));
      IntArrayBuilder flowTimes = new IntArrayBuilder();
      arrivalTimes(flow, times, flowTimes);
      for (int k = 0; k < flowTimes.size(); k++) {
        departures.add(flowTimes.get(k));
        legs.add(leg);
        routes.add(randomRoute(leg, turns));
      }
    }
    for (ScheduledVehicle v : demand.vehicles()) {
      int leg = entryLeg(v.route().get(0).intersection(), v.entryApproach());
      departures.add(v.departureSecond());
      legs.add(leg);
      routes.add(givenRoute(leg, v));
    }
    return sortedTable(departures.toArray(), legs.toArray(), routes);
  }

  /** SplitMix64 finaliser: decorrelates the streams of neighbouring (seed, index) pairs. */
  static long mix(long seed, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + (index + 1) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private int entryLeg(String intersectionId, Approach approach) {
    int i = net.network.indexOf(intersectionId);
    int leg = i < 0 ? -1 : net.legAt[i * 4 + approach.ordinal()];
    if (leg < 0 || !net.legIsEntry[leg]) {
      throw new IllegalArgumentException(intersectionId + ":" + approach + " is not an entry leg");
    }
    return leg;
  }

  private void arrivalTimes(EntryFlow flow, SplittableRandom rng, IntArrayBuilder out) {
    java.util.TreeSet<Integer> bounds = new java.util.TreeSet<>();
    bounds.add(0);
    bounds.add(horizonSeconds);
    for (ProfileSegment s : flow.profile()) {
      if (s.fromSecond() < horizonSeconds) {
        bounds.add(s.fromSecond());
      }
    }
    Integer[] b = bounds.toArray(new Integer[0]);
    for (int k = 0; k + 1 < b.length; k++) {
      double perSecond = flow.flowAt(b[k]) / 3600.0;
      if (demand.arrivals() == ArrivalProcess.POISSON) {
        poisson(perSecond, b[k], b[k + 1], rng, out);
      } else {
        fixedCount(perSecond, b[k], b[k + 1], rng, out);
      }
    }
  }

  private static void poisson(
      double perSecond, int from, int to, SplittableRandom rng, IntArrayBuilder out) {
    if (perSecond <= 0) {
      return;
    }
    double t = from;
    while (true) {
      t += -Math.log(1.0 - rng.nextDouble()) / perSecond;
      if (t >= to) {
        return;
      }
      out.add((int) t);
    }
  }

  private static void fixedCount(
      double perSecond, int from, int to, SplittableRandom rng, IntArrayBuilder out) {
    int count = (int) Math.round(perSecond * (to - from));
    int[] times = new int[count];
    for (int k = 0; k < count; k++) {
      times[k] = from + (int) (rng.nextDouble() * (to - from));
    }
    Arrays.sort(times);
    for (int t : times) {
      out.add(t);
    }
  }

  private int[] randomRoute(int entryLeg, SplittableRandom rng) {
    IntArrayBuilder route = new IntArrayBuilder();
    int leg = entryLeg;
    int hopLimit = 4 * net.intersectionCount + 4;
    while (leg >= 0) {
      Movement m = route.size() >= hopLimit ? leavingMovement(leg) : drawMovement(leg, rng);
      int i = net.legIntersection[leg];
      route.add(net.laneGroupFor(i, net.legApproach[leg], m));
      leg = net.nextLeg(leg, m);
      if (route.size() > 3 * hopLimit) {
        throw new IllegalArgumentException("routes do not leave the network");
      }
    }
    return route.toArray();
  }

  private Movement drawMovement(int leg, SplittableRandom rng) {
    int base = (net.legIntersection[leg] * 4 + net.legApproach[leg].ordinal()) * 3;
    double u = rng.nextDouble();
    Movement last = null;
    for (Movement m : MOVEMENTS) {
      double share = net.turnShare[base + m.ordinal()];
      if (share > 0) {
        last = m;
        u -= share;
        if (u < 0) {
          return m;
        }
      }
    }
    if (last == null) {
      return leavingMovement(leg);
    }
    return last;
  }

  /** After too many hops a vehicle goes through (or whatever its approach allows) to get out. */
  private Movement leavingMovement(int leg) {
    int i = net.legIntersection[leg];
    for (Movement m : new Movement[] {Movement.THROUGH, Movement.RIGHT, Movement.LEFT}) {
      if (net.laneGroupFor(i, net.legApproach[leg], m) >= 0) {
        return m;
      }
    }
    throw new IllegalStateException("approach without lane groups");
  }

  private int[] givenRoute(int entryLeg, ScheduledVehicle v) {
    int[] route = new int[v.route().size()];
    int leg = entryLeg;
    for (int k = 0; k < route.length; k++) {
      RouteStep step = v.route().get(k);
      int i = net.network.indexOf(step.intersection());
      if (leg < 0 || net.legIntersection[leg] != i) {
        throw new IllegalArgumentException("route step " + k + " does not follow the links: " + v);
      }
      route[k] = net.laneGroupFor(i, net.legApproach[leg], step.movement());
      if (route[k] < 0) {
        throw new IllegalArgumentException("no lane group serves step " + k + " of " + v);
      }
      leg = net.nextLeg(leg, step.movement());
    }
    if (leg >= 0) {
      throw new IllegalArgumentException("route does not end at an exit: " + v);
    }
    return route;
  }

  private TripTable sortedTable(int[] departures, int[] legs, List<int[]> routes) {
    Integer[] order = new Integer[departures.length];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    // Stable sort: equal departures keep flow order, so the numbering is reproducible.
    Arrays.sort(order, (a, b) -> Integer.compare(departures[a], departures[b]));
    int n = order.length;
    int[] dep = new int[n];
    int[] leg = new int[n];
    int[] start = new int[n];
    int[] free = new int[n];
    IntArrayBuilder flat = new IntArrayBuilder();
    for (int k = 0; k < n; k++) {
      int src = order[k];
      dep[k] = departures[src];
      leg[k] = legs[src];
      start[k] = flat.size();
      int legNow = legs[src];
      int freeFlow = 0;
      for (int g : routes.get(src)) {
        flat.add(g);
        freeFlow += net.legTravelSeconds[net.legOf[g]];
      }
      flat.add(-1);
      free[k] = freeFlow;
      assert legNow >= 0;
    }
    return new TripTable(dep, leg, start, flat.toArray(), free);
  }
}
