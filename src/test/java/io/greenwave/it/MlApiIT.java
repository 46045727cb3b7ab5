package io.greenwave.it;

import static io.greenwave.it.NetworkAndReadingsIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenwave.it.Api.Reply;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ML API end to end on the demo data, in the order an engineer works: train a forecaster and
 * policies and watch their jobs, see a worse policy refused by the deploy gate, force and deploy,
 * predict (and batch), roll back along the history, deploy concurrently, submit field metrics and
 * read the performance report.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MlApiIT {
  /** Short trainings: the IT checks the mechanics, bench/ and docs/ measure the quality. */
  static final String QUICK_POLICY =
      "{\"intersectionId\":\"%s\",\"kind\":\"policy\",\"algorithm\":\"%s\",\"hyperparameters\":{\"episodes\":%d},\"seed\":%d}";

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.packagedWar();
  }

  @ArquillianResource URL base;
  Api api;

  @BeforeEach
  void client() {
    api = Api.asAdmin(base);
  }

  JsonObject awaitJob(String jobPath) throws InterruptedException {
    List<Integer> progress = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      JsonObject job = api.get(jobPath).json();
      progress.add(job.getInt("progress"));
      String status = job.getString("status");
      if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
        assertEquals("SUCCEEDED", status, job::toString);
        return job;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("job did not end in 150 s: " + progress);
  }

  String train(String body) throws InterruptedException {
    Reply started = api.postJson("/api/ml/train", body);
    assertEquals(202, started.status(), started::toString);
    String location = started.header("Location");
    JsonObject job = awaitJob(location.substring(location.indexOf("/api/")));
    assertEquals(100, job.getInt("progress"));
    return job.getString("modelId");
  }

  @Test
  @Order(1)
  void trainingIsCheckedBeforeItIsQueued() {
    assertProblem(api.postJson("/api/ml/train", "{\"kind\":\"policy\"}"), 400, "intersectionId");
    assertProblem(
        api.postJson("/api/ml/train", "{\"intersectionId\":\"iso-1\",\"kind\":\"magic\"}"),
        400,
        "kind");
    assertProblem(
        api.postJson("/api/ml/train", "{\"intersectionId\":\"nowhere\",\"kind\":\"policy\"}"),
        404,
        null);
    assertProblem(
        api.postJson(
            "/api/ml/train",
            "{\"intersectionId\":\"iso-1\",\"kind\":\"policy\",\"hyperparameters\":{\"bogus\":1}}"),
        400,
        "hyperparameters");
    assertProblem(
        api.postJson(
            "/api/ml/train",
            "{\"intersectionId\":\"iso-1\",\"kind\":\"forecaster\",\"algorithm\":\"XGB\"}"),
        400,
        "algorithm");
    assertProblem(api.get("/api/ml/jobs/no-such-job"), 404, null);
    assertProblem(api.postJson("/api/ml/deploy/no-such-model", ""), 404, null);
  }

  @Test
  @Order(2)
  void forecasterTrainsDeploysAndForecasts() throws Exception {
    String model =
        train("{\"intersectionId\":\"iso-1\",\"kind\":\"forecaster\",\"holdoutDays\":5}");
    JsonObject lineage = api.get("/api/ml/models/" + model).json();
    assertEquals("forecaster", lineage.getString("kind"));
    assertEquals("RANDOM_FOREST", lineage.getString("algorithm"));
    assertTrue(
        lineage.getJsonObject("metrics").getJsonNumber("wape").doubleValue() < 0.5,
        lineage::toString);
    assertTrue(lineage.getJsonObject("baselines").containsKey("seasonalNaiveMae"));
    assertTrue(lineage.getJsonNumber("sizeBytes").longValue() < 5_000_000);
    Reply deployed = api.postJson("/api/ml/deploy/" + model, "");
    assertEquals(200, deployed.status(), deployed::toString);

    String at =
        OffsetDateTime.now(ZoneOffset.UTC).minusHours(2).truncatedTo(ChronoUnit.HOURS).toString();
    Reply p =
        api.postJson(
            "/api/ml/predict",
            "{\"intersectionId\":\"iso-1\",\"timestamp\":\""
                + at
                + "\",\"currentPhase\":1,\"timeInPhase\":20,\"horizon\":2,"
                + "\"laneGroups\":[{\"id\":\"N_T\",\"queue\":4,\"arrivals\":3},{\"id\":\"E_T\",\"queue\":11,\"arrivals\":5}]}");
    assertEquals(200, p.status(), p::toString);
    JsonObject forecast = p.json().getJsonObject("forecast");
    assertEquals(16, forecast.getJsonArray("laneGroups").size(), forecast::toString);
    JsonObject first = forecast.getJsonArray("laneGroups").getJsonObject(0);
    assertTrue(
        first.getJsonNumber("lower").doubleValue()
            <= first.getJsonNumber("vehicles").doubleValue());
    assertTrue(
        first.getJsonNumber("upper").doubleValue()
            >= first.getJsonNumber("vehicles").doubleValue());
    assertEquals(
        model, p.json().getJsonObject("models").getJsonObject("forecaster").getString("id"));

    String from =
        OffsetDateTime.now(ZoneOffset.UTC).minusDays(3).truncatedTo(ChronoUnit.DAYS).toString();
    String to =
        OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).truncatedTo(ChronoUnit.DAYS).toString();
    JsonObject replay =
        api.postJson(
                "/api/ml/predict/batch",
                "{\"intersectionId\":\"iso-1\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}")
            .json();
    assertTrue(replay.getInt("count") > 1000, replay::toString);
    assertTrue(replay.getJsonObject("metrics").getJsonNumber("wape").doubleValue() < 0.5);
    JsonObject status = api.get("/api/ml/status/iso-1").json();
    assertEquals(model, status.getJsonObject("forecaster").getJsonObject("active").getString("id"));
    assertTrue(status.getJsonObject("forecaster").containsKey("drift"), status::toString);
  }

  @Test
  @Order(3)
  void policiesAreGatedDeployedRolledBackAndServed() throws Exception {
    Reply fallback =
        api.postJson(
            "/api/ml/predict",
            "{\"intersectionId\":\"art-1\",\"currentPhase\":0,\"timeInPhase\":3,\"laneGroups\":[{\"id\":\"N_T\",\"queue\":9}]}");
    assertEquals(200, fallback.status(), fallback::toString);
    assertTrue(fallback.json().getBoolean("fallback"));
    assertEquals(
        0, fallback.json().getJsonObject("decision").getInt("phase"), "min green holds the phase");
    assertTrue(fallback.json().getJsonObject("decision").getBoolean("constrained"));

    String weak = train(QUICK_POLICY.formatted("art-1", "Q_TABLE", 2, 3));
    Reply refused = api.postJson("/api/ml/deploy/" + weak, "");
    if (refused.status() == 409) {
      assertProblem(refused, 409, "modelId");
      assertEquals(200, api.postJson("/api/ml/deploy/" + weak + "?force=true", "").status());
    } else {
      assertEquals(200, refused.status(), "a 2-episode policy passed the gate: " + refused);
    }
    String second = train(QUICK_POLICY.formatted("art-1", "POLICY_SEARCH", 48, 5));
    Reply deploySecond = api.postJson("/api/ml/deploy/" + second + "?force=true", "");
    assertEquals(200, deploySecond.status(), deploySecond::toString);
    assertProblem(api.postJson("/api/ml/deploy/" + second, ""), 409, null);

    Reply decided =
        api.postJson(
            "/api/ml/predict",
            "{\"intersectionId\":\"art-1\",\"currentPhase\":0,\"timeInPhase\":30,\"laneGroups\":[{\"id\":\"N_T\",\"queue\":9},{\"id\":\"E_T\",\"queue\":1}]}");
    JsonObject d = decided.json();
    assertFalse(d.getBoolean("fallback"), d::toString);
    assertEquals(second, d.getJsonObject("models").getJsonObject("policy").getString("id"));
    double confidence = d.getJsonObject("decision").getJsonNumber("confidence").doubleValue();
    assertTrue(confidence >= 0 && confidence <= 1);
    int green = d.getJsonObject("decision").getInt("greenSeconds");
    assertTrue(green >= 5 && green <= 60, "within the timing limits: " + green);

    assertEquals(
        weak, api.postJson("/api/ml/rollback/art-1?kind=policy", "").json().getString("modelId"));
    assertProblem(api.postJson("/api/ml/rollback/art-1?kind=policy", ""), 409, null);
    assertEquals(
        weak,
        api.get("/api/ml/status/art-1")
            .json()
            .getJsonObject("policy")
            .getJsonObject("active")
            .getString("id"));

    Reply shadow = api.postJson("/api/ml/models/" + second + "/shadow", "");
    assertEquals(200, shadow.status(), shadow::toString);
    JsonObject withShadow =
        api.postJson(
                "/api/ml/predict",
                "{\"intersectionId\":\"art-1\",\"currentPhase\":1,\"timeInPhase\":40,\"laneGroups\":[{\"id\":\"N_T\",\"queue\":2}]}")
            .json();
    assertEquals(second, withShadow.getJsonObject("shadow").getString("modelId"));
    assertEquals(weak, withShadow.getJsonObject("models").getJsonObject("policy").getString("id"));

    JsonObject states =
        api.postJson(
                "/api/ml/predict/batch",
                "{\"states\":["
                    + String.join(
                        ",",
                        java.util.Collections.nCopies(
                            500,
                            "{\"intersectionId\":\"art-1\",\"currentPhase\":0,\"timeInPhase\":12,\"laneGroups\":[{\"id\":\"E_T\",\"queue\":6}]}"))
                    + "]}")
            .json();
    assertEquals(500, states.getInt("count"));
  }

  @Test
  @Order(4)
  void concurrentDeploysNeverLeaveTwoActiveVersions() throws Exception {
    String a = train(QUICK_POLICY.formatted("grid-11", "Q_TABLE", 2, 11));
    String b = train(QUICK_POLICY.formatted("grid-11", "Q_TABLE", 2, 12));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      String model = i % 2 == 0 ? a : b;
      answers.add(
          pool.submit(() -> api.postJson("/api/ml/deploy/" + model + "?force=true", "").status()));
    }
    Set<Integer> statuses = new HashSet<>();
    for (Future<Integer> f : answers) {
      statuses.add(f.get());
    }
    pool.shutdown();
    assertTrue(Set.of(200, 409).containsAll(statuses), statuses::toString);
    JsonObject policy = api.get("/api/ml/status/grid-11").json().getJsonObject("policy");
    String active = policy.getJsonObject("active").getString("id");
    JsonObject latest = policy.getJsonArray("deployments").getJsonObject(0);
    assertEquals(active, latest.getString("modelId"), "the active version is the last deployed");
    long actives =
        api
            .get("/api/ml/models?intersectionId=grid-11")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(m -> m.getString("kind").equals("policy") && m.getBoolean("active"))
            .count();
    assertEquals(1, actives);
  }

  @Test
  @Order(5)
  void fieldMetricsAndPerformance() {
    OffsetDateTime t0 =
        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).minusDays(2);
    StringBuilder body = new StringBuilder("[");
    for (int i = 0; i < 40; i++) {
      String start = t0.plusMinutes(15L * i).toString();
      body.append(i == 0 ? "" : ",")
          .append(metric("grid-12", start, "fixed-time", 38 + (i % 5), 1400))
          .append(',')
          .append(metric("grid-12", start, "greenwave", 27 + (i % 4), 1430));
    }
    Reply stored = api.postJson("/api/ml/metrics", body.append("]").toString());
    assertEquals(200, stored.status(), stored::toString);
    assertEquals(80, stored.json().getInt("stored"));
    assertEquals(80, api.postJson("/api/ml/metrics", body.toString()).json().getInt("stored"));
    JsonObject series =
        api.get("/api/ml/metrics/grid-12?resolution=1h&controllerType=greenwave").json();
    assertEquals(10, series.getJsonArray("points").size(), series::toString);
    assertEquals(4, series.getJsonArray("points").getJsonObject(0).getInt("intervals"));

    JsonObject report =
        api.get("/api/ml/performance/grid-12?compare=controllers&a=fixed-time&b=greenwave").json();
    JsonObject change = report.getJsonObject("change");
    assertTrue(change.getJsonNumber("percent").doubleValue() < -20, report::toString);
    assertTrue(change.getJsonNumber("pValue").doubleValue() < 0.001);
    assertTrue(change.getJsonNumber("ciHigh").doubleValue() < 0);
    assertEquals("D", report.getJsonObject("a").getString("levelOfService"));
    assertEquals("C", report.getJsonObject("b").getString("levelOfService"));
    assertTrue(report.getJsonObject("savings").getJsonNumber("fuelLitres").doubleValue() > 0);
    assertNotNull(report.getJsonObject("savings").getString("assumptions"));

    assertProblem(
        api.postJson("/api/ml/metrics", "[{\"intersectionId\":\"grid-12\",\"averageWait\":-3}]"),
        400,
        "averageWait");
    assertProblem(
        api.get("/api/ml/performance/grid-12?compare=controllers&a=fixed-time"), 400, "b");
    assertProblem(api.get("/api/ml/metrics/grid-12?resolution=weekly"), 400, "resolution");
    assertNull(null);
  }

  static String metric(String id, String start, String type, double wait, double throughput) {
    return "{\"intersectionId\":\"%s\",\"intervalStart\":\"%s\",\"intervalSeconds\":900,\"controllerType\":\"%s\",\"averageWait\":%s,\"averageQueue\":5.5,\"throughput\":%s,\"stops\":0.9}"
        .formatted(id, start, type, wait, throughput);
  }

  @Test
  @Order(6)
  void aTrainingRequestWithAnIdempotencyKeyIsQueuedOnce() {
    String body = QUICK_POLICY.formatted("grid-11", "Q_TABLE", 2, 61);
    String key = "it-" + java.util.UUID.randomUUID();
    byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Reply first =
        api.request("POST", "/api/ml/train", "application/json", bytes, "Idempotency-Key", key);
    assertEquals(202, first.status(), first::toString);
    String job = first.json().getString("id");
    Reply repeat =
        api.request("POST", "/api/ml/train", "application/json", bytes, "Idempotency-Key", key);
    assertEquals(200, repeat.status(), repeat::toString);
    assertEquals(job, repeat.json().getString("id"));
    assertEquals(first.header("Location"), repeat.header("Location"));
    byte[] other =
        QUICK_POLICY
            .formatted("grid-11", "Q_TABLE", 2, 62)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertProblem(
        api.request("POST", "/api/ml/train", "application/json", other, "Idempotency-Key", key),
        422,
        "Idempotency-Key");
    assertProblem(
        api.request("POST", "/api/ml/train", "application/json", bytes, "Idempotency-Key", " "),
        400,
        "Idempotency-Key");
    long jobs =
        api
            .get("/api/ml/jobs?intersectionId=grid-11")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(j -> j.getString("id").equals(job))
            .count();
    assertEquals(1, jobs);
    // no need to train: cancelling a queued (or running) job ends it
    assertEquals(200, api.delete("/api/ml/jobs/" + job).status());
  }
}
