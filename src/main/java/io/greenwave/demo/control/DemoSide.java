package io.greenwave.demo.control;

import io.greenwave.signal.ControllerFactory;
import io.greenwave.simulator.engine.Simulation;
import io.greenwave.simulator.scenario.Scenario;

/**
 * One side of the demo: a simulation of the shared scenario under one set of controllers, and the
 * running measurements the page shows for it.
 */
final class DemoSide {
  /** Throughput is counted over this window, s. */
  static final int THROUGHPUT_WINDOW = 300;

  final Simulation simulation;
  private final int[] exitsBySecond;

  DemoSide(Scenario scenario, ControllerFactory controllers, long seed) {
    simulation = new Simulation(scenario, controllers);
    simulation.reset(seed);
    exitsBySecond =
        new int[scenario.options().horizonSeconds() + scenario.options().clearingSeconds() + 1];
  }

  /** Simulates one second, unless the run is over. */
  void step() {
    if (simulation.finished()) {
      return;
    }
    int before = simulation.vehiclesExited();
    int t = simulation.time();
    simulation.step();
    exitsBySecond[t] = simulation.vehiclesExited() - before;
  }

  SidePoint measure() {
    int t = simulation.time();
    long delay = 0;
    int served = 0;
    for (int v = 0; v < simulation.vehicleCount(); v++) {
      if (simulation.exitSecond(v) >= 0) {
        delay += simulation.delaySeconds(v);
        served++;
      }
    }
    int window = Math.min(THROUGHPUT_WINDOW, t);
    int recent = 0;
    for (int s = t - window; s < t; s++) {
      recent += exitsBySecond[s];
    }
    return new SidePoint(
        served == 0 ? 0 : (double) delay / served,
        simulation.totalQueue(),
        window == 0 ? 0 : recent * 3600.0 / window,
        served);
  }

  /**
   * Vehicle-seconds of delay so far, including what vehicles still queued have waited: the idling
   * time that fuel and CO2 estimates are based on.
   */
  long delayIncludingQueued() {
    return simulation.cumulativeDelaySeconds() + simulation.totalQueuedWaiting();
  }
}
