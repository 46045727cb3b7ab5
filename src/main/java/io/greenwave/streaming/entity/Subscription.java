package io.greenwave.streaming.entity;

import java.util.Set;

/**
 * What one client wants to see: a set of intersections (or all of them), a set of event types, and
 * the format to write them in. System-wide events (no intersection) reach every client that
 * subscribed to their type.
 *
 * @param intersections the intersection ids, or null for all
 * @param types the event types, never empty for an active subscription
 * @param format how events are written
 */
public record Subscription(Set<String> intersections, Set<String> types, Format format) {
  /** The state of a connection that has not subscribed yet: it receives nothing. */
  public static final Subscription NONE = new Subscription(Set.of(), Set.of(), Format.DASHBOARD);

  public Subscription {
    intersections = intersections == null ? null : Set.copyOf(intersections);
    types = Set.copyOf(types);
  }

  public boolean allIntersections() {
    return intersections == null;
  }

  public boolean matches(String type, String intersectionId) {
    return types.contains(type)
        && (intersections == null
            || intersectionId == null
            || intersections.contains(intersectionId));
  }
}
