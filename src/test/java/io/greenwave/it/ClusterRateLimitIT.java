package io.greenwave.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenwave.it.Api.Reply;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The rate limit holds across a cluster: two Payara Micro nodes on loopback form one Hazelcast data
 * grid and share one database (an H2 file in auto-server mode), and a client that spreads its
 * requests over both nodes gets exactly its limit, not twice it. The nodes start one after the
 * other, so that only the first migrates the schema and creates the admin.
 */
class ClusterRateLimitIT {
  static final int HAZELCAST_BASE = Integer.getInteger("greenwave.it.cluster.port", 7900);

  static List<String> member(int i) {
    return List.of(
        "--clustermode",
        "tcpip:127.0.0.1:" + HAZELCAST_BASE + ",127.0.0.1:" + (HAZELCAST_BASE + 1),
        "--interfaces",
        "127.0.0.1",
        "--startport",
        Integer.toString(HAZELCAST_BASE + i),
        "--name",
        "greenwave-rate-" + (i + 1));
  }

  @Test
  void twoNodesShareOneLimit() throws Exception {
    Assumptions.assumeFalse(
        Boolean.getBoolean("greenwave.it.postgres"), "runs once, in the H2 pass of mvn verify");
    Path root =
        Path.of(System.getProperty("greenwave.it.cluster-rate", "target/it-cluster-rate"))
            .toAbsolutePath()
            .resolve(UUID.randomUUID().toString().substring(0, 8));
    Path db = root.resolve("shared-db/greenwave");
    List<String> props =
        List.of(
            "-Dgreenwave.db.url=jdbc:h2:file:" + db + ";AUTO_SERVER=TRUE",
            "-Dgreenwave.demo-data.enabled=false",
            "-Dgreenwave.security.admin-password=" + Api.ADMIN_PASSWORD,
            "-Dgreenwave.security.token-secret=cluster-secret-cluster-secret-0123456789",
            "-Dgreenwave.security.rate-limit.period-seconds=300");
    try (PayaraMicroProcess a = new PayaraMicroProcess(root.resolve("a"), props, member(0));
        PayaraMicroProcess b = new PayaraMicroProcess(root.resolve("b"), props, member(1))) {
      Api nodeA = Api.asAdmin(a.start());
      URL urlB = b.start();
      awaitClusterOfTwo(a.log(), b.log());

      Reply key = nodeA.postJson("/api/keys", "{\"name\":\"cluster device\",\"rateLimit\":10}");
      assertEquals(201, key.status(), key::toString);
      String secret = key.json().getString("key");
      Api deviceA = nodeA.anonymous().withApiKey(secret);
      Api deviceB = new Api(urlB).withApiKey(secret);

      int passed = 0;
      int refused = 0;
      for (int i = 0; i < 6; i++) {
        for (Api node : List.of(deviceA, deviceB)) {
          Reply r = node.get("/api/intersections");
          if (r.status() == 200) {
            passed++;
          } else {
            assertEquals(429, r.status(), r::toString);
            refused++;
          }
        }
      }
      assertEquals(10, passed, "one shared bucket of 10 across both nodes");
      assertEquals(2, refused);
      Reply last = deviceB.get("/api/intersections");
      assertEquals("0", last.header("X-RateLimit-Remaining"));
    }
  }

  /** Hazelcast logs the data-grid size; both nodes must see two members. */
  static void awaitClusterOfTwo(Path... logs) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline) {
      boolean all = true;
      for (Path log : logs) {
        all &= Files.readString(log).contains("DG Size: 2");
      }
      if (all) {
        return;
      }
      Thread.sleep(1000);
    }
    assertTrue(false, "the two nodes did not form a data grid of 2 within 90 s");
  }
}
