package io.greenwave.demo.control;

import io.greenwave.learning.IntersectionPolicy;
import io.greenwave.learning.Policy;
import io.greenwave.ml.control.LoadedModels;
import io.greenwave.ml.entity.ModelKind;
import io.greenwave.ml.entity.ModelVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The policies operators deployed in the model registry, offered to the demo: the active policy
 * version of a stored demo intersection controls that intersection in the demo, through its agent
 * for that intersection (or its first agent, if it was trained for that intersection alone). A
 * policy with another phase count, or a registry that cannot be read, leaves the demo on its
 * bundled policy.
 */
@ApplicationScoped
public class RegistryPolicies implements PolicySource {
  private static final Logger LOG = Logger.getLogger(RegistryPolicies.class.getName());

  @Inject LoadedModels models;

  @Override
  public Optional<PolicyChoice> deployed(String intersectionId, int phases) {
    try {
      Optional<ModelVersion> active = models.active(intersectionId, ModelKind.POLICY);
      if (active.isEmpty()) {
        return Optional.empty();
      }
      ModelVersion version = active.get();
      Policy policy = models.policy(version.id());
      int agent = 0;
      for (int k = 0; k < policy.intersections().size(); k++) {
        if (policy.intersections().get(k).intersectionId().equals(intersectionId)) {
          agent = k;
        }
      }
      IntersectionPolicy p = policy.intersections().get(agent);
      if (p.phases() != phases) {
        return Optional.empty();
      }
      return Optional.of(
          new PolicyChoice(
              policy,
              agent,
              "model registry: "
                  + intersectionId
                  + " v"
                  + version.versionNumber()
                  + " ("
                  + policy.method()
                  + ", model "
                  + version.id()
                  + ")"));
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Registry not readable for the demo; bundled policy used", e);
      return Optional.empty();
    }
  }
}
