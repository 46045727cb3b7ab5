package io.greenwave.streaming.control;

import io.greenwave.streaming.entity.StreamEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The newest events of this node, for clients that reconnect with the id of the last event they saw
 * ({@code Last-Event-ID}). A ring of fixed size: memory stays bounded, and a client that was away
 * for longer than the ring covers is told that it missed events.
 */
final class ReplayBuffer {
  private final StreamEvent[] ring;
  private long count;

  ReplayBuffer(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    ring = new StreamEvent[capacity];
  }

  synchronized void add(StreamEvent e) {
    ring[(int) (count++ % ring.length)] = e;
  }

  /** The oldest id still held, or 0 when empty. */
  synchronized long oldestId() {
    if (count == 0) {
      return 0;
    }
    return ring[(int) (count <= ring.length ? 0 : count % ring.length)].id();
  }

  /** What a client that saw {@code lastId} missed, filtered; and whether some fell off the ring. */
  synchronized Replay after(long lastId, Predicate<StreamEvent> wanted) {
    List<StreamEvent> out = new ArrayList<>();
    long held = Math.min(count, ring.length);
    boolean gap = false;
    for (long n = count - held; n < count; n++) {
      StreamEvent e = ring[(int) (n % ring.length)];
      if (n == count - held && e.id() > lastId + 1) {
        gap = true;
      }
      if (e.id() > lastId && wanted.test(e)) {
        out.add(e);
      }
    }
    return new Replay(out, gap);
  }

  /** Events to replay, oldest first, and whether older ones the client missed are gone. */
  record Replay(List<StreamEvent> events, boolean gap) {}
}
