package io.greenwave.signal;

import io.greenwave.simulator.network.Intersection;
import io.greenwave.simulator.network.LaneGroup;
import io.greenwave.simulator.network.Link;
import io.greenwave.simulator.network.Network;
import io.greenwave.simulator.network.SignalTiming;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Fixed-time plans after Webster (1958), "Traffic Signal Settings": optimum cycle {@code C0 = (1.5
 * L + 5) / (1 - Y)} and effective greens proportional to the critical flow ratios, and green-wave
 * offsets for linked intersections.
 *
 * <p>Lost time per phase is start-up lost time plus all-red (vehicles use the yellow), and the
 * displayed green is the effective green plus start-up lost time minus yellow.
 */
public final class WebsterPlanner {
  /**
   * Above this critical flow ratio sum the intersection is oversaturated: use the longest cycle.
   */
  static final double OVERSATURATED_Y = 0.95;

  private WebsterPlanner() {}

  /** Critical flow ratio {@code y = max q/s} of each phase over the lane groups it serves. */
  public static double[] criticalFlowRatios(Intersection x, double[] flows) {
    double[] y = new double[x.phases().size()];
    for (int p = 0; p < y.length; p++) {
      for (String id : x.phases().get(p).laneGroups()) {
        int g = x.laneGroupIndex(id);
        LaneGroup group = x.laneGroups().get(g);
        y[p] = Math.max(y[p], flows[g] / group.saturationFlow());
      }
    }
    return y;
  }

  /** Total lost time per cycle {@code L}, seconds. */
  public static int lostTime(Intersection x) {
    return x.phases().size() * x.timing().lostTimePerPhase();
  }

  /** Webster's optimum cycle before clamping, seconds (infinite when Y >= 1). */
  public static double optimumCycle(Intersection x, double[] flows) {
    double sumY = Arrays.stream(criticalFlowRatios(x, flows)).sum();
    return sumY >= 1 ? Double.POSITIVE_INFINITY : (1.5 * lostTime(x) + 5) / (1 - sumY);
  }

  /** Webster's cycle clamped to the timing limits, seconds. */
  public static int cycle(Intersection x, double[] flows) {
    SignalTiming t = x.timing();
    double sumY = Arrays.stream(criticalFlowRatios(x, flows)).sum();
    if (sumY >= OVERSATURATED_Y) {
      return t.cycleMax();
    }
    long c = Math.round(optimumCycle(x, flows));
    return (int) Math.max(t.cycleMin(), Math.min(t.cycleMax(), c));
  }

  /** The Webster plan: Webster's cycle and proportional splits, offset 0. */
  public static SignalPlan plan(Intersection x, double[] flows) {
    return planForCycle(x, flows, cycle(x, flows));
  }

  /**
   * Greens for a given cycle, split in proportion to the critical flow ratios and kept within min
   * and max green (which may change the cycle slightly).
   */
  public static SignalPlan planForCycle(Intersection x, double[] flows, int cycle) {
    SignalTiming t = x.timing();
    double[] y = criticalFlowRatios(x, flows);
    int n = y.length;
    double sumY = Arrays.stream(y).sum();
    double effectiveTotal = Math.max(n, cycle - lostTime(x));
    double[] exact = new double[n];
    for (int p = 0; p < n; p++) {
      double share = sumY > 0 ? y[p] / sumY : 1.0 / n;
      exact[p] = share * effectiveTotal - t.yellow() + SignalTiming.START_UP_LOST_TIME;
    }
    int[] greens = roundPreservingSum(exact);
    for (int p = 0; p < n; p++) {
      greens[p] = Math.max(t.minGreen(), Math.min(t.maxGreen(), greens[p]));
    }
    return new SignalPlan(greens, t.changeInterval(), 0);
  }

  /**
   * Coordinated plans for linked intersections: one common cycle (the longest Webster cycle) and
   * offsets so that phase 0's green starts one link travel time after the upstream one, walking the
   * links from the first intersection. Phase 0 is taken to be the coordinated (arterial) phase.
   *
   * @param flows expected flows per intersection, in network order
   */
  public static SignalPlan[] coordinated(Network network, List<double[]> flows) {
    List<Intersection> xs = network.intersections();
    int common = 0;
    for (int i = 0; i < xs.size(); i++) {
      common = Math.max(common, cycle(xs.get(i), flows.get(i)));
    }
    SignalPlan[] plans = new SignalPlan[xs.size()];
    for (int i = 0; i < xs.size(); i++) {
      plans[i] = planForCycle(xs.get(i), flows.get(i), common);
    }
    int[] offsets = offsets(network, common);
    for (int i = 0; i < xs.size(); i++) {
      plans[i] = plans[i].withOffset(offsets[i]);
    }
    return plans;
  }

  private static int[] offsets(Network network, int cycle) {
    int n = network.intersections().size();
    int[] offsets = new int[n];
    boolean[] done = new boolean[n];
    for (int root = 0; root < n; root++) {
      if (done[root]) {
        continue;
      }
      done[root] = true;
      Deque<Integer> todo = new ArrayDeque<>();
      todo.add(root);
      while (!todo.isEmpty()) {
        int i = todo.poll();
        String id = network.intersections().get(i).id();
        for (Link l : network.links()) {
          boolean forward = l.from().equals(id);
          if (!forward && !l.to().equals(id)) {
            continue;
          }
          int j = network.indexOf(forward ? l.to() : l.from());
          if (done[j]) {
            continue;
          }
          int travel = (int) Math.round(l.lengthMeters() / (l.speedKmh() / 3.6));
          offsets[j] = Math.floorMod(offsets[i] + (forward ? travel : -travel), cycle);
          done[j] = true;
          todo.add(j);
        }
      }
    }
    return offsets;
  }

  /** Largest-remainder rounding, so the rounded greens still fill the cycle. */
  private static int[] roundPreservingSum(double[] exact) {
    int n = exact.length;
    int[] rounded = new int[n];
    double target = 0;
    int sum = 0;
    for (int p = 0; p < n; p++) {
      rounded[p] = (int) Math.floor(exact[p]);
      sum += rounded[p];
      target += exact[p];
    }
    int missing = (int) Math.round(target) - sum;
    Integer[] order = new Integer[n];
    for (int p = 0; p < n; p++) {
      order[p] = p;
    }
    Arrays.sort(order, (a, b) -> Double.compare(exact[b] - rounded[b], exact[a] - rounded[a]));
    for (int k = 0; k < missing && k < n; k++) {
      rounded[order[k]]++;
    }
    return rounded;
  }
}
