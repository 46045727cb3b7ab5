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

  /** The newest id that fell off the ring, 0 while none did. */
  private long lastEvictedId;

  ReplayBuffer(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    ring = new StreamEvent[capacity];
  }

  synchronized void add(StreamEvent e) {
    int slot = (int) (count++ % ring.length);
    if (ring[slot] != null) {
      lastEvictedId = ring[slot].id();
    }
    ring[slot] = e;
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
    // ids need not be consecutive (they may come from a clock): a gap is an event after the
    // client's last one that is no longer held
    boolean gap = lastEvictedId > lastId;
    for (long n = count - held; n < count; n++) {
      StreamEvent e = ring[(int) (n % ring.length)];
      if (e.id() > lastId && wanted.test(e)) {
        out.add(e);
      }
    }
    return new Replay(out, gap);
  }

  /** Events to replay, oldest first, and whether older ones the client missed are gone. */
  record Replay(List<StreamEvent> events, boolean gap) {}
}
