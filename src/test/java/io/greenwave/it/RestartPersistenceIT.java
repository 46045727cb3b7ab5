package io.greenwave.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.greenwave.it.Api.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A stop and a start of Greenwave keep every accepted intersection and reading: the embedded H2
 * database lives in the data folder (on PostgreSQL, in the database). The packaged WAR runs on the
 * Payara Micro jar exactly as the README starts it, twice on the same data folder. Arquillian's
 * managed container is not used here because it cannot restart a deployment on the same data.
 */
class RestartPersistenceIT {
  @Test
  void restartKeepsEveryAcceptedReading() throws Exception {
    Path data =
        Path.of(System.getProperty("greenwave.it.data", "target/it-restart")).toAbsolutePath();
    Files.createDirectories(data);
    // demo data stays on: on a shared PostgreSQL the first installation to start creates it
    // the admin password that Api.asAdmin signs in with; the token secret is generated and kept in
    // the database, so a token from before the restart would still be accepted after it
    List<String> props =
        List.of(
            "-Dgreenwave.demo-data.weeks=3",
            "-Dgreenwave.security.admin-password=" + Api.ADMIN_PASSWORD);
    String id = "restart-" + UUID.randomUUID().toString().substring(0, 8);
    String before;
    String job;
    try (PayaraMicroProcess greenwave = new PayaraMicroProcess(data, props)) {
      Api api = Api.asAdmin(greenwave.start());
      assertEquals(
          201,
          api.postJson("/api/intersections", NetworkAndReadingsIT.intersection(id, "")).status());
      OffsetDateTime t0 =
          OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).minusDays(2);
      StringBuilder body = new StringBuilder("[");
      for (int i = 0; i < 400; i++) {
        body.append(i == 0 ? "" : ",")
            .append(
                NetworkAndReadingsIT.reading(
                    i % 2 == 0 ? "N_T" : "E_T", t0.plusMinutes(15L * (i / 2)), 30 + i % 7));
      }
      Reply stored =
          api.postJson("/api/intersections/" + id + "/readings", body.append("]").toString());
      assertEquals(400, stored.json().getInt("stored"), stored::toString);
      before = api.get("/api/intersections/" + id + "/readings", "text/csv").body();
      job = startLongTraining(api, id);
    }
    try (PayaraMicroProcess greenwave = new PayaraMicroProcess(data, props)) {
      Api api = Api.asAdmin(greenwave.start());
      assertEquals(200, api.get("/api/intersections/" + id).status());
      String after = api.get("/api/intersections/" + id + "/readings", "text/csv").body();
      assertEquals(before, after);
      assertEquals(401, after.split("\n").length);
      assertInterruptedAndRestartable(api, job);
    }
  }

  /** A policy training long enough to be running when Greenwave stops. */
  static String startLongTraining(Api api, String intersectionId) throws InterruptedException {
    Reply started =
        api.postJson(
            "/api/ml/train",
            "{\"intersectionId\":\""
                + intersectionId
                + "\",\"kind\":\"policy\",\"algorithm\":\"Q_TABLE\",\"hyperparameters\":{\"episodes\":20000}}");
    assertEquals(202, started.status(), started::toString);
    String job = started.json().getString("id");
    for (int i = 0; i < 120; i++) {
      if (api.get("/api/ml/jobs/" + job).json().getString("status").equals("RUNNING")) {
        return job;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the training job never started running");
  }

  /** A job that ran when its node stopped is never left running, and can be started again. */
  static void assertInterruptedAndRestartable(Api api, String job) throws InterruptedException {
    String status = "";
    for (int i = 0; i < 180 && !status.equals("INTERRUPTED"); i++) {
      status = api.get("/api/ml/jobs/" + job).json().getString("status");
      Thread.sleep(500);
    }
    assertEquals("INTERRUPTED", status);
    Reply restarted = api.postJson("/api/ml/jobs/" + job + "/restart", "");
    assertEquals(202, restarted.status(), restarted::toString);
    String again = restarted.json().getString("id");
    assertEquals(200, api.delete("/api/ml/jobs/" + again).status());
  }
}
