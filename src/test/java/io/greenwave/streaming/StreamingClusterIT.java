package io.greenwave.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenwave.it.Api;
import io.greenwave.it.PayaraMicroProcess;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Two Greenwave nodes clustered through Payara's data grid on loopback, each on its own embedded
 * database (the streams need no shared one): readings posted on node A reach a WebSocket client on
 * node B and one on node A, each exactly once (no echo from the cluster). Boots two JVMs, so it
 * runs only with {@code -Dgreenwave.it.streaming-cluster=true} (not yet passed by .ci/run).
 */
class StreamingClusterIT {
  static final String PASSWORD = "stream-cluster-Admin-1";
  static final int HAZELCAST_BASE = Integer.getInteger("greenwave.it.streaming-cluster.port", 7920);

  @Test
  void anEventOnOneNodeReachesSubscribersOnEveryNodeOnce() throws Exception {
    Assumptions.assumeTrue(
        Boolean.getBoolean("greenwave.it.streaming-cluster"),
        "two-node stream fan-out runs with -Dgreenwave.it.streaming-cluster=true");
    Path root = Path.of("target/it-streaming-cluster").toAbsolutePath();
    String members = "tcpip:127.0.0.1:" + HAZELCAST_BASE + ",127.0.0.1:" + (HAZELCAST_BASE + 1);
    List<PayaraMicroProcess> nodes = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Path data = root.resolve("node-" + i + "-" + UUID.randomUUID().toString().substring(0, 6));
      Files.createDirectories(data);
      nodes.add(
          new PayaraMicroProcess(
              data,
              List.of(
                  "-Dgreenwave.demo-data.enabled=false",
                  "-Dgreenwave.security.admin-password=" + PASSWORD,
                  "-Dgreenwave.security.token-secret=stream-cluster-secret-stream-cluster-0123456",
                  "-Dgreenwave.security.rate-limit.default=1000000"),
              List.of(
                  "--clustermode",
                  members,
                  "--interfaces",
                  "127.0.0.1",
                  "--startport",
                  Integer.toString(HAZELCAST_BASE + i),
                  "--name",
                  "stream-" + i)));
    }
    try {
      List<URL> urls = new ArrayList<>();
      for (PayaraMicroProcess node : nodes) {
        urls.add(node.start());
      }
      waitForLog(nodes.get(0).log(), "DG Size: 2");
      Api a = new Api(urls.get(0));
      a = a.withToken(a.token("admin", PASSWORD));
      Api b = new Api(urls.get(1));
      String token = b.token("admin", PASSWORD);

      String id = "fan-" + UUID.randomUUID().toString().substring(0, 8);
      assertEquals(201, a.postJson("/api/intersections", intersection(id)).status());
      StreamingIT.Messages onB = subscribed(urls.get(1), token, id);
      StreamingIT.Messages onA = subscribed(urls.get(0), token, id);
      long posted = System.currentTimeMillis();
      Api.Reply r =
          a.postJson(
              "/api/intersections/" + id + "/readings",
              "[{\"laneGroup\":\"N_T\",\"intervalStart\":\""
                  + OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).minusHours(1)
                  + "\",\"intervalSeconds\":900,\"vehicleCount\":321}]");
      assertEquals(200, r.status(), r::toString);

      for (StreamingIT.Messages client : List.of(onA, onB)) {
        JsonObject e = client.next();
        assertEquals("readings", e.getString("t"), e::toString);
        assertEquals(id, e.getString("i"));
        assertTrue(e.getJsonObject("v").toString().contains("321"), e::toString);
        client.close();
      }
      System.out.printf(
          "stream cluster: event from node A received on node B within %d ms%n",
          System.currentTimeMillis() - posted);
      assertNull(onB.texts.poll(3, TimeUnit.SECONDS), "exactly once on node B");
      assertNull(onA.texts.poll(1, TimeUnit.SECONDS), "exactly once on node A (no echo)");
    } finally {
      for (PayaraMicroProcess node : nodes) {
        node.stop();
      }
    }
  }

  private static StreamingIT.Messages subscribed(URL node, String token, String id)
      throws InterruptedException {
    StreamingIT.Messages ws =
        StreamingIT.Messages.open(
            URI.create(
                "ws://" + node.getHost() + ":" + node.getPort() + "/ws/stream?token=" + token));
    assertEquals("auth", ws.next().getString("for"));
    ws.send(
        "{\"type\":\"subscribe\",\"intersections\":[\"" + id + "\"],\"events\":[\"readings\"]}");
    assertEquals("subscribe", ws.next().getString("for"));
    return ws;
  }

  private static String intersection(String id) {
    return """
        {"id":"%s","name":"Fan-out %s","location":{"latitude":52.5,"longitude":13.4},
         "timing":{"minGreen":5,"maxGreen":50,"yellow":3,"allRed":2,"cycleMin":30,"cycleMax":120},
         "laneGroups":[
          {"id":"N_T","approach":"N","movements":["THROUGH","RIGHT"],"lanes":2},
          {"id":"E_T","approach":"E","movements":["THROUGH","LEFT","RIGHT"],"lanes":1}],
         "phases":[{"name":"NS","laneGroups":["N_T"]},{"name":"EW","laneGroups":["E_T"]}]}
        """
        .formatted(id, id);
  }

  private static void waitForLog(Path log, String text) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline) {
      if (Files.exists(log) && Files.readString(log).contains(text)) {
        return;
      }
      Thread.sleep(500);
    }
    assertNotNull(null, "'" + text + "' not in " + log);
  }
}
