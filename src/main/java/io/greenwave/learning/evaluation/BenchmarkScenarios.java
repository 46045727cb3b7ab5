package io.greenwave.learning.evaluation;

import io.greenwave.evaluation.Sweeps;
import io.greenwave.simulator.demand.Demand;
import io.greenwave.simulator.demand.EntryFlow;
import io.greenwave.simulator.demand.TurningShares;
import io.greenwave.simulator.network.Approach;
import io.greenwave.simulator.network.Intersection;
import io.greenwave.simulator.network.LaneGroup;
import io.greenwave.simulator.network.Layouts;
import io.greenwave.simulator.network.Network;
import io.greenwave.simulator.network.SignalTiming;
import io.greenwave.simulator.scenario.Scenario;
import io.greenwave.simulator.scenario.SimulationOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scenarios of the targets: the isolated 4-phase intersection at a critical degree of
 * saturation (as in the simulator's controller comparison: equal entry flows, 80/10/10 turning, 1 h
 * plus clearing), and the stressed variant of any scenario for the robustness check.
 */
public final class BenchmarkScenarios {
  private BenchmarkScenarios() {}

  /** The 4-phase isolated intersection with demand set to critical v/c {@code x} under Webster. */
  public static Scenario fourPhase(double x) {
    Network network = Network.isolated(Layouts.fourPhase("X", SignalTiming.DEFAULTS));
    List<EntryFlow> flows = new ArrayList<>();
    for (Approach a : Approach.values()) {
      flows.add(EntryFlow.constant("X", a, 1000));
    }
    Demand demand = new Demand(flows, Map.of(), TurningShares.DEFAULT, null, null);
    Scenario base =
        Scenario.of(String.format("four-phase v/c %.2f", x), network, demand)
            .withOptions(SimulationOptions.DEFAULTS.withHorizon(3600, 1800));
    return Sweeps.atDegreeOfSaturation(base, x);
  }

  /**
   * The robustness variant: every saturation flow times {@code saturationFactor} (0.9) and the
   * demand times {@code demandFactor} (1.2). The Webster plan is recomputed from the new demand,
   * but fixed-time control, like the policy, does not know the saturation flow changed.
   */
  public static Scenario stressed(Scenario s, double saturationFactor, double demandFactor) {
    List<Intersection> xs =
        s.network().intersections().stream().map(x -> withSaturation(x, saturationFactor)).toList();
    Network n =
        new Network(
            xs, s.network().links(), s.network().entryLengthMeters(), s.network().entrySpeedKmh());
    return new Scenario(
        s.name() + String.format(" sat x%.2f demand x%.2f", saturationFactor, demandFactor),
        n,
        s.demand().scaled(demandFactor),
        s.plans(),
        s.controller(),
        s.controllerSettings(),
        s.seeds(),
        s.options());
  }

  private static Intersection withSaturation(Intersection x, double factor) {
    List<LaneGroup> groups =
        x.laneGroups().stream()
            .map(
                g ->
                    new LaneGroup(
                        g.id(),
                        g.approach(),
                        g.movements(),
                        g.lanes(),
                        g.saturationFlowPerLane() * factor))
            .toList();
    return new Intersection(x.id(), groups, x.phases(), x.timing());
  }
}
