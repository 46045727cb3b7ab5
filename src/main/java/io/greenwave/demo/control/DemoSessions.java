package io.greenwave.demo.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo simulations running on this node, one per admitted visitor, bounded so that the public
 * page cannot load the server: at most {@code greenwave.demo.max-sessions} runs (default 20), each
 * at most {@link DemoSettings#MAX_SPEED} times real time. One scheduled task on the container's
 * managed executor moves every run on every {@value #TICK_MILLIS} ms and pushes its frame to the
 * visitor's socket.
 *
 * <p>A run ends when its page is closed (the page's view is destroyed), when its HTTP session times
 * out, or when no socket has watched it for {@code greenwave.demo.idle-seconds} (default 60: a
 * browser that vanished without saying so).
 *
 * <p>Runs live in this node's memory; behind a load balancer the page and its socket must reach the
 * same node (sticky sessions), see docs/demo.md.
 */
@ApplicationScoped
public class DemoSessions {
  /** Wall-clock period of the scheduler, ms: 10 frames per second at most. */
  static final long TICK_MILLIS = 100;

  private static final Logger LOG = Logger.getLogger(DemoSessions.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "greenwave.demo.max-sessions", defaultValue = "20")
  int maxSessions;

  @Inject
  @ConfigProperty(name = "greenwave.demo.idle-seconds", defaultValue = "60")
  int idleSeconds;

  private final Map<String, DemoSlot> slots = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private ScheduledFuture<?> ticker;
  private long lastTickNanos;

  /**
   * Admits a visitor: creates their (paused) run, unless the cap is reached.
   *
   * @return the run's token (the capability to watch and export it), or empty at the cap
   */
  public synchronized Optional<String> open(DemoSettings settings, PolicySource deployed) {
    long now = System.nanoTime();
    sweep(now);
    if (slots.size() >= maxSessions) {
      return Optional.empty();
    }
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    String token = HexFormat.of().formatHex(bytes);
    slots.put(token, new DemoSlot(token, new DemoRun(settings, deployed), now));
    startTicker();
    return Optional.of(token);
  }

  /** The visitor's run, if it is still running here. */
  public Optional<DemoRun> run(String token) {
    DemoSlot slot = token == null ? null : slots.get(token);
    return Optional.ofNullable(slot).map(s -> s.run);
  }

  /** Ends a visitor's run and frees its place. */
  public void close(String token) {
    if (token != null) {
      slots.remove(token);
    }
  }

  /** Connects a socket to a run; false if the run is unknown (ended or never admitted). */
  public boolean attach(String token, FrameSink sink) {
    DemoSlot slot = token == null ? null : slots.get(token);
    if (slot == null) {
      return false;
    }
    slot.attach(sink, System.nanoTime());
    return true;
  }

  public void detach(String token, FrameSink sink) {
    DemoSlot slot = token == null ? null : slots.get(token);
    if (slot != null) {
      slot.detach(sink, System.nanoTime());
    }
  }

  /** Runs admitted now. */
  public int active() {
    return slots.size();
  }

  /** The configured cap. */
  public int capacity() {
    return maxSessions;
  }

  private void startTicker() {
    if (ticker == null || ticker.isDone()) {
      lastTickNanos = System.nanoTime();
      ticker =
          scheduler.scheduleAtFixedRate(
              this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  /** One scheduler period: every run advances by the wall time since the last period. */
  void tick() {
    long now = System.nanoTime();
    long elapsed = Math.min(1000, (now - lastTickNanos) / 1_000_000);
    lastTickNanos = now;
    for (DemoSlot slot : slots.values()) {
      try {
        boolean advanced = slot.run.tick(elapsed);
        int speed = slot.run.settings().speed();
        long interval = Math.max(TICK_MILLIS, 1000L / speed);
        slot.push(advanced, now, interval);
      } catch (RuntimeException e) {
        // one broken run must not stop the others: end it, its page shows the socket closed
        LOG.log(Level.WARNING, "Demo run failed and was ended", e);
        slots.remove(slot.token);
      }
    }
    sweep(now);
  }

  private void sweep(long now) {
    long idle = TimeUnit.SECONDS.toNanos(idleSeconds);
    slots.values().removeIf(s -> s.abandoned(now, idle));
  }

  @PreDestroy
  void stop() {
    if (ticker != null) {
      ticker.cancel(false);
    }
    slots.clear();
  }
}
