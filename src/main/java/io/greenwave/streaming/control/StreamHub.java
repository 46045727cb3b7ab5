package io.greenwave.streaming.control;

import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import io.greenwave.platform.entity.LiveEvent;
import io.greenwave.streaming.entity.ClusterEnvelope;
import io.greenwave.streaming.entity.Frame;
import io.greenwave.streaming.entity.StreamStats;
import io.greenwave.streaming.entity.Subscription;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The streams of this node. Observes every {@link LiveEvent} fired here, publishes it to this
 * node's clients and sends it on (batched, off the producer's thread) to the other cluster nodes as
 * a Payara clustered CDI event; events arriving from other nodes are published here too (never sent
 * on again, and never our own coming back), so a client on any node sees what happened on every
 * node exactly once.
 */
@ApplicationScoped
public class StreamHub {
  private static final Logger LOG = Logger.getLogger(StreamHub.class.getName());

  /** Events per data-grid message at most. */
  static final int CLUSTER_BATCH = 500;

  private final String node = UUID.randomUUID().toString().substring(0, 8);
  private final Queue<LiveEvent> outbox = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean forwarding = new AtomicBoolean();
  private Fanout fanout;
  private ScheduledFuture<?> sweeper;

  @Inject
  @ConfigProperty(name = "greenwave.streaming.replay-size", defaultValue = "10000")
  int replaySize;

  @Inject
  @ConfigProperty(name = "greenwave.streaming.queue-capacity", defaultValue = "256")
  int queueCapacity;

  @Inject
  @ConfigProperty(name = "greenwave.streaming.sender-threads", defaultValue = "2")
  int senderThreads;

  @Inject
  @ConfigProperty(name = "greenwave.streaming.heartbeat-seconds", defaultValue = "15")
  int heartbeatSeconds;

  @Inject
  @ConfigProperty(name = "greenwave.streaming.stuck-seconds", defaultValue = "60")
  int stuckSeconds;

  @Inject @Outbound Event<ClusterEnvelope> cluster;
  @Resource ManagedThreadFactory threads;
  @Resource ManagedExecutorService executor;
  @Resource ManagedScheduledExecutorService scheduler;

  @PostConstruct
  void start() {
    // ids from the clock: comparable between nodes, for clients that resume on another node
    fanout = new Fanout(replaySize, queueCapacity, System::currentTimeMillis);
    fanout.start(senderThreads, threads);
    long every = Math.max(1, heartbeatSeconds / 3);
    sweeper = scheduler.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.SECONDS);
  }

  /** Starts the hub with the application, so that events are buffered before any client comes. */
  void boot(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    fanout.lastEventId();
  }

  @PreDestroy
  void stop() {
    sweeper.cancel(false);
    fanout.stop();
  }

  /** An event that happened on this node. */
  void local(@Observes LiveEvent e) {
    publish(e);
    outbox.add(e);
    if (forwarding.compareAndSet(false, true)) {
      try {
        executor.execute(this::forward);
      } catch (RuntimeException rejected) {
        forwarding.set(false);
        LOG.log(Level.FINE, "Live events not sent to the cluster", rejected);
      }
    }
  }

  /** Events that happened on another node. */
  void remote(@Observes @Inbound ClusterEnvelope envelope) {
    if (fromOtherNode(envelope)) {
      envelope.events().forEach(this::publish);
    }
  }

  /**
   * Whether an envelope came from another node (Payara does not loop clustered events back to the
   * sender, but a node must never publish its own events twice if that ever changes).
   */
  public boolean fromOtherNode(ClusterEnvelope envelope) {
    return !node.equals(envelope.originNode());
  }

  /** Sends what the outbox holds to the other nodes, in batches, off the producer's thread. */
  private void forward() {
    do {
      List<LiveEvent> batch = new ArrayList<>();
      for (LiveEvent e = outbox.poll(); e != null; e = outbox.poll()) {
        batch.add(e);
        if (batch.size() == CLUSTER_BATCH) {
          send(batch);
          batch = new ArrayList<>();
        }
      }
      if (!batch.isEmpty()) {
        send(batch);
      }
      forwarding.set(false);
    } while (!outbox.isEmpty() && forwarding.compareAndSet(false, true));
  }

  private void send(List<LiveEvent> batch) {
    try {
      cluster.fire(new ClusterEnvelope(node, batch));
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Live events not sent to the cluster", e);
    }
  }

  private void publish(LiveEvent e) {
    long at = e.at() == null ? System.currentTimeMillis() : e.at().toInstant().toEpochMilli();
    fanout.publish(e.type(), e.intersectionId(), e.data(), at);
  }

  private void sweep() {
    try {
      fanout.sweep(heartbeatSeconds * 1000L, stuckSeconds * 1000L);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Stream heartbeat sweep failed", e);
    }
  }

  public Subscriber attach(StreamTransport transport) {
    return fanout.attach(transport);
  }

  public int subscribe(Subscriber s, Subscription subscription, Long lastEventId) {
    return fanout.subscribe(s, subscription, lastEventId);
  }

  /**
   * Subscribes, queueing first the acknowledgement ({@code event}: {@code ack} or SSE's {@code
   * ready}) that {@code ack} writes from the number of replayed events, so that the client reads it
   * before them.
   */
  public int subscribe(
      Subscriber s,
      Subscription subscription,
      Long lastEventId,
      String event,
      IntFunction<String> ack) {
    return fanout.subscribe(s, subscription, lastEventId, n -> Frame.control(event, ack.apply(n)));
  }

  /** The id of the newest event published on this node. */
  public long lastEventId() {
    return fanout.lastEventId();
  }

  public void sendControl(Subscriber s, String event, String json) {
    fanout.sendControl(s, event, json);
  }

  public void detach(Subscriber s) {
    fanout.detach(s);
  }

  public StreamStats stats() {
    return fanout.stats(node);
  }

  public int heartbeatSeconds() {
    return heartbeatSeconds;
  }
}
