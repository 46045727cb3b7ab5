package io.greenwave.streaming.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenwave.streaming.entity.Format;
import io.greenwave.streaming.entity.Frame;
import io.greenwave.streaming.entity.StreamStats;
import io.greenwave.streaming.entity.Subscription;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Filters, formats, the coalesce-then-drop policy, replay and resume, and dead connections. */
class FanoutTest {
  Fanout fanout;

  @BeforeEach
  void start() {
    fanout = new Fanout(100, 8);
    fanout.start(2, Thread::new);
  }

  @AfterEach
  void stop() {
    fanout.stop();
  }

  static Subscription to(Set<String> intersections, Set<String> types, Format format) {
    return new Subscription(intersections, types, format);
  }

  void publish(String type, String intersection, double value) {
    fanout.publish(type, intersection, Map.of("value", value), System.currentTimeMillis());
  }

  @Test
  void aClientReceivesOnlyTheIntersectionsAndTypesItSubscribedTo() throws Exception {
    RecordingTransport one = RecordingTransport.fast();
    RecordingTransport all = RecordingTransport.fast();
    fanout.subscribe(
        fanout.attach(one), to(Set.of("I-1"), Set.of("metrics"), Format.DASHBOARD), null);
    fanout.subscribe(
        fanout.attach(all), to(null, Set.of("metrics", "alerts"), Format.DASHBOARD), null);

    publish("metrics", "I-1", 1);
    publish("metrics", "I-2", 2);
    publish("readings", "I-1", 3);
    publish("alerts", null, 4);

    List<Frame> seenByAll = all.awaitEvents(3, 2000);
    assertEquals(List.of(1L, 2L, 4L), seenByAll.stream().map(Frame::id).toList());
    assertEquals(List.of(1L), one.awaitEvents(1, 2000).stream().map(Frame::id).toList());
    Thread.sleep(50);
    assertEquals(1, one.events().size(), "nothing else for the I-1 metrics client");
  }

  @Test
  void aClientCanChangeItsSubscription() throws Exception {
    RecordingTransport t = RecordingTransport.fast();
    Subscriber s = fanout.attach(t);
    fanout.subscribe(s, to(Set.of("I-1"), Set.of("metrics"), Format.DASHBOARD), null);
    publish("metrics", "I-1", 1);
    fanout.subscribe(s, to(Set.of("I-2"), Set.of("metrics"), Format.TABLE), null);
    publish("metrics", "I-1", 2);
    publish("metrics", "I-2", 3);
    List<Frame> got = t.awaitEvents(2, 2000);
    assertEquals(List.of(1L, 3L), got.stream().map(Frame::id).toList());
    assertTrue(got.get(1).text().contains("\"columns\""), got.get(1).text());
  }

  @Test
  void eachFormatWritesItsOwnShape() throws Exception {
    RecordingTransport dash = RecordingTransport.fast();
    RecordingTransport chart = RecordingTransport.fast();
    RecordingTransport table = RecordingTransport.fast();
    fanout.subscribe(fanout.attach(dash), to(null, Set.of("metrics"), Format.DASHBOARD), null);
    fanout.subscribe(fanout.attach(chart), to(null, Set.of("metrics"), Format.CHART), null);
    fanout.subscribe(fanout.attach(table), to(null, Set.of("metrics"), Format.TABLE), null);
    fanout.publish("metrics", "I-\"1", Map.of("avgWait", 12.5, "controller", "webster"), 1000L);

    String d = dash.awaitEvents(1, 2000).get(0).text();
    assertTrue(
        d.startsWith("{\"id\":1,\"t\":\"metrics\",\"i\":\"I-\\\"1\",\"ts\":1000,\"v\":{"), d);
    assertTrue(d.contains("\"avgWait\":12.5") && d.contains("\"controller\":\"webster\""), d);
    String c = chart.awaitEvents(1, 2000).get(0).text();
    assertTrue(
        c.contains("\"points\":[{\"series\":\"avgWait\",\"x\":1000,\"y\":12.5}]"), "chart: " + c);
    assertFalse(c.contains("webster"), "only numeric fields are points");
    String t = table.awaitEvents(1, 2000).get(0).text();
    assertTrue(t.contains("\"columns\":[\"at\",\"intersectionId\""), t);
    assertTrue(t.contains("\"row\":[\"1970-01-01T00:00:01Z\",\"I-\\\"1\""), t);
  }

  @Test
  void aSlowDashboardClientGetsTheLatestValuePerKeyThenLosesTheOldest() {
    RecordingTransport slow = RecordingTransport.blocked();
    Subscriber s = fanout.attach(slow);
    fanout.subscribe(s, to(null, Set.of("metrics"), Format.DASHBOARD), null);
    publish("metrics", "I-0", 0); // taken by the hanging write
    waitUntil(() -> !slow.hanging.isEmpty());
    for (int v = 1; v <= 20; v++) {
      publish("metrics", "I-1", v);
    }
    StreamStats.Client c = fanout.stats("n").clients().get(0);
    assertEquals(1, c.queueDepth(), "twenty values of one key coalesce to one");
    assertEquals(19, c.coalesced());
    for (int i = 2; i <= 12; i++) {
      publish("metrics", "I-" + i, i);
    }
    c = fanout.stats("n").clients().get(0);
    assertEquals(8, c.queueDepth(), "bounded at the capacity");
    assertEquals(4, c.dropped(), "12 keys in a queue of 8: the 4 oldest dropped");
    List<Frame> left = s.take(100);
    assertEquals("I-5", intersectionOf(left.get(0)), "oldest dropped first");
    assertTrue(left.get(0).text().contains("\"value\":5"), left.get(0).text());
  }

  @Test
  void chartClientsAreNotCoalescedButStillBounded() {
    RecordingTransport slow = RecordingTransport.blocked();
    Subscriber s = fanout.attach(slow);
    fanout.subscribe(s, to(null, Set.of("metrics"), Format.CHART), null);
    publish("metrics", "I-1", 0);
    waitUntil(() -> !slow.hanging.isEmpty());
    for (int v = 1; v <= 10; v++) {
      publish("metrics", "I-1", v);
    }
    StreamStats.Client c = fanout.stats("n").clients().get(0);
    assertEquals(8, c.queueDepth());
    assertEquals(0, c.coalesced());
    assertEquals(2, c.dropped());
    assertEquals(4L, s.take(1).get(0).id(), "events 2 and 3 dropped, oldest first");
  }

  @Test
  void aReconnectingClientResumesAfterTheLastEventItSaw() throws Exception {
    for (int v = 1; v <= 5; v++) {
      publish("metrics", v % 2 == 0 ? "I-2" : "I-1", v);
    }
    RecordingTransport t = RecordingTransport.fast();
    Subscriber s = fanout.attach(t);
    int replayed = fanout.subscribe(s, to(Set.of("I-1"), Set.of("metrics"), Format.CHART), 1L);
    assertEquals(2, replayed, "events 3 and 5 are for I-1");
    publish("metrics", "I-1", 6);
    List<Frame> got = t.awaitEvents(3, 2000);
    assertEquals(List.of(3L, 5L, 6L), got.stream().map(Frame::id).toList());
    assertTrue(t.frames(f -> f.event().equals("reset")).isEmpty());
  }

  @Test
  void theAcknowledgementComesBeforeTheReplayedEvents() throws Exception {
    publish("metrics", "I-1", 1);
    publish("metrics", "I-1", 2);
    RecordingTransport t = RecordingTransport.fast();
    fanout.subscribe(
        fanout.attach(t),
        to(null, Set.of("metrics"), Format.TABLE),
        0L,
        n -> Frame.control("ready", "{\"replayed\":" + n + "}"));
    t.awaitEvents(2, 2000);
    assertEquals("{\"replayed\":2}", t.received.get(0).frame().text());
    assertEquals(List.of(1L, 2L), t.events().stream().map(Frame::id).toList());
  }

  @Test
  void aClientAwayForLongerThanTheBufferIsToldItMissedEvents() throws Exception {
    Fanout small = new Fanout(3, 100);
    small.start(1, Thread::new);
    try {
      for (int v = 1; v <= 10; v++) {
        small.publish("metrics", "I-1", Map.of("v", v), v);
      }
      RecordingTransport t = RecordingTransport.fast();
      small.subscribe(small.attach(t), to(null, Set.of("metrics"), Format.CHART), 2L);
      List<Frame> got = t.awaitEvents(3, 2000);
      assertEquals(List.of(8L, 9L, 10L), got.stream().map(Frame::id).toList());
      assertEquals("reset", t.received.get(0).frame().event(), "the gap is announced first");
    } finally {
      small.stop();
    }
  }

  @Test
  void clockIdsLetAClientResumeOnAnotherNodeFromTheSameMoment() throws Exception {
    long[] now = {1_700_000_000_000L};
    Fanout nodeA = new Fanout(100, 100, () -> now[0]);
    Fanout nodeB = new Fanout(100, 100, () -> now[0] + 3); // a few events behind, clocks agree
    nodeA.start(1, Thread::new);
    try {
      nodeA.publish("metrics", "I-1", Map.of("v", 1), 1);
      nodeA.publish("metrics", "I-1", Map.of("v", 2), 2);
      assertEquals(1_700_000_000_000_001L, nodeA.lastEventId(), "same millisecond: one more");
      long seenOnB = nodeB.publish("metrics", "I-1", Map.of("v", 2), 2).id();
      now[0] += 10;
      nodeA.publish("metrics", "I-1", Map.of("v", 3), 3);
      assertEquals(1_700_000_000_010_000L, nodeA.lastEventId());

      RecordingTransport t = RecordingTransport.fast();
      int replayed =
          nodeA.subscribe(nodeA.attach(t), to(null, Set.of("metrics"), Format.CHART), seenOnB);
      assertEquals(1, replayed, "only what node A published after node B's last event");
      assertEquals(
          List.of(1_700_000_000_010_000L), t.awaitEvents(1, 2000).stream().map(Frame::id).toList());
      assertTrue(t.frames(f -> f.event().equals("reset")).isEmpty(), "nothing fell off the ring");
    } finally {
      nodeA.stop();
    }
  }

  @Test
  void idleClientsGetHeartbeatsAndStuckOnesAreClosed() throws Exception {
    RecordingTransport idle = RecordingTransport.fast();
    RecordingTransport stuck = RecordingTransport.blocked();
    fanout.subscribe(
        fanout.attach(idle), to(Set.of("x"), Set.of("metrics"), Format.DASHBOARD), null);
    Subscriber s = fanout.attach(stuck);
    fanout.subscribe(s, to(null, Set.of("metrics"), Format.DASHBOARD), null);
    publish("metrics", "I-1", 1);
    waitUntil(() -> !stuck.hanging.isEmpty());
    Thread.sleep(30);

    assertEquals(1, fanout.sweep(0, 10), "the stuck client is closed");
    assertTrue(stuck.closed);
    waitUntil(() -> !idle.frames(Frame::isHeartbeat).isEmpty());
    assertEquals(1, fanout.stats("n").connections().get("test"));
  }

  static String intersectionOf(Frame f) {
    String t = f.text();
    int at = t.indexOf("\"i\":\"") + 5;
    return t.substring(at, t.indexOf('"', at));
  }

  static void waitUntil(java.util.function.BooleanSupplier condition) {
    long deadline = System.currentTimeMillis() + 2000;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("condition not met within 2 s");
      }
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
