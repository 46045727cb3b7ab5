package io.greenwave.streaming.entity;

import io.greenwave.platform.entity.LiveEvent;
import java.io.Serializable;

/**
 * A live event on its way to the other cluster nodes. Its own type (not {@link LiveEvent} itself)
 * so that sending it does not notify this node's own {@code LiveEvent} observers a second time, and
 * tagged with the sending node so that a node never publishes its own event twice.
 */
public record ClusterEnvelope(String originNode, LiveEvent event) implements Serializable {}
