package io.greenwave.ml.control;

import io.greenwave.ml.entity.ActiveModel;
import io.greenwave.ml.entity.ModelDeployment;
import io.greenwave.ml.entity.ModelKind;
import io.greenwave.platform.entity.LiveEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Deploy, rollback and shadow as every entry point performs them: the registry's change, then this
 * node forgets which versions it remembered as active (other nodes follow within two seconds), and
 * live clients hear of it. The API and the console both go through here.
 */
@ApplicationScoped
public class Deployments {
  @Inject ModelRegistry registry;
  @Inject LoadedModels loaded;
  @Inject Event<LiveEvent> events;

  public ModelRegistry.DeployOutcome deploy(String modelId, boolean force, String actor) {
    ModelRegistry.DeployOutcome outcome = registry.deploy(modelId, force, actor);
    loaded.forgetSlots(outcome.deployment().intersectionId());
    announce(outcome.deployment());
    return outcome;
  }

  public ModelDeployment rollback(String intersectionId, ModelKind kind, String actor) {
    ModelDeployment entry = registry.rollback(intersectionId, kind, actor);
    loaded.forgetSlots(intersectionId);
    announce(entry);
    return entry;
  }

  public ActiveModel shadow(String modelId, boolean enabled) {
    ActiveModel slot = registry.shadow(modelId, enabled);
    loaded.forgetSlots(slot.key().intersectionId());
    return slot;
  }

  private void announce(ModelDeployment d) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("action", d.action().name());
    data.put("kind", d.kind().label());
    data.put("modelId", d.modelId());
    data.put("previousModelId", d.previousModelId());
    data.put("forced", d.forced());
    data.put("actor", d.actor());
    try {
      events.fire(LiveEvent.of("deployments", d.intersectionId(), data));
    } catch (RuntimeException e) {
      // live views are best effort; the deployment itself has happened
    }
  }
}
