package io.greenwave.demo.control;

import java.util.Optional;

/**
 * Finds a deployed learned policy for a demo intersection (the model registry in the running
 * application; nothing in unit tests). The bundled demo policies are the fallback.
 */
@FunctionalInterface
public interface PolicySource {
  /** No deployed policies: the demo always uses its bundled ones. */
  PolicySource NONE = (id, phases) -> Optional.empty();

  /**
   * @param intersectionId stored intersection id, e.g. {@code iso-1}
   * @param phases the intersection's phase count; a policy for another phase count cannot control
   *     it
   */
  Optional<PolicyChoice> deployed(String intersectionId, int phases);
}
