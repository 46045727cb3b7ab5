package io.greenwave.ml.control;

import io.greenwave.forecasting.ForecastModel;
import io.greenwave.learning.Policy;
import io.greenwave.ml.entity.ModelKind;
import io.greenwave.ml.entity.ModelVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deserialized models in memory, bounded (least recently used out), and the registry's active
 * versions remembered for a few seconds. Versions are immutable, so a cached model never goes
 * stale; the short memory of which version is active is what lets a deploy or rollback on one node
 * reach every node within seconds without a database read on every prediction.
 */
@ApplicationScoped
public class LoadedModels {
  /** Active-version lookups older than this are asked again. */
  static final long SLOT_MEMORY_NANOS = 2_000_000_000L;

  @Inject ModelRegistry registry;

  @Inject
  @ConfigProperty(name = "greenwave.ml.loaded-models", defaultValue = "256")
  int capacity;

  private final Map<String, Object> models = new LinkedHashMap<>(64, 0.75f, true);
  private final Map<String, Remembered> active = new java.util.concurrent.ConcurrentHashMap<>();

  private record Remembered(Optional<ModelVersion> version, long at) {}

  /** The active version of a slot, as of at most two seconds ago. */
  public Optional<ModelVersion> active(String intersectionId, ModelKind kind) {
    String key = intersectionId + "/" + kind;
    Remembered r = active.get(key);
    long now = System.nanoTime();
    if (r == null || now - r.at() > SLOT_MEMORY_NANOS) {
      r = new Remembered(registry.active(intersectionId, kind), now);
      active.put(key, r);
    }
    return r.version();
  }

  /** The shadow candidate of a slot, if any (read with the same memory as the active one). */
  public Optional<ModelVersion> shadow(String intersectionId, ModelKind kind) {
    String key = intersectionId + "/" + kind + "/shadow";
    Remembered r = active.get(key);
    long now = System.nanoTime();
    if (r == null || now - r.at() > SLOT_MEMORY_NANOS) {
      r =
          new Remembered(
              registry
                  .slot(intersectionId, kind)
                  .map(s -> s.shadowModelId())
                  .flatMap(registry::find),
              now);
      active.put(key, r);
    }
    return r.version();
  }

  /** Forgets remembered slots, e.g. right after this node deployed or rolled back. */
  public void forgetSlots(String intersectionId) {
    active.keySet().removeIf(k -> k.startsWith(intersectionId + "/"));
  }

  public Policy policy(String modelId) {
    return (Policy) load(modelId, ModelKind.POLICY);
  }

  public ForecastModel forecaster(String modelId) {
    return (ForecastModel) load(modelId, ModelKind.FORECASTER);
  }

  /**
   * @return how many models are in memory
   */
  public synchronized int size() {
    return models.size();
  }

  private Object load(String modelId, ModelKind kind) {
    synchronized (this) {
      Object m = models.get(modelId);
      if (m != null) {
        return m;
      }
    }
    byte[] bytes = registry.artifact(modelId);
    Object model =
        kind == ModelKind.POLICY ? Policy.fromBytes(bytes) : ForecastModel.fromBytes(bytes);
    synchronized (this) {
      models.put(modelId, model);
      while (models.size() > capacity) {
        String eldest = models.keySet().iterator().next();
        models.remove(eldest);
      }
    }
    return model;
  }
}
