package io.greenwave.streaming.entity;

/**
 * One message waiting for a client: an event already written in the client's format, an
 * acknowledgement or error, or a heartbeat.
 *
 * @param id the event id, or -1 for messages that are not events (acks, errors, heartbeats)
 * @param event the SSE event name: the event type, {@code ack}, {@code error}, {@code reset} or
 *     {@code heartbeat}
 * @param text the JSON text
 * @param coalescingKey the key under which a newer frame replaces this one while queued, or null
 * @param atMillis when the event happened, for latency; 0 for non-events
 */
public record Frame(long id, String event, String text, String coalescingKey, long atMillis) {
  public static final String HEARTBEAT = "heartbeat";

  public static Frame control(String event, String text) {
    return new Frame(-1, event, text, null, 0);
  }

  public static Frame heartbeat() {
    return new Frame(-1, HEARTBEAT, "", null, 0);
  }

  public boolean isHeartbeat() {
    return HEARTBEAT.equals(event);
  }
}
