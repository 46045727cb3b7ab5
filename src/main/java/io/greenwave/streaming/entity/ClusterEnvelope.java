package io.greenwave.streaming.entity;

import io.greenwave.platform.entity.LiveEvent;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Live events on their way to the other cluster nodes, in the order they happened; batched so that
 * a burst costs one data-grid message, not one per event. Its own type (not {@link LiveEvent}
 * itself) so that sending it does not notify this node's own {@code LiveEvent} observers a second
 * time, and tagged with the sending node so that a node never publishes its own events twice.
 */
public record ClusterEnvelope(String originNode, List<LiveEvent> events) implements Serializable {
  public ClusterEnvelope {
    events = new ArrayList<>(events);
  }
}
