package io.greenwave.streaming.entity;

import java.util.Map;

/**
 * A live event as the streams deliver it: numbered by this node in the order it was published, so
 * that a client can say which it saw last and resume after it.
 *
 * @param id this node's sequence number, increasing by one per published event
 * @param type one of {@link EventTypes#ALL}
 * @param intersectionId the intersection concerned, or null for system-wide events
 * @param data the flat payload
 * @param atMillis when it happened (epoch milliseconds), the reference for delivery latency
 */
public record StreamEvent(
    long id, String type, String intersectionId, Map<String, Object> data, long atMillis) {

  /** What coalescing compares: a newer event with the same key supersedes a queued older one. */
  public String coalescingKey() {
    return type + '|' + intersectionId;
  }
}
