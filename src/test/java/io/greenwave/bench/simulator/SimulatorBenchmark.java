package io.greenwave.bench.simulator;

import io.greenwave.evaluation.Sweeps;
import io.greenwave.signal.Controllers;
import io.greenwave.simulator.TestScenarios;
import io.greenwave.simulator.engine.Simulation;
import io.greenwave.simulator.output.SimulationResult;
import io.greenwave.simulator.scenario.Scenario;

/**
 * Throughput of the engine: vehicle-steps (vehicles on the network summed over 1-s steps) per
 * wall-clock second, single thread, fixed-time control. Run by {@code bench/simulator.sh}.
 */
public final class SimulatorBenchmark {
  private SimulatorBenchmark() {}

  public static void main(String[] args) {
    Scenario grid = TestScenarios.grid(400, 3600);
    Scenario single = Sweeps.atDegreeOfSaturation(TestScenarios.fourPhase(1000, 3600), 0.9);
    double[] g = measure("grid 3x3, 300 m, 400 veh/h/entry", grid);
    double[] s = measure("isolated 4-phase at v/c 0.9", single);
    System.out.printf(
        "{\"gridVehicleStepsPerSecond\":%.0f, \"gridSecondsPerSimulatedHour\":%.5f,"
            + " \"singleVehicleStepsPerSecond\":%.0f}%n",
        g[0], g[1], s[0]);
  }

  /** Returns vehicle-steps per second and wall seconds per simulated hour (best of 10). */
  private static double[] measure(String label, Scenario scenario) {
    Simulation sim = new Simulation(scenario, Controllers.byName("webster"));
    for (int k = 0; k < 20; k++) {
      sim.run(1000 + k);
    }
    double best = 0;
    double bestHour = Double.MAX_VALUE;
    SimulationResult last = null;
    for (int k = 0; k < 10; k++) {
      long start = System.nanoTime();
      last = sim.run(k + 1);
      double seconds = (System.nanoTime() - start) / 1e9;
      best = Math.max(best, last.totals().vehicleSteps() / seconds);
      bestHour = Math.min(bestHour, seconds * 3600 / last.totals().simulatedSeconds());
    }
    System.out.printf(
        "%s: %d vehicles, %d vehicle-steps, %d simulated s; %.2f M vehicle-steps/s,"
            + " %.4f s per simulated hour (includes drawing the demand)%n",
        label,
        last.totals().vehiclesDeparted(),
        last.totals().vehicleSteps(),
        last.totals().simulatedSeconds(),
        best / 1e6,
        bestHour);
    return new double[] {best, bestHour};
  }
}
