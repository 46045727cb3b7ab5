package io.greenwave.simulator.engine;

import io.greenwave.simulator.demand.Demand;
import io.greenwave.simulator.demand.EntryFlow;
import io.greenwave.simulator.network.Movement;

/**
 * Expected flow on every lane group, veh/h, from the demand specification: entry flows averaged
 * over the horizon, split by the turning shares and carried along the links until they leave, plus
 * the explicit vehicles' routes. This is what Webster plans are computed from.
 */
final class ExpectedFlows {
  private static final int ITERATIONS = 500;

  private ExpectedFlows() {}

  static double[] compute(CompiledNetwork net, Demand demand, TripTable explicitOnly, int horizon) {
    double[] entry = new double[net.legCount];
    for (EntryFlow f : demand.flows()) {
      int i = net.network.indexOf(f.intersection());
      int leg = net.legAt[i * 4 + f.approach().ordinal()];
      entry[leg] += meanFlow(f, horizon);
    }
    double[] flows = propagate(net, entry);
    if (explicitOnly != null) {
      for (int k = 0; k < explicitOnly.route.length; k++) {
        int g = explicitOnly.route[k];
        if (g >= 0) {
          flows[g] += 3600.0 / horizon;
        }
      }
    }
    return flows;
  }

  private static double meanFlow(EntryFlow f, int horizon) {
    double sum = 0;
    int step = Math.max(1, horizon / 3600);
    int samples = 0;
    for (int t = 0; t < horizon; t += step) {
      sum += f.flowAt(t);
      samples++;
    }
    return sum / samples;
  }

  /** Fixed-point iteration of leg inflows; converges because every route eventually leaves. */
  private static double[] propagate(CompiledNetwork net, double[] entry) {
    double[] legIn = entry.clone();
    double[] groups = new double[net.laneGroupCount];
    for (int it = 0; it < ITERATIONS; it++) {
      java.util.Arrays.fill(groups, 0);
      double[] next = entry.clone();
      for (int leg = 0; leg < net.legCount; leg++) {
        int i = net.legIntersection[leg];
        int base = (i * 4 + net.legApproach[leg].ordinal()) * 3;
        for (Movement m : Movement.values()) {
          double share = net.turnShare[base + m.ordinal()];
          if (share <= 0) {
            continue;
          }
          double flow = legIn[leg] * share;
          groups[net.laneGroupFor(i, net.legApproach[leg], m)] += flow;
          int out = net.nextLeg(leg, m);
          if (out >= 0) {
            next[out] += flow;
          }
        }
      }
      legIn = next;
    }
    return groups;
  }
}
