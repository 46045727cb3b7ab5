package io.greenwave.ml.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How often a shadow candidate agreed with the served decision, per intersection and candidate,
 * since this node started. Shown in the status so that an engineer can judge a candidate on live
 * traffic before deploying it.
 */
@ApplicationScoped
public class ShadowLog {
  /** Agreement counts of one candidate. */
  public record Agreement(String modelId, long decisions, long agreed) {
    public double rate() {
      return decisions == 0 ? 0 : (double) agreed / decisions;
    }
  }

  private final Map<String, AtomicLong[]> counts = new ConcurrentHashMap<>();

  public void record(String intersectionId, String modelId, boolean agrees) {
    AtomicLong[] c =
        counts.computeIfAbsent(
            intersectionId + "|" + modelId,
            k -> new AtomicLong[] {new AtomicLong(), new AtomicLong()});
    c[0].incrementAndGet();
    if (agrees) {
      c[1].incrementAndGet();
    }
  }

  public Agreement of(String intersectionId, String modelId) {
    AtomicLong[] c = counts.get(intersectionId + "|" + modelId);
    return c == null
        ? new Agreement(modelId, 0, 0)
        : new Agreement(modelId, c[0].get(), c[1].get());
  }
}
