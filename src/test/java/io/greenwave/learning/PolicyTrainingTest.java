package io.greenwave.learning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenwave.learning.training.PolicyTrainer;
import io.greenwave.signal.ControllerContext;
import io.greenwave.signal.IntersectionState;
import io.greenwave.signal.SignalController;
import io.greenwave.simulator.engine.Simulation;
import io.greenwave.simulator.output.SimulationResult;
import io.greenwave.simulator.scenario.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Behaviour of training and of the trained policy on the isolated 4-phase intersection. */
class PolicyTrainingTest {
  static Scenario scenario;
  static Policy searched;

  @BeforeAll
  static void train() {
    scenario = LearningFixtures.shortFourPhase();
    searched = PolicyTrainer.train(scenario, LearningFixtures.quickSearch());
  }

  @Test
  void learnedPolicyBeatsRandomPhaseChoices() {
    double learned = meanDelay(i -> new LearnedController(searched, i));
    double random = meanDelay(i -> new RandomController(i));
    assertTrue(learned < 0.5 * random, "learned " + learned + " vs random " + random);
  }

  @Test
  void trainingCurveImprovesOnTheFirstGeneration() {
    List<CurvePoint> curve = searched.curve();
    assertFalse(curve.isEmpty());
    assertTrue(curve.get(curve.size() - 1).meanDelay() <= curve.get(0).meanDelay());
  }

  @Test
  void sameSeedGivesTheSamePolicyWhateverTheThreadCount() {
    Policy again = PolicyTrainer.train(scenario, LearningFixtures.quickSearch().withWorkers(1));
    assertArrayEquals(
        searched.intersections().get(0).values().parameters(),
        again.intersections().get(0).values().parameters());
    Policy other = PolicyTrainer.train(scenario, LearningFixtures.quickSearch().withSeed(99));
    assertFalse(
        Arrays.equals(
            searched.intersections().get(0).values().parameters(),
            other.intersections().get(0).values().parameters()));
  }

  @Test
  void qTableIsDeterministicAndLearnsSomething() {
    Policy a = PolicyTrainer.train(scenario, LearningFixtures.quickTable());
    Policy b = PolicyTrainer.train(scenario, LearningFixtures.quickTable().withWorkers(1));
    double[] table = a.intersections().get(0).values().parameters();
    assertArrayEquals(table, b.intersections().get(0).values().parameters());
    assertTrue(Arrays.stream(table).anyMatch(v -> v != 0), "no table entry was updated");
  }

  @Test
  void serialisationRoundTripKeepsEveryDecision() {
    Policy withEvaluation =
        searched.withEvaluation(
            List.of(new EvaluationCase("x", 10, 20, 15, 14, 0.01, 0.001, 12, false)));
    Policy copy = Policy.fromBytes(withEvaluation.toBytes());
    assertEquals(withEvaluation.hyperparameters(), copy.hyperparameters());
    assertEquals(withEvaluation.curve(), copy.curve());
    assertEquals(withEvaluation.evaluation(), copy.evaluation());
    assertTrue(
        withEvaluation.toBytes().length < 4096, "a linear policy should be a few hundred bytes");
    List<int[]> a = decisions(withEvaluation);
    List<int[]> b = decisions(copy);
    assertEquals(a.size(), b.size());
    for (int k = 0; k < a.size(); k++) {
      assertArrayEquals(a.get(k), b.get(k));
    }
  }

  @Test
  void qTableSurvivesTheRoundTripToo() {
    Policy table = PolicyTrainer.train(scenario, LearningFixtures.quickTable());
    Policy copy = Policy.fromBytes(table.toBytes());
    double[] original = table.intersections().get(0).values().parameters();
    double[] read = copy.intersections().get(0).values().parameters();
    for (int k = 0; k < original.length; k++) {
      assertEquals(original[k], read[k], 1e-5 * Math.max(1, Math.abs(original[k])));
    }
  }

  @Test
  void confidenceIsAlwaysWithinZeroAndOne() {
    List<Double> confidences = new ArrayList<>();
    Simulation sim =
        new Simulation(
            scenario,
            i -> new Observer(searched, s -> confidences.add(searched.decide(s).confidence())));
    sim.run(5);
    assertFalse(confidences.isEmpty());
    for (double c : confidences) {
      assertTrue(c >= 0 && c <= 1, "confidence " + c);
    }
    assertNotEquals(
        confidences.stream().mapToDouble(d -> d).min().orElseThrow(),
        confidences.stream().mapToDouble(d -> d).max().orElseThrow());
  }

  @Test
  void shieldIsNeverViolatedNorTriggered() {
    int maxGreen = scenario.network().intersections().get(0).timing().maxGreen();
    List<int[]> seen = new ArrayList<>();
    Simulation sim =
        new Simulation(
            scenario,
            i ->
                new Observer(
                    searched, s -> seen.add(new int[] {s.currentPhase(), s.timeInPhase()})));
    SimulationResult r = sim.run(6);
    assertFalse(r.anyFallback(), "the learned controller must never fall back");
    int minGreen = scenario.network().intersections().get(0).timing().minGreen();
    for (int k = 1; k < seen.size(); k++) {
      assertTrue(seen.get(k)[1] <= maxGreen, "green beyond max green");
      if (seen.get(k)[0] != seen.get(k - 1)[0]) {
        assertTrue(seen.get(k - 1)[1] + 1 >= minGreen, "green shorter than min green");
      }
    }
  }

  @Test
  void decisionsCarryAPlausibleGreenDuration() {
    List<Integer> greens = new ArrayList<>();
    new Simulation(
            scenario,
            i -> new Observer(searched, s -> greens.add(searched.decide(s).greenSeconds())))
        .run(7);
    assertTrue(greens.stream().allMatch(g -> g >= 1 && g <= 60));
  }

  private static double meanDelay(io.greenwave.signal.ControllerFactory f) {
    Simulation sim = new Simulation(scenario, f);
    return (sim.run(2001).totals().meanDelay() + sim.run(2002).totals().meanDelay()) / 2;
  }

  private static List<int[]> decisions(Policy p) {
    List<int[]> out = new ArrayList<>();
    new Simulation(
            scenario,
            i ->
                new Observer(
                    p,
                    s -> {
                      Decision d = p.decide(s);
                      out.add(
                          new int[] {
                            d.phase(), d.greenSeconds(), (int) Math.round(d.confidence() * 1e6)
                          });
                    }))
        .run(3);
    return out;
  }

  /** Serves a uniformly random phase every 5 s. */
  private static final class RandomController implements SignalController {
    private final SplittableRandom random;

    RandomController(int i) {
      random = new SplittableRandom(i);
    }

    @Override
    public String name() {
      return "random";
    }

    @Override
    public void reset(ControllerContext context) {}

    @Override
    public int decide(IntersectionState s) {
      return random.nextInt(s.phaseCount());
    }

    @Override
    public int decisionIntervalSeconds() {
      return 5;
    }
  }

  /** The learned controller, with a hook that sees every state it decides on. */
  private static final class Observer implements SignalController {
    private final LearnedController controller;
    private final java.util.function.Consumer<IntersectionState> hook;

    Observer(Policy p, java.util.function.Consumer<IntersectionState> hook) {
      this.controller = new LearnedController(p, 0);
      this.hook = hook;
    }

    @Override
    public String name() {
      return controller.name();
    }

    @Override
    public void reset(ControllerContext context) {
      controller.reset(context);
    }

    @Override
    public int decide(IntersectionState s) {
      hook.accept(s);
      return controller.decide(s);
    }

    @Override
    public int decisionIntervalSeconds() {
      return controller.decisionIntervalSeconds();
    }
  }
}
