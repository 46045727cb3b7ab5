package io.greenwave.streaming.control;

import io.greenwave.streaming.entity.Frame;
import io.greenwave.streaming.entity.StreamStats;
import io.greenwave.streaming.entity.Subscription;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One connected client as the hub sees it: its transport, its current subscription, its bounded
 * queue, and whether a write to it is in flight (at most one at a time, so a slow client holds only
 * its own queue, never a sender thread).
 */
public final class Subscriber {
  private final long id;
  private final StreamTransport transport;
  private final ClientQueue queue;
  private final AtomicBoolean busy = new AtomicBoolean();
  private final AtomicLong sent = new AtomicLong();
  private volatile Subscription subscription = Subscription.NONE;
  private volatile String caller;
  private volatile long busySince;
  private volatile long lastWriteAt = System.currentTimeMillis();

  Subscriber(long id, StreamTransport transport, int queueCapacity) {
    this.id = id;
    this.transport = transport;
    this.queue = new ClientQueue(queueCapacity);
  }

  public long id() {
    return id;
  }

  public Subscription subscription() {
    return subscription;
  }

  void subscription(Subscription s) {
    subscription = s;
  }

  public String caller() {
    return caller;
  }

  /** Records who authenticated on this connection. */
  public void caller(String name) {
    caller = name;
  }

  public boolean authenticated() {
    return caller != null;
  }

  StreamTransport transport() {
    return transport;
  }

  ClientQueue queue() {
    return queue;
  }

  /** Claims the right to write; false when a write is already in flight or scheduled. */
  boolean claim() {
    if (busy.compareAndSet(false, true)) {
      busySince = System.currentTimeMillis();
      return true;
    }
    return false;
  }

  void release(int frames) {
    if (frames > 0) {
      sent.addAndGet(frames);
      lastWriteAt = System.currentTimeMillis();
    }
    busy.set(false);
  }

  /** How long the current write has been in flight, 0 when none. */
  long stuckFor(long nowMillis) {
    return busy.get() ? nowMillis - busySince : 0;
  }

  long idleFor(long nowMillis) {
    return nowMillis - lastWriteAt;
  }

  List<Frame> take(int max) {
    return queue.take(max);
  }

  long sent() {
    return sent.get();
  }

  StreamStats.Client stats() {
    return new StreamStats.Client(
        id,
        transport.kind(),
        caller,
        subscription.format().label(),
        queue.depth(),
        sent.get(),
        queue.dropped(),
        queue.coalesced());
  }
}
