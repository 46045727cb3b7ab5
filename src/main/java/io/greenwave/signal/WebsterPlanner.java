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

  /**
   * The cycle of the Webster plan, seconds: Webster's optimum clamped to the cycle bounds, then
   * fitted to the green limits. When the proportional green of a phase would exceed max green, the
   * cycle is shrunk until it does not (rather than cutting that green and leaving a plan whose
   * splits are no longer proportional); when phases need more than their share to reach min green,
   * the cycle grows by the shortfall so the other phases keep their Webster greens. The result
   * stays within the cycle bounds; only min and max greens themselves can push a plan outside them.
   */
  public static int cycle(Intersection x, double[] flows) {
    SignalTiming t = x.timing();
    double[] y = criticalFlowRatios(x, flows);
    double sumY = Arrays.stream(y).sum();
    int c =
        sumY >= OVERSATURATED_Y
            ? t.cycleMax()
            : (int)
                Math.max(t.cycleMin(), Math.min(t.cycleMax(), Math.round(optimumCycle(x, flows))));
    int lost = lostTime(x);
    double[] share = shares(y);
    double maxShare = Arrays.stream(share).max().orElse(1);
    double longest = effective(t, t.maxGreen());
    if (maxShare * (c - lost) > longest) {
      c = (int) Math.floor(lost + longest / maxShare);
    }
    double shortfall = 0;
    for (double sh : share) {
      shortfall += Math.max(0, effective(t, t.minGreen()) - sh * (c - lost));
    }
    c += (int) Math.ceil(shortfall - 1e-9);
    return Math.max(t.cycleMin(), Math.min(t.cycleMax(), c));
  }

  /** The Webster plan: Webster's cycle and proportional splits, offset 0. */
  public static SignalPlan plan(Intersection x, double[] flows) {
    return planForCycle(x, flows, cycle(x, flows));
  }

  /**
   * Greens for a given cycle: effective greens in proportion to the critical flow ratios, kept
   * within min and max green by giving the phases at a limit exactly that limit and sharing the
   * rest among the others in proportion (Webster's splits with bounds). The plan's cycle equals
   * {@code cycle} whenever min and max greens allow it (so coordinated plans keep their common
   * cycle); otherwise every phase gets min green (cycle too short) or max green (too long).
   */
  public static SignalPlan planForCycle(Intersection x, double[] flows, int cycle) {
    SignalTiming t = x.timing();
    double[] share = shares(criticalFlowRatios(x, flows));
    int n = share.length;
    double low = effective(t, t.minGreen());
    double high = effective(t, t.maxGreen());
    double total = cycle - lostTime(x);
    double[] eff = new double[n];
    if (total <= n * low) {
      Arrays.fill(eff, low);
    } else if (total >= n * high) {
      Arrays.fill(eff, high);
    } else {
      // Bisection on the multiplier m of sum(clamp(m * share, low, high)) = total (monotone in m).
      double lo = 0;
      double hi = high / Arrays.stream(share).filter(v -> v > 0).min().orElse(1.0) + 1;
      for (int k = 0; k < 200; k++) {
        double m = (lo + hi) / 2;
        if (clampedSum(share, m, low, high) < total) {
          lo = m;
        } else {
          hi = m;
        }
      }
      for (int p = 0; p < n; p++) {
        eff[p] = Math.max(low, Math.min(high, hi * share[p]));
      }
      double scale = (total - fixedPart(eff, low, high)) / freePart(eff, low, high);
      for (int p = 0; p < n; p++) {
        if (eff[p] > low && eff[p] < high) {
          eff[p] *= scale;
        }
      }
    }
    double[] exact = new double[n];
    for (int p = 0; p < n; p++) {
      exact[p] = eff[p] - t.yellow() + SignalTiming.START_UP_LOST_TIME;
    }
    int[] greens = roundPreservingSum(exact);
    for (int p = 0; p < n; p++) {
      greens[p] = Math.max(t.minGreen(), Math.min(t.maxGreen(), greens[p]));
    }
    return new SignalPlan(greens, t.changeInterval(), 0);
  }

  /** Effective green of a displayed green: plus yellow, minus start-up lost time. */
  private static double effective(SignalTiming t, int displayedGreen) {
    return displayedGreen + t.yellow() - SignalTiming.START_UP_LOST_TIME;
  }

  /** Each phase's share of the effective green, {@code y_i / Y}; equal shares without demand. */
  private static double[] shares(double[] y) {
    double sumY = Arrays.stream(y).sum();
    double[] share = new double[y.length];
    for (int p = 0; p < y.length; p++) {
      share[p] = sumY > 0 ? y[p] / sumY : 1.0 / y.length;
    }
    return share;
  }

  private static double clampedSum(double[] share, double m, double low, double high) {
    double sum = 0;
    for (double v : share) {
      sum += Math.max(low, Math.min(high, m * v));
    }
    return sum;
  }

  private static double fixedPart(double[] eff, double low, double high) {
    return Arrays.stream(eff).filter(v -> v <= low || v >= high).sum();
  }

  private static double freePart(double[] eff, double low, double high) {
    double free = Arrays.stream(eff).filter(v -> v > low && v < high).sum();
    return free > 0 ? free : 1;
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
      rounded[p] = (int) Math.floor(exact[p] + 1e-9);
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
