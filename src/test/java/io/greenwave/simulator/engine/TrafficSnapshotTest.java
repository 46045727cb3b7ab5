package io.greenwave.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenwave.learning.evaluation.BenchmarkScenarios;
import io.greenwave.signal.Controllers;
import io.greenwave.simulator.scenario.Scenario;
import org.junit.jupiter.api.Test;

class TrafficSnapshotTest {
  @Test
  void snapshotAgreesWithTheEngineAndLeavesTheRunUnchanged() {
    Scenario s = BenchmarkScenarios.fourPhase(0.85);
    Simulation watched = new Simulation(s, Controllers.byName("actuated"));
    Simulation plain = new Simulation(s, Controllers.byName("actuated"));
    watched.reset(3);
    plain.reset(3);
    for (int t = 0; t < 900; t++) {
      TrafficSnapshot snap = watched.snapshot();
      assertEquals(watched.time(), snap.time());
      assertEquals(watched.vehiclesInside(), snap.vehicles().size());
      assertEquals(watched.totalQueue(), snap.laneGroups().stream().mapToInt(g -> g.queue()).sum());
      long queued = snap.vehicles().stream().filter(VehicleSnapshot::queued).count();
      assertEquals(watched.totalQueue(), queued);
      long green = snap.laneGroups().stream().filter(g -> g.aspect() != SignalAspect.RED).count();
      assertTrue(green <= 4, "at most one phase (4 lane groups here) shows green or yellow");
      watched.step();
      plain.step();
    }
    assertEquals(plain.result(), watched.result());
  }

  @Test
  void exitedVehiclesReportTheirDelay() {
    Simulation sim =
        new Simulation(BenchmarkScenarios.fourPhase(0.7), Controllers.byName("webster"));
    sim.reset(1);
    sim.advance(1200);
    long served = 0;
    long delay = 0;
    for (int v = 0; v < sim.vehicleCount(); v++) {
      if (sim.exitSecond(v) >= 0) {
        served++;
        delay += sim.delaySeconds(v);
      }
    }
    assertEquals(sim.vehiclesExited(), served);
    assertTrue(delay > 0);
  }
}
