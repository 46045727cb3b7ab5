package io.greenwave.streaming.control;

import io.greenwave.streaming.entity.Format;
import io.greenwave.streaming.entity.Frame;
import io.greenwave.streaming.entity.StreamEvent;
import io.greenwave.streaming.entity.StreamStats;
import io.greenwave.streaming.entity.Subscription;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The delivery core of the streams, free of containers so that it can be tested alone. Publishing
 * numbers the event, keeps it in the replay buffer, and puts it, written in each format once, on
 * the queue of every matching client: constant work per matching client, no I/O, so the producer is
 * never slowed by a client. A few sender threads take clients with queued frames from a ready queue
 * and hand their frames to the transport, one write in flight per client; a client whose write does
 * not complete only fills (and then drops from) its own queue.
 */
public final class Fanout {
  private static final Logger LOG = Logger.getLogger(Fanout.class.getName());

  /** Frames handed to a transport in one write at most. */
  static final int BATCH = 64;

  private final int queueCapacity;
  private final ReplayBuffer replay;
  private final Object publishing = new Object();
  private final AtomicLong sequence = new AtomicLong();
  private final LongSupplier clockMillis;
  private final AtomicLong published = new AtomicLong();
  private final AtomicLong subscriberIds = new AtomicLong();
  private final Map<Long, Subscriber> subscribers = new ConcurrentHashMap<>();
  private final Map<String, Set<Subscriber>> byIntersection = new ConcurrentHashMap<>();
  private final Set<Subscriber> everywhere = ConcurrentHashMap.newKeySet();
  private final BlockingQueue<Subscriber> ready = new LinkedBlockingQueue<>();
  private final List<Thread> senders = new ArrayList<>();
  private final AtomicLong sentByGone = new AtomicLong();
  private final AtomicLong droppedByGone = new AtomicLong();
  private final AtomicLong coalescedByGone = new AtomicLong();
  private volatile boolean running;

  /** Numbers events 1, 2, 3… (tests; a single node whose ids need not mean anything else). */
  public Fanout(int replayCapacity, int queueCapacity) {
    this(replayCapacity, queueCapacity, () -> 0);
  }

  /**
   * Numbers events from a clock: an id is the publication time in microseconds since the epoch (or
   * the previous id plus one, whichever is larger), so ids still rise by at least one per event,
   * and the ids of two cluster nodes mean the same moments. A client that resumes on another node
   * (its own node died) with the last id it saw there gets what this node published after that
   * moment, not what happened to follow a number of another node's count.
   */
  public Fanout(int replayCapacity, int queueCapacity, LongSupplier clockMillis) {
    this.replay = new ReplayBuffer(replayCapacity);
    this.queueCapacity = queueCapacity;
    this.clockMillis = clockMillis;
  }

  /** Starts the sender threads. */
  public void start(int senderThreads, ThreadFactory threads) {
    running = true;
    for (int i = 0; i < senderThreads; i++) {
      Thread t = threads.newThread(this::sendLoop);
      t.setName("greenwave-stream-sender-" + i);
      t.setDaemon(true);
      senders.add(t);
      t.start();
    }
  }

  public void stop() {
    running = false;
    senders.forEach(Thread::interrupt);
    subscribers.values().forEach(s -> s.transport().close("server shutting down"));
  }

  /** Numbers the event and queues it for every matching client. */
  public StreamEvent publish(
      String type, String intersectionId, Map<String, Object> data, long at) {
    synchronized (publishing) {
      long floor = clockMillis.getAsLong() * 1000;
      long id = sequence.updateAndGet(previous -> Math.max(previous + 1, floor));
      StreamEvent e = new StreamEvent(id, type, intersectionId, data, at);
      replay.add(e);
      published.incrementAndGet();
      Frame[] written = new Frame[Format.values().length];
      if (intersectionId == null) {
        subscribers.values().forEach(s -> deliver(s, e, written));
      } else {
        Set<Subscriber> local = byIntersection.get(intersectionId);
        if (local != null) {
          local.forEach(s -> deliver(s, e, written));
        }
        everywhere.forEach(s -> deliver(s, e, written));
      }
      return e;
    }
  }

  private void deliver(Subscriber s, StreamEvent e, Frame[] written) {
    Subscription sub = s.subscription();
    if (!sub.matches(e.type(), e.intersectionId())) {
      return;
    }
    int f = sub.format().ordinal();
    if (written[f] == null) {
      written[f] = EventWriter.frame(e, sub.format());
    }
    enqueue(s, written[f]);
  }

  /** A new connection; it receives nothing until it subscribes. */
  public Subscriber attach(StreamTransport transport) {
    Subscriber s = new Subscriber(subscriberIds.incrementAndGet(), transport, queueCapacity);
    subscribers.put(s.id(), s);
    return s;
  }

  /**
   * Sets or changes what a client receives. With {@code lastEventId}, first replays the matching
   * events after it that the buffer still holds (preceded by a {@code reset} frame when some are
   * gone); no live event can slip between replay and live delivery.
   *
   * @return how many events were replayed
   */
  public int subscribe(Subscriber s, Subscription sub, Long lastEventId) {
    return subscribe(s, sub, lastEventId, null);
  }

  /**
   * As {@link #subscribe(Subscriber, Subscription, Long)}, queueing first the acknowledgement that
   * {@code preface} writes from the number of replayed events, so the client reads it before them.
   */
  public int subscribe(
      Subscriber s, Subscription sub, Long lastEventId, IntFunction<Frame> preface) {
    synchronized (publishing) {
      unindex(s);
      s.subscription(sub);
      index(s);
      ReplayBuffer.Replay missed =
          lastEventId == null
              ? new ReplayBuffer.Replay(List.of(), false)
              : replay.after(lastEventId, e -> sub.matches(e.type(), e.intersectionId()));
      if (preface != null) {
        enqueue(s, preface.apply(missed.events().size()));
      }
      if (missed.gap()) {
        enqueue(
            s,
            Frame.control(
                "reset",
                "{\"type\":\"reset\",\"detail\":\"events after "
                    + lastEventId
                    + " are no longer all held; oldest held is "
                    + replay.oldestId()
                    + "\"}"));
      }
      missed.events().forEach(e -> enqueue(s, EventWriter.frame(e, sub.format())));
      return missed.events().size();
    }
  }

  /** Queues an acknowledgement, error or other non-event message for one client. */
  public void sendControl(Subscriber s, String event, String json) {
    enqueue(s, Frame.control(event, json));
  }

  public void detach(Subscriber s) {
    if (subscribers.remove(s.id()) == null) {
      return;
    }
    synchronized (publishing) {
      unindex(s);
    }
    sentByGone.addAndGet(s.sent());
    droppedByGone.addAndGet(s.queue().dropped());
    coalescedByGone.addAndGet(s.queue().coalesced());
  }

  /**
   * Sends a heartbeat to clients that received nothing for {@code idleMillis}, and closes the
   * connections that are dead: the transport says so, or a write has been stuck for {@code
   * stuckMillis}.
   *
   * @return how many connections were closed
   */
  public int sweep(long idleMillis, long stuckMillis) {
    long now = System.currentTimeMillis();
    int closed = 0;
    for (Subscriber s : subscribers.values()) {
      if (!s.transport().alive(now) || s.stuckFor(now) > stuckMillis) {
        detach(s);
        s.transport().close("connection dead or not reading");
        closed++;
      } else if (s.idleFor(now) >= idleMillis && s.queue().isEmpty()) {
        enqueue(s, Frame.heartbeat());
      }
    }
    return closed;
  }

  private void index(Subscriber s) {
    Subscription sub = s.subscription();
    if (sub.allIntersections()) {
      everywhere.add(s);
    } else {
      sub.intersections()
          .forEach(
              i -> byIntersection.computeIfAbsent(i, k -> ConcurrentHashMap.newKeySet()).add(s));
    }
  }

  private void unindex(Subscriber s) {
    everywhere.remove(s);
    for (String i :
        s.subscription().intersections() == null
            ? Set.<String>of()
            : s.subscription().intersections()) {
      Set<Subscriber> set = byIntersection.get(i);
      if (set != null) {
        set.remove(s);
        if (set.isEmpty()) {
          byIntersection.remove(i, set);
        }
      }
    }
  }

  private void enqueue(Subscriber s, Frame frame) {
    s.queue().offer(frame);
    if (s.claim()) {
      ready.add(s);
    }
  }

  private void sendLoop() {
    while (running) {
      try {
        Subscriber s = ready.poll(1, TimeUnit.SECONDS);
        if (s != null) {
          sendSome(s);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Stream sender failed; continuing", e);
      }
    }
  }

  private void sendSome(Subscriber s) {
    List<Frame> frames = s.take(BATCH);
    if (frames.isEmpty()) {
      s.release(0);
      requeueIfPending(s);
      return;
    }
    try {
      s.transport().send(frames, () -> finished(s, frames.size()));
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Stream write failed; closing the client", e);
      detach(s);
      s.transport().close("write failed");
    }
  }

  private void finished(Subscriber s, int frames) {
    s.release(frames);
    requeueIfPending(s);
  }

  private void requeueIfPending(Subscriber s) {
    if (!s.queue().isEmpty() && subscribers.containsKey(s.id()) && s.claim()) {
      ready.add(s);
    }
  }

  public long lastEventId() {
    return sequence.get();
  }

  public StreamStats stats(String node) {
    Map<String, Integer> byKind = new TreeMap<>(Map.of("websocket", 0, "sse", 0));
    long sent = sentByGone.get();
    long dropped = droppedByGone.get();
    long coalesced = coalescedByGone.get();
    List<StreamStats.Client> clients = new ArrayList<>();
    for (Subscriber s : subscribers.values()) {
      StreamStats.Client c = s.stats();
      byKind.merge(c.kind(), 1, Integer::sum);
      sent += c.sent();
      dropped += c.dropped();
      coalesced += c.coalesced();
      clients.add(c);
    }
    clients.sort(
        Comparator.comparingInt(StreamStats.Client::queueDepth)
            .reversed()
            .thenComparingLong(StreamStats.Client::id));
    return new StreamStats(
        node,
        byKind,
        published.get(),
        sequence.get(),
        replay.oldestId(),
        sent,
        dropped,
        coalesced,
        queueCapacity,
        List.copyOf(clients.subList(0, Math.min(100, clients.size()))));
  }
}
