package io.greenwave.platform.entity;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something that just happened in Greenwave and that live clients may want to see: readings or
 * field metrics ingested, a decision served, training progress, a deployment or rollback, an alert,
 * a simulation tick. Fired as a CDI event by the feature where it happens; the streaming feature
 * fans it out. Serializable so that it can cross cluster nodes.
 *
 * @param type one of {@code readings, metrics, decisions, jobs, deployments, alerts, simulation}
 * @param intersectionId the intersection concerned, or null for system-wide events
 * @param data a small flat payload (numbers, strings, booleans)
 * @param at when it happened, UTC
 */
public record LiveEvent(
    String type, String intersectionId, Map<String, Object> data, OffsetDateTime at)
    implements Serializable {

  public LiveEvent {
    data = data == null ? Map.of() : new LinkedHashMap<>(data);
  }

  public static LiveEvent of(String type, String intersectionId, Map<String, Object> data) {
    return new LiveEvent(type, intersectionId, data, OffsetDateTime.now(ZoneOffset.UTC));
  }
}
