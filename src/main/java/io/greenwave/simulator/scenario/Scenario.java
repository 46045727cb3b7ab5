package io.greenwave.simulator.scenario;

import io.greenwave.signal.SignalPlan;
import io.greenwave.simulator.demand.Demand;
import io.greenwave.simulator.network.Network;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything needed to run a simulation.
 *
 * @param name label used in results
 * @param network the road network
 * @param demand the traffic
 * @param plans given fixed-time plans by intersection id (the "fixed" controller and the shield's
 *     fallback use them; intersections without one get a Webster plan)
 * @param controller default controller name (see {@link io.greenwave.signal.Controllers})
 * @param controllerSettings optional numeric settings of the controllers, e.g. {@code
 *     "max-pressure.decisionInterval": 5}
 * @param seeds seeds to run (the command line runs each and averages)
 * @param options horizon, clearing, detectors, budgets
 */
public record Scenario(
    String name,
    Network network,
    Demand demand,
    Map<String, SignalPlan> plans,
    String controller,
    Map<String, Double> controllerSettings,
    List<Long> seeds,
    SimulationOptions options) {

  public Scenario {
    Objects.requireNonNull(network, "network");
    name = name == null ? "scenario" : name;
    demand = demand == null ? new Demand(null, null, null, null, null) : demand;
    plans = plans == null ? Map.of() : Map.copyOf(plans);
    controller = controller == null ? "webster" : controller;
    controllerSettings = controllerSettings == null ? Map.of() : Map.copyOf(controllerSettings);
    seeds = seeds == null || seeds.isEmpty() ? List.of(1L) : List.copyOf(seeds);
    options = options == null ? SimulationOptions.DEFAULTS : options;
  }

  /** A scenario with default plans, controller, seeds and options. */
  public static Scenario of(String name, Network network, Demand demand) {
    return new Scenario(name, network, demand, null, null, null, null, null);
  }

  /** This scenario with another demand (sweeps). */
  public Scenario withDemand(Demand newDemand) {
    return new Scenario(
        name, network, newDemand, plans, controller, controllerSettings, seeds, options);
  }

  /** This scenario with other options. */
  public Scenario withOptions(SimulationOptions newOptions) {
    return new Scenario(
        name, network, demand, plans, controller, controllerSettings, seeds, newOptions);
  }

  /** This scenario with given fixed plans (cycle sweeps). */
  public Scenario withPlans(Map<String, SignalPlan> newPlans) {
    return new Scenario(
        name, network, demand, newPlans, controller, controllerSettings, seeds, options);
  }
}
