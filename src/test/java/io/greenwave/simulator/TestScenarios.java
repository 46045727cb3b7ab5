package io.greenwave.simulator;

import io.greenwave.simulator.demand.Demand;
import io.greenwave.simulator.demand.EntryFlow;
import io.greenwave.simulator.demand.TurningShares;
import io.greenwave.simulator.network.Layouts;
import io.greenwave.simulator.network.Network;
import io.greenwave.simulator.network.SignalTiming;
import io.greenwave.simulator.scenario.Scenario;
import io.greenwave.simulator.scenario.SimulationOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Scenarios shared by the simulator, signal and evaluation tests. */
public final class TestScenarios {
  private TestScenarios() {}

  /** A flow on every entry leg of a network. */
  public static List<EntryFlow> everyEntry(Network network, double vehPerHour) {
    List<EntryFlow> flows = new ArrayList<>();
    for (String leg : network.entryLegs()) {
      String[] parts = leg.split(":");
      flows.add(
          EntryFlow.constant(
              parts[0], io.greenwave.simulator.network.Approach.valueOf(parts[1]), vehPerHour));
    }
    return flows;
  }

  /** The 4-phase isolated intersection with equal entry flows, 80/10/10 turning. */
  public static Scenario fourPhase(double vehPerHourPerEntry, int horizon) {
    Network network = Network.isolated(Layouts.fourPhase("X", SignalTiming.DEFAULTS));
    Demand demand =
        new Demand(
            everyEntry(network, vehPerHourPerEntry), Map.of(), TurningShares.DEFAULT, null, null);
    return Scenario.of("four-phase", network, demand)
        .withOptions(SimulationOptions.DEFAULTS.withHorizon(horizon, 1800));
  }

  /** The 3x3 grid of the benchmark: 300 m blocks, 50 km/h. */
  public static Scenario grid(double vehPerHourPerEntry, int horizon) {
    Network network = Layouts.grid(3, 3, 300, 50);
    Demand demand =
        new Demand(
            everyEntry(network, vehPerHourPerEntry), Map.of(), TurningShares.DEFAULT, null, null);
    return Scenario.of("grid-3x3", network, demand)
        .withOptions(SimulationOptions.DEFAULTS.withHorizon(horizon, 1800));
  }
}
