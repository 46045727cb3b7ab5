package io.greenwave.signal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenwave.simulator.TestScenarios;
import io.greenwave.simulator.engine.Simulation;
import io.greenwave.simulator.output.SimulationResult;
import org.junit.jupiter.api.Test;

class SafetyShieldTest {

  /** Asks for a different phase every second: the worst thrashing a controller can attempt. */
  static final class Thrashing implements SignalController {
    @Override
    public String name() {
      return "thrashing";
    }

    @Override
    public void reset(ControllerContext context) {}

    @Override
    public int decide(IntersectionState s) {
      return (s.currentPhase() + 1 + s.time() % 2) % s.phaseCount();
    }
  }

  @Test
  void thrashingControllerStillGetsMinGreenAndFullChangeIntervals() {
    Simulation sim = new Simulation(TestScenarios.fourPhase(600, 900), i -> new Thrashing());
    sim.reset(1);
    int lastPhase = 0;
    int greenStart = 0;
    while (!sim.finished()) {
      sim.step();
      IntersectionState s = sim.state(0);
      if (s.currentPhase() != lastPhase) {
        int shown = s.time() - greenStart;
        assertTrue(shown >= 5 + 5, "green plus change interval too short: " + shown);
        lastPhase = s.currentPhase();
        greenStart = s.time() - s.timeInPhase();
      }
    }
    assertFalse(sim.result().anyFallback());
  }

  @Test
  void failingControllerFallsBackToTheFixedPlanAndSaysSo() {
    SignalController failing =
        new SignalController() {
          @Override
          public String name() {
            return "failing";
          }

          @Override
          public void reset(ControllerContext context) {}

          @Override
          public int decide(IntersectionState s) {
            if (s.time() > 300) {
              throw new IllegalStateException("model not loaded");
            }
            return 0;
          }
        };
    SimulationResult r = new Simulation(TestScenarios.fourPhase(400, 1200), i -> failing).run(1);
    var x = r.intersections().get(0);
    assertTrue(x.fellBack());
    assertTrue(x.fallbackReason().contains("model not loaded"));
    assertTrue(x.fallbackSecond() > 300);
    assertTrue(r.totals().vehiclesExited() > 0.9 * r.totals().vehiclesDeparted());
  }

  @Test
  void slowControllerFallsBack() {
    SignalController slow =
        new SignalController() {
          @Override
          public String name() {
            return "slow";
          }

          @Override
          public void reset(ControllerContext context) {}

          @Override
          public int decide(IntersectionState s) {
            if (s.time() == 100) {
              try {
                Thread.sleep(300);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
            return 0;
          }
        };
    SimulationResult r = new Simulation(TestScenarios.fourPhase(400, 600), i -> slow).run(1);
    assertTrue(r.intersections().get(0).fallbackReason().contains("budget"));
  }
}
