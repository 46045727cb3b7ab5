package io.greenwave.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DemoSessionsTest {
  private final ScheduledExecutorService pool = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private DemoSessions sessions(int cap, int idleSeconds) {
    DemoSessions s = new DemoSessions();
    s.maxSessions = cap;
    s.idleSeconds = idleSeconds;
    // the container's managed executor, played by a plain scheduled executor
    s.scheduler =
        (ManagedScheduledExecutorService)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ManagedScheduledExecutorService.class},
                (proxy, method, args) -> method.invoke(pool, args));
    return s;
  }

  @Test
  void admitsUpToTheCapThenRefusesUntilAPlaceIsFreed() {
    DemoSessions s = sessions(2, 600);
    Optional<String> a = s.open(DemoSettings.defaults(), PolicySource.NONE);
    Optional<String> b = s.open(DemoSettings.defaults(), PolicySource.NONE);
    assertTrue(a.isPresent() && b.isPresent());
    assertTrue(s.open(DemoSettings.defaults(), PolicySource.NONE).isEmpty(), "at the cap");
    assertEquals(2, s.active());
    s.close(a.get());
    assertTrue(s.run(a.get()).isEmpty());
    assertTrue(s.open(DemoSettings.defaults(), PolicySource.NONE).isPresent());
  }

  @Test
  void runsNobodyWatchesAreEndedButWatchedOnesStay() throws Exception {
    DemoSessions s = sessions(5, 0);
    String watched = s.open(DemoSettings.defaults(), PolicySource.NONE).orElseThrow();
    List<String> received = new ArrayList<>();
    FrameSink sink =
        new FrameSink() {
          @Override
          public boolean busy() {
            return false;
          }

          @Override
          public synchronized void send(String json) {
            received.add(json);
          }
        };
    assertTrue(s.attach(watched, sink));
    String abandoned = s.open(DemoSettings.defaults(), PolicySource.NONE).orElseThrow();
    Thread.sleep(5);
    s.tick();
    assertTrue(s.run(watched).isPresent());
    assertFalse(s.run(abandoned).isPresent());
    assertFalse(s.attach("no-such-run", sink));
    synchronized (sink) {
      assertTrue(received.get(0).contains("\"layout\""), "first frame is full");
    }
  }

  @Test
  void framesFlowAtTheRunsSpeedWithNewChartPointsOnly() throws Exception {
    DemoSessions s = sessions(5, 600);
    String token = s.open(DemoSettings.defaults().withSpeed(20), PolicySource.NONE).orElseThrow();
    List<String> received = new ArrayList<>();
    s.attach(
        token,
        new FrameSink() {
          @Override
          public boolean busy() {
            return false;
          }

          @Override
          public synchronized void send(String json) {
            received.add(json);
          }
        });
    s.run(token).orElseThrow().start();
    Thread.sleep(1500);
    s.close(token);
    synchronized (this) {
      assertTrue(received.size() >= 5, received.size() + " frames");
      String last = received.get(received.size() - 1);
      assertFalse(last.contains("\"layout\""));
      assertTrue(last.contains("\"vehicles\":["));
    }
  }
}
