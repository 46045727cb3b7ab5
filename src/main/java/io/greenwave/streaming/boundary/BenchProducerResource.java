package io.greenwave.streaming.boundary;

import io.greenwave.platform.entity.LiveEvent;
import io.greenwave.platform.entity.ProblemException;
import io.greenwave.security.entity.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Load for {@code bench/streaming.sh}: fires {@code simulation} events for intersections {@code
 * bench-0 … bench-(n-1)}, each {@code perSecond} times a second for {@code seconds}, through the
 * same CDI event path as real events, spread evenly over each second. Off (404) unless {@code
 * greenwave.streaming.bench-producer=true}: it exists to measure, never in production.
 */
@Path("stream/bench")
public class BenchProducerResource {
  /** Ticks per second over which each second's events are spread. */
  static final int TICKS = 100;

  @Inject
  @ConfigProperty(name = "greenwave.streaming.bench-producer", defaultValue = "false")
  boolean enabled;

  @Inject Event<LiveEvent> events;
  @Resource ManagedScheduledExecutorService scheduler;

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  public Map<String, Object> produce(
      @QueryParam("intersections") @DefaultValue("100") int intersections,
      @QueryParam("perSecond") @DefaultValue("1") int perSecond,
      @QueryParam("seconds") @DefaultValue("30") int seconds) {
    if (!enabled) {
      throw ProblemException.notFound("endpoint", "stream/bench");
    }
    check(intersections > 0 && intersections <= 100_000, "intersections", "1..100000");
    check(perSecond > 0 && perSecond <= 100, "perSecond", "1..100");
    check(seconds > 0 && seconds <= 3600, "seconds", "1..3600");
    long total = (long) intersections * perSecond * seconds;
    AtomicLong next = new AtomicLong();
    long perTick = Math.max(1, (long) intersections * perSecond / TICKS);
    ScheduledFuture<?>[] task = new ScheduledFuture<?>[1];
    task[0] =
        scheduler.scheduleAtFixedRate(
            () -> tick(next, perTick, total, intersections, task[0]),
            0,
            1000 / TICKS,
            TimeUnit.MILLISECONDS);
    return Map.of("events", total, "intersections", intersections, "perSecond", perSecond);
  }

  private void tick(
      AtomicLong next, long perTick, long total, int intersections, ScheduledFuture<?> self) {
    for (long i = 0; i < perTick; i++) {
      long n = next.getAndIncrement();
      if (n >= total) {
        if (self != null) {
          self.cancel(false);
        }
        return;
      }
      events.fire(LiveEvent.of("simulation", "bench-" + (n % intersections), Map.of("seq", n)));
    }
  }

  private static void check(boolean ok, String field, String range) {
    if (!ok) {
      throw ProblemException.badRequest(
          field + " must be in " + range,
          List.of(io.greenwave.platform.entity.FieldError.of(field, "must be in " + range)));
    }
  }
}
