package io.greenwave.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenwave.simulator.engine.TrafficSnapshot;
import io.greenwave.simulator.engine.VehicleSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoRunTest {
  private static DemoRun run(DemoScenario scenario, double x) {
    return new DemoRun(
        DemoSettings.defaults().withScenario(scenario).withDegreeOfSaturation(x),
        PolicySource.NONE);
  }

  @Test
  void bothSidesCarryTheSameVehiclesAndWithMlOffMoveThemIdentically() {
    DemoRun run = run(DemoScenario.ARTERIAL, 0.85);
    run.switches().learned(false); // right side: the Webster plan, like the left
    for (int minute = 0; minute < 10; minute++) {
      run.advance(60);
      TrafficSnapshot[] s = run.snapshots();
      assertEquals(
          s[0].vehicles(), s[1].vehicles(), "same vehicles, same places at " + s[0].time());
      assertEquals(s[0].laneGroups(), s[1].laneGroups());
    }
  }

  @Test
  void withMlOnTheSameTripsArriveButAreServedDifferently() {
    DemoRun run = run(DemoScenario.ISOLATED, 0.85);
    run.advance(300);
    TrafficSnapshot[] s = run.snapshots();
    // arrivals are common random numbers: a vehicle id is the same trip on both sides, and
    // vehicles on their first leg (not yet queued anywhere) are at the same place
    List<VehicleSnapshot> movingLeft = s[0].vehicles().stream().filter(v -> !v.queued()).toList();
    long sameOnRight =
        movingLeft.stream().filter(v -> s[1].vehicles().stream().anyMatch(v::equals)).count();
    assertTrue(sameOnRight >= movingLeft.size() / 2, sameOnRight + " of " + movingLeft.size());
    assertTrue(run.comparison().paired() > 50);
  }

  @Test
  void greenwaveWaitsLessThanWebsterAtPeakDemand() {
    DemoRun run = run(DemoScenario.ISOLATED, 0.85);
    run.advance(1200);
    DemoComparison c = run.comparison();
    assertTrue(
        c.greenwaveMeanWait() < c.baselineMeanWait(),
        c.greenwaveMeanWait() + " vs " + c.baselineMeanWait());
    assertTrue(c.hasInterval());
    assertTrue(c.lessWaitingLow() <= c.lessWaitingPercent());
    assertTrue(c.lessWaitingPercent() <= c.lessWaitingHigh());
    assertTrue(c.fuelSavedLitres() > 0);
    assertEquals(c.fuelSavedLitres() * 2.31, c.co2SavedKg(), 1e-9);
  }

  @Test
  void confidenceIntervalOnlyOnceEnoughVehiclesHavePassed() {
    DemoRun run = run(DemoScenario.ISOLATED, 0.85);
    run.advance(20);
    assertFalse(run.comparison().hasInterval());
  }

  @Test
  void csvHasOneRowPerSampleWithTheDocumentedColumns() {
    DemoRun run = run(DemoScenario.GRID, 0.7);
    run.advance(95);
    String[] lines = run.csv().split("\n");
    assertEquals(String.join(",", DemoRun.CSV_COLUMNS), lines[0]);
    assertEquals(1 + 9, lines.length); // samples at 10, 20, ... 90 s
    String[] first = lines[1].split(",");
    assertEquals(DemoRun.CSV_COLUMNS.size(), first.length);
    assertEquals("10", first[0]);
    assertEquals("webster", first[1]);
    assertEquals("greenwave-learned", first[6]);
  }

  @Test
  void tickFollowsTheSpeedAndNothingMovesWhilePaused() {
    DemoRun run = run(DemoScenario.ISOLATED, 0.85);
    assertFalse(run.tick(1000));
    run.start();
    run.speed(20);
    run.tick(500);
    assertEquals(10, run.time());
    run.speed(1000); // clamped to the public maximum
    assertEquals(DemoSettings.MAX_SPEED, run.settings().speed());
    run.pause();
    run.tick(1000);
    assertEquals(10, run.time());
  }

  @Test
  void resetStartsTheSameTrafficAgain() {
    DemoRun run = run(DemoScenario.ISOLATED, 0.85);
    run.advance(120);
    TrafficSnapshot before = run.snapshots()[0];
    int generation = run.generation();
    run.reset(run.settings());
    assertEquals(0, run.time());
    assertTrue(run.samples().isEmpty());
    assertEquals(generation + 1, run.generation());
    run.advance(120);
    assertEquals(before.vehicles(), run.snapshots()[0].vehicles());
  }

  @Test
  void bundledPoliciesNameThemselves() {
    DemoRun run = run(DemoScenario.GRID, 0.85);
    assertTrue(run.modelLabel().startsWith("bundled demo policy"), run.modelLabel());
  }

  @Test
  void aDeployedPolicyIsPreferredAndNamed() {
    PolicyChoice deployed =
        new PolicyChoice(BundledPolicies.of(DemoScenario.ISOLATED), 0, "model registry: iso-1 v2");
    DemoRun run =
        new DemoRun(
            DemoSettings.defaults(),
            (id, phases) ->
                id.equals("iso-1") ? java.util.Optional.of(deployed) : java.util.Optional.empty());
    assertEquals("model registry: iso-1 v2", run.modelLabel());
  }
}
