package io.greenwave.demo.control;

import java.util.List;

/**
 * What a visitor chose for a demo run. Values outside the public limits are clamped, never refused:
 * the page must not show an error for a slider pushed too far.
 *
 * @param scenario which demo network
 * @param degreeOfSaturation demand as v/c of the first intersection under Webster (0.5-1.0)
 * @param baseline the left side's controller: {@code webster} (fixed time) or {@code actuated}
 * @param decisionIntervalSeconds how often the learned policy decides (1-10 s)
 * @param speed simulated seconds per wall-clock second (1-{@link #MAX_SPEED})
 * @param seed the random arrivals (the same on both sides)
 */
public record DemoSettings(
    DemoScenario scenario,
    double degreeOfSaturation,
    String baseline,
    int decisionIntervalSeconds,
    int speed,
    long seed) {

  /** The fastest a public visitor may run a demo: 20 simulated seconds per second. */
  public static final int MAX_SPEED = 20;

  /** Left-side controllers a visitor may choose. */
  public static final List<String> BASELINES = List.of("webster", "actuated");

  public DemoSettings {
    scenario = scenario == null ? DemoScenario.ISOLATED : scenario;
    degreeOfSaturation = Math.max(0.5, Math.min(1.0, degreeOfSaturation));
    baseline = BASELINES.contains(baseline) ? baseline : "webster";
    decisionIntervalSeconds = clampInterval(decisionIntervalSeconds);
    speed = Math.max(1, Math.min(MAX_SPEED, speed));
  }

  /** The page's starting point: the isolated intersection in a busy peak, at 5x speed. */
  public static DemoSettings defaults() {
    return new DemoSettings(DemoScenario.ISOLATED, 0.85, "webster", 5, 5, 1);
  }

  static int clampInterval(int seconds) {
    return Math.max(1, Math.min(10, seconds));
  }

  public DemoSettings withScenario(DemoScenario s) {
    return new DemoSettings(s, degreeOfSaturation, baseline, decisionIntervalSeconds, speed, seed);
  }

  public DemoSettings withDegreeOfSaturation(double x) {
    return new DemoSettings(scenario, x, baseline, decisionIntervalSeconds, speed, seed);
  }

  public DemoSettings withBaseline(String b) {
    return new DemoSettings(scenario, degreeOfSaturation, b, decisionIntervalSeconds, speed, seed);
  }

  public DemoSettings withDecisionInterval(int s) {
    return new DemoSettings(scenario, degreeOfSaturation, baseline, s, speed, seed);
  }

  public DemoSettings withSpeed(int s) {
    return new DemoSettings(
        scenario, degreeOfSaturation, baseline, decisionIntervalSeconds, s, seed);
  }

  public DemoSettings withSeed(long s) {
    return new DemoSettings(
        scenario, degreeOfSaturation, baseline, decisionIntervalSeconds, speed, s);
  }
}
