package io.greenwave.bench.learning;

import io.greenwave.learning.CurvePoint;
import io.greenwave.learning.Hyperparameters;
import io.greenwave.learning.Policy;
import io.greenwave.learning.evaluation.BenchmarkScenarios;
import io.greenwave.learning.training.PolicyTrainer;
import io.greenwave.signal.Controllers;
import io.greenwave.simulator.engine.Simulation;
import io.greenwave.simulator.scenario.Scenario;
import io.greenwave.simulator.scenario.ScenarioFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Training speed: trains the default policy for the isolated intersection (v/c 0.75) and for the
 * arterial, and reports the wall time at which the validation delay first reached the quality
 * target (0.65 x Webster and 0.9 x the better of actuated and max-pressure, on the validation
 * seeds), or null if it never did; then decisions per second of a trained policy. Run by
 * bench/training.sh.
 */
public final class TrainingBenchmark {
  private static final List<Long> VALIDATION = List.of(900_001L, 900_002L);

  private TrainingBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path scenarios = Path.of(args.length > 0 ? args[0] : "docs/scenarios");
    Policy isolated = trainAndReport(BenchmarkScenarios.fourPhase(0.75));
    Policy arterial = trainAndReport(ScenarioFile.read(scenarios.resolve("arterial-3.json")));
    double rate = decisionsPerSecond(isolated);
    System.out.printf(Locale.ROOT, "decisions per second (isolated policy): %.0f%n", rate);
    System.out.printf(
        Locale.ROOT,
        "{\"isolatedSecondsToTarget\":%s, \"arterialSecondsToTarget\":%s, \"decisionsPerSecond\":%.0f}%n",
        secondsToTarget(isolated, BenchmarkScenarios.fourPhase(0.75)),
        secondsToTarget(arterial, ScenarioFile.read(scenarios.resolve("arterial-3.json"))),
        rate);
  }

  private static Policy trainAndReport(Scenario s) {
    Policy p = PolicyTrainer.train(s, Hyperparameters.defaults());
    CurvePoint last = p.curve().get(p.curve().size() - 1);
    System.out.printf(
        Locale.ROOT,
        "%s: trained in %.1f s, final validation delay %.2f s/veh, target %.2f%n",
        s.name(),
        p.trainingSeconds(),
        last.meanDelay(),
        target(s));
    return p;
  }

  static double target(Scenario s) {
    double fixed = delay(s, "webster");
    double adaptive = Math.min(delay(s, "actuated"), delay(s, "max-pressure"));
    return Math.min(0.65 * fixed, 0.9 * adaptive);
  }

  private static double delay(Scenario s, String controller) {
    Simulation sim = new Simulation(s, Controllers.byName(controller));
    return VALIDATION.stream()
        .mapToDouble(seed -> sim.run(seed).totals().meanDelay())
        .average()
        .orElseThrow();
  }

  private static String secondsToTarget(Policy p, Scenario s) {
    double target = target(s);
    for (CurvePoint c : p.curve()) {
      if (c.meanDelay() <= target) {
        return String.format(Locale.ROOT, "%.1f", c.seconds());
      }
    }
    return "null";
  }

  /** Times policy.decide on a real mid-run state of the isolated intersection. */
  static double decisionsPerSecond(Policy p) {
    Simulation sim =
        new Simulation(BenchmarkScenarios.fourPhase(0.75), Controllers.byName("webster"));
    sim.reset(1);
    sim.advance(1800);
    var state = sim.state(0);
    long sink = 0;
    for (int k = 0; k < 200_000; k++) {
      sink += p.decide(state).phase();
    }
    int n = 2_000_000;
    long start = System.nanoTime();
    for (int k = 0; k < n; k++) {
      sink += p.decide(state).phase();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (sink == 42) {
      System.out.print("");
    }
    return n / seconds;
  }
}
