package io.greenwave.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenwave.signal.Controllers;
import io.greenwave.signal.FixedTimeController;
import io.greenwave.signal.SignalPlan;
import io.greenwave.simulator.demand.Demand;
import io.greenwave.simulator.demand.EntryFlow;
import io.greenwave.simulator.demand.RouteStep;
import io.greenwave.simulator.demand.ScheduledVehicle;
import io.greenwave.simulator.demand.TurningShares;
import io.greenwave.simulator.engine.Simulation;
import io.greenwave.simulator.network.Approach;
import io.greenwave.simulator.network.Layouts;
import io.greenwave.simulator.network.Link;
import io.greenwave.simulator.network.Movement;
import io.greenwave.simulator.network.Network;
import io.greenwave.simulator.network.SignalTiming;
import io.greenwave.simulator.output.SimulationResult;
import io.greenwave.simulator.output.VehicleRecord;
import io.greenwave.simulator.scenario.Scenario;
import io.greenwave.simulator.scenario.SimulationOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetworkBehaviourTest {

  /** Two intersections joined west to east by a 30 m one-lane link (storage 4 vehicles). */
  static Scenario shortLink() {
    Network network =
        new Network(
            List.of(
                Layouts.twoPhaseThrough("A", SignalTiming.DEFAULTS),
                Layouts.twoPhaseThrough("B", SignalTiming.DEFAULTS)),
            List.of(new Link("A", "B", Approach.W, 30, 50)),
            300,
            50);
    Demand demand = Demand.ofFlows(List.of(EntryFlow.constant("A", Approach.W, 700)), Map.of());
    // B gives its east-west phase only 5 s of a long cycle: the short link fills up.
    return Scenario.of("spillback", network, demand)
        .withPlans(
            Map.of(
                "A", new SignalPlan(new int[] {40, 10}, 5, 0),
                "B", new SignalPlan(new int[] {5, 60}, 5, 0)))
        .withOptions(SimulationOptions.DEFAULTS.withHorizon(1800, 600));
  }

  @Test
  void shortDownstreamLinkBlocksUpstreamDischargeAndConservesVehicles() {
    Simulation sim = new Simulation(shortLink(), i -> FixedTimeController.givenPlan());
    sim.reset(5);
    int eastboundAtA = 3; // lane groups N,E,S,W: W_T is index 3
    boolean blocked = false;
    while (!sim.finished()) {
      sim.step();
      int space = sim.state(0).downstreamSpace(eastboundAtA);
      assertTrue(space >= 0, "link holds more than its storage");
      blocked |= space == 0 && sim.state(0).queue(eastboundAtA) > 0;
    }
    assertTrue(blocked, "the short link never blocked A's discharge");
    SimulationResult r = sim.result();
    var t = r.totals();
    assertEquals(t.vehiclesDeparted(), t.vehiclesEntered() + t.vehiclesWaitingToEnter());
    assertEquals(t.vehiclesEntered(), t.vehiclesExited() + t.vehiclesInside());
    var aWest = r.laneGroups().get(3);
    var bWest = r.laneGroups().get(7);
    // B's short green caps what A can pass: A serves far less than its 25 s of green allow.
    assertTrue(bWest.departures() <= aWest.departures());
    assertTrue(aWest.departures() < 0.8 * t.vehiclesDeparted(), "spillback did not throttle A");
  }

  @Test
  void sameSeedGivesIdenticalResultsAndOtherSeedsDiffer() {
    Scenario grid = TestScenarios.grid(400, 1800);
    SimulationResult a = new Simulation(grid, Controllers.byName("max-pressure")).run(42);
    SimulationResult b = new Simulation(grid, Controllers.byName("max-pressure")).run(42);
    SimulationResult c = new Simulation(grid, Controllers.byName("max-pressure")).run(43);
    assertEquals(a, b);
    assertNotEquals(a.totals(), c.totals());
  }

  @Test
  void vehicleDelayIsTravelTimeMinusFreeFlowAndCountsUnfinishedVehiclesToTheEnd() {
    Scenario grid =
        TestScenarios.grid(500, 1200)
            .withOptions(SimulationOptions.DEFAULTS.withHorizon(1200, 0).withVehicleRecords(true));
    SimulationResult r = new Simulation(grid, Controllers.byName("webster")).run(9);
    int unfinished = 0;
    for (VehicleRecord v : r.vehicles()) {
      if (v.finished()) {
        assertEquals(v.travelTime() - v.freeFlowTime(), v.delay(), "vehicle " + v.id());
      } else {
        unfinished++;
        assertEquals(1200 - v.departureSecond(), v.travelTime());
      }
    }
    assertTrue(unfinished > 0);
    assertEquals(r.totals().vehiclesInside() + r.totals().vehiclesWaitingToEnter(), unfinished);
  }

  @Test
  void explicitVehicleListIsReplayedExactly() {
    Network network = Layouts.arterial(2, 200, 36);
    var route =
        List.of(new RouteStep("I0_0", Movement.THROUGH), new RouteStep("I0_1", Movement.LEFT));
    Demand demand =
        new Demand(
            List.of(),
            Map.of(),
            TurningShares.DEFAULT,
            null,
            List.of(new ScheduledVehicle(10, Approach.W, route)));
    Scenario s =
        Scenario.of("replay", network, demand)
            .withOptions(SimulationOptions.DEFAULTS.withHorizon(60, 600).withVehicleRecords(true));
    VehicleRecord v = new Simulation(s, Controllers.byName("webster")).run(1).vehicles().get(0);
    assertEquals(10, v.departureSecond());
    assertEquals(40, v.freeFlowTime(), "two 200 m legs at 10 m/s");
    assertTrue(v.finished());
  }
}
