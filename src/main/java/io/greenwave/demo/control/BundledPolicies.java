package io.greenwave.demo.control;

import io.greenwave.learning.IntersectionPolicy;
import io.greenwave.learning.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The pre-trained policies shipped in the WAR for each demo scenario ({@code
 * /demo-policies/<scenario>.gwp}), so that the demo shows learned control on a fresh installation
 * before anyone has trained and deployed a model. They are produced, with fixed seeds, by {@code
 * TrainDemoPolicies} (see docs/demo.md), never written by hand.
 */
public final class BundledPolicies {
  static final String FOLDER = "/demo-policies/";

  private static final Map<DemoScenario, Policy> LOADED = new EnumMap<>(DemoScenario.class);

  private BundledPolicies() {}

  /** Resource path of a scenario's bundled policy. */
  public static String resource(DemoScenario scenario) {
    return FOLDER + scenario.key() + ".gwp";
  }

  /** The bundled policy of a scenario (loaded once). */
  public static synchronized Policy of(DemoScenario scenario) {
    return LOADED.computeIfAbsent(scenario, BundledPolicies::load);
  }

  /** The bundled choice for one intersection of a scenario. */
  public static PolicyChoice choice(DemoScenario scenario, String intersectionId) {
    Policy policy = of(scenario);
    int agent = 0;
    for (int k = 0; k < policy.intersections().size(); k++) {
      IntersectionPolicy p = policy.intersections().get(k);
      if (p.intersectionId().equals(intersectionId)) {
        agent = k;
      }
    }
    return new PolicyChoice(
        policy,
        agent,
        "bundled demo policy ("
            + policy.method()
            + ", trained on '"
            + policy.scenarioName()
            + "', seed "
            + policy.hyperparameters().seed()
            + ")");
  }

  private static Policy load(DemoScenario scenario) {
    try (InputStream in = BundledPolicies.class.getResourceAsStream(resource(scenario))) {
      if (in == null) {
        throw new IllegalStateException(
            resource(scenario) + " is missing: run TrainDemoPolicies (docs/demo.md)");
      }
      return Policy.fromBytes(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
