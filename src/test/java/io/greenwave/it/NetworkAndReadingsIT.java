package io.greenwave.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenwave.it.Api.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The assembled WAR as an integrator uses it: health, OpenAPI, the demo network, intersection CRUD
 * with validation and optimistic locking, links, and detector-reading ingestion, queries and
 * export, including every documented error answer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NetworkAndReadingsIT {
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

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static String intersection(String id, String extraPhase) {
    return """
        {"id":"%s","name":"Test %s","location":{"latitude":52.5,"longitude":13.4},
         "timing":{"minGreen":5,"maxGreen":50,"yellow":3,"allRed":2,"cycleMin":30,"cycleMax":120},
         "laneGroups":[
          {"id":"N_T","approach":"N","movements":["THROUGH","RIGHT"],"lanes":2,"saturationFlow":1800},
          {"id":"S_T","approach":"S","movements":["THROUGH","RIGHT"],"lanes":2},
          {"id":"E_T","approach":"E","movements":["THROUGH","LEFT","RIGHT"],"lanes":1},
          {"id":"W_T","approach":"W","movements":["THROUGH","LEFT","RIGHT"],"lanes":1}],
         "phases":[{"name":"NS","laneGroups":["N_T","S_T"]},{"name":"EW","laneGroups":["E_T","W_T"]}%s]}
        """
        .formatted(id, id, extraPhase);
  }

  static void assertProblem(Reply r, int status, String field) {
    assertEquals(status, r.status(), r::toString);
    assertTrue(r.contentType().startsWith("application/problem+json"), r::toString);
    JsonObject p = r.json();
    assertEquals(status, p.getInt("status"));
    assertTrue(
        p.containsKey("title") && p.containsKey("detail") && p.containsKey("type"), r::toString);
    assertFalse(
        r.body().contains("Exception") || r.body().contains("\tat "), "no stack trace: " + r);
    if (field != null) {
      String fields =
          p.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
              .map(e -> e.getString("field"))
              .collect(Collectors.joining(","));
      assertTrue(fields.contains(field), "field " + field + " named in " + r);
    }
  }

  @Test
  void healthOpenApiAndDemoNetwork() {
    assertEquals(200, api.get("/health/live").status());
    Reply ready = api.get("/health/ready");
    assertEquals(200, ready.status(), ready::toString);
    assertEquals("UP", ready.json().getString("status"));

    Reply openapi = api.get("/openapi", "application/json");
    assertEquals(200, openapi.status());
    assertTrue(openapi.body().contains("/api/intersections/{id}/readings"), "readings documented");

    List<String> ids =
        api.get("/api/intersections").array().getValuesAs(JsonObject.class).stream()
            .map(o -> o.getString("id"))
            .toList();
    assertTrue(
        ids.containsAll(
            List.of(
                "iso-1", "art-1", "art-2", "art-3", "grid-11", "grid-12", "grid-21", "grid-22")),
        ids::toString);
    JsonObject iso = api.get("/api/intersections/iso-1").json();
    assertEquals(8, iso.getJsonArray("laneGroups").size());
    assertEquals(4, iso.getJsonArray("phases").size());
    assertTrue(api.get("/api/links").array().size() >= 12);
    assertEquals(4, api.get("/api/intersections/art-2/links").array().size());
  }

  @Test
  void intersectionLifecycleWithOptimisticLocking() {
    String id = unique("it");
    Reply created = api.postJson("/api/intersections", intersection(id, ""));
    assertEquals(201, created.status(), created::toString);
    assertTrue(created.header("Location").endsWith("/api/intersections/" + id));
    long version = created.json().getJsonNumber("version").longValue();

    Reply read = api.get("/api/intersections/" + id);
    assertEquals(200, read.status());
    assertEquals("\"" + version + "\"", read.header("ETag"));
    assertEquals(
        1800, read.json().getJsonArray("laneGroups").getJsonObject(1).getInt("saturationFlow"));

    assertProblem(api.postJson("/api/intersections", intersection(id, "")), 409, "id");

    String renamed = intersection(id, "").replace("Test " + id, "Renamed");
    assertProblem(api.put("/api/intersections/" + id, renamed, null), 428, "version");
    Reply updated = api.put("/api/intersections/" + id, renamed, "\"" + version + "\"");
    assertEquals(200, updated.status(), updated::toString);
    assertEquals("Renamed", updated.json().getString("name"));
    assertTrue(updated.json().getJsonNumber("version").longValue() > version);

    Reply stale = api.put("/api/intersections/" + id, renamed, "\"" + version + "\"");
    assertProblem(stale, 409, "version");

    assertEquals(204, api.delete("/api/intersections/" + id).status());
    assertProblem(api.get("/api/intersections/" + id), 404, null);
  }

  @Test
  void invalidDefinitionsAreRefusedFieldByField() {
    String id = unique("bad");
    assertProblem(
        api.postJson(
            "/api/intersections", intersection(id, ",{\"name\":\"X\",\"laneGroups\":[\"N_X\"]}")),
        400,
        "phases[2].laneGroups");
    assertProblem(
        api.postJson(
            "/api/intersections",
            intersection(id, ",{\"name\":\"X\",\"laneGroups\":[\"N_T\",\"E_T\"]}")),
        400,
        "phases[2].laneGroups");
    String noPhase =
        intersection(id, "")
            .replace(
                "{\"name\":\"EW\",\"laneGroups\":[\"E_T\",\"W_T\"]}",
                "{\"name\":\"EW\",\"laneGroups\":[\"E_T\"]}");
    Reply r = api.postJson("/api/intersections", noPhase);
    assertProblem(r, 400, "laneGroups");
    assertTrue(r.body().contains("W_T"), r::toString);
    assertProblem(
        api.postJson(
            "/api/intersections",
            intersection(id, "").replace("\"minGreen\":5", "\"minGreen\":70")),
        400,
        "timing.minGreen");
    assertProblem(
        api.postJson(
            "/api/intersections", intersection(id, "").replace("\"lanes\":2,", "\"lanes\":-2,")),
        400,
        "laneGroups[0].lanes");
    assertProblem(
        api.postJson(
            "/api/intersections", intersection(id, "").replace("\"id\":\"S_T\"", "\"id\":\"N_T\"")),
        400,
        "laneGroups[1].id");
    assertProblem(
        api.postJson(
            "/api/intersections",
            intersection(id, "").replace("\"lanes\":2,", "\"lanes\":\"two\",")),
        400,
        null);
    assertProblem(api.postJson("/api/intersections", "{\"id\": \"x\", "), 400, null);
    assertProblem(api.post("/api/intersections", "text/plain", "hello"), 415, null);
    assertProblem(api.method("PATCH", "/api/intersections"), 405, null);
    assertProblem(api.get("/api/no-such-thing"), 404, null);
    assertProblem(api.get("/api/intersections/" + id), 404, null);
    assertProblem(api.get("/api/links/not-a-number"), 404, null);
  }

  @Test
  void linksJoinIntersections() {
    String a = unique("la");
    String b = unique("lb");
    assertEquals(201, api.postJson("/api/intersections", intersection(a, "")).status());
    assertEquals(201, api.postJson("/api/intersections", intersection(b, "")).status());
    String link =
        "{\"from\":\"%s\",\"exitSide\":\"E\",\"to\":\"%s\",\"toApproach\":\"W\",\"lengthMetres\":250,\"speedKmh\":50}"
            .formatted(a, b);
    Reply created = api.postJson("/api/links", link);
    assertEquals(201, created.status(), created::toString);
    assertProblem(api.postJson("/api/links", link), 409, "to");
    assertProblem(
        api.postJson("/api/links", link.replace("250", "-5").replace(b, "nowhere")),
        400,
        "lengthMetres");
    assertEquals(1, api.get("/api/intersections/" + a + "/links").array().size());
    assertEquals(204, api.delete("/api/intersections/" + a).status());
    assertEquals(0, api.get("/api/intersections/" + b + "/links").array().size());
  }

  @Test
  void readingsAreIdempotentStrictOrLenientAndQueryable() {
    String id = unique("rd");
    assertEquals(201, api.postJson("/api/intersections", intersection(id, "")).status());
    String path = "/api/intersections/" + id + "/readings";
    OffsetDateTime t0 =
        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).minusDays(1);
    String json =
        "["
            + reading("N_T", t0, 100)
            + ","
            + reading("N_T", t0.plusMinutes(15), 120)
            + ","
            + reading("S_T", t0, 90)
            + "]";
    Reply stored = api.postJson(path, json);
    assertEquals(200, stored.status(), stored::toString);
    assertEquals(3, stored.json().getInt("stored"));
    assertEquals(200, api.postJson(path, json).status());
    assertEquals(
        3, api.get(path).json().getJsonArray("readings").size(), "re-sent, not duplicated");

    String withBad =
        "["
            + reading("N_T", t0.plusMinutes(30), 50)
            + ","
            + reading("X_Y", t0, 10)
            + ","
            + "{\"laneGroup\":\"S_T\",\"intervalStart\":\"yesterday\",\"vehicleCount\":-1}"
            + "]";
    Reply strict = api.postJson(path, withBad);
    assertProblem(strict, 400, "laneGroup");
    List<JsonObject> errors = strict.json().getJsonArray("errors").getValuesAs(JsonObject.class);
    assertTrue(
        errors.stream()
            .anyMatch(e -> e.getInt("row") == 2 && e.getString("field").equals("laneGroup")));
    assertTrue(
        errors.stream()
            .anyMatch(e -> e.getInt("row") == 3 && e.getString("field").equals("intervalStart")));
    assertTrue(
        errors.stream()
            .anyMatch(e -> e.getInt("row") == 3 && e.getString("field").equals("vehicleCount")));
    assertEquals(3, api.get(path).json().getJsonArray("readings").size(), "strict stored nothing");

    Reply lenient = api.postJson(path + "?mode=lenient", withBad);
    assertEquals(200, lenient.status(), lenient::toString);
    assertEquals(1, lenient.json().getInt("stored"));
    assertEquals(2, lenient.json().getInt("rejected"));
    assertEquals(4, api.get(path).json().getJsonArray("readings").size());

    String csv =
        "laneGroup,intervalStart,intervalSeconds,vehicleCount,meanQueue,occupancy,meanSpeed\n"
            + "E_T,"
            + t0
            + ",900,40,2.5,12.0,41.5\n"
            + "W_T,"
            + t0
            + ",900,44,,,\n";
    Reply fromCsv = api.post(path, "text/csv", csv);
    assertEquals(200, fromCsv.status(), fromCsv::toString);
    assertEquals(2, fromCsv.json().getInt("stored"));
    assertProblem(api.post(path, "text/csv", "lane,when\nN_T,x\n"), 400, "lane");
    assertProblem(api.post(path, "text/csv", csv.replace(",40,", ",4000,")), 400, "vehicleCount");
    byte[] invalidUtf8 = (csv + "N_T,").getBytes(StandardCharsets.UTF_8);
    byte[] broken = java.util.Arrays.copyOf(invalidUtf8, invalidUtf8.length + 2);
    broken[broken.length - 2] = (byte) 0xC3;
    broken[broken.length - 1] = (byte) 0x28;
    assertProblem(api.postBytes(path, "text/csv", broken), 400, "body");

    JsonObject hourly = api.get(path + "?resolution=1h&laneGroup=N_T").json();
    assertEquals("1h", hourly.getString("resolution"));
    JsonObject first = hourly.getJsonArray("readings").getJsonObject(0);
    assertEquals(270, first.getInt("vehicleCount"), hourly::toString);
    assertEquals(3, first.getInt("samples"));
    JsonObject page = api.get(path + "?limit=2").json();
    assertEquals(2, page.getJsonArray("readings").size());
    assertEquals(2, page.getInt("nextOffset"));
    assertProblem(api.get(path + "?resolution=weekly"), 400, "resolution");
    assertProblem(api.get(path + "?from=monday"), 400, "from");

    Reply export = api.get(path, "text/csv");
    assertEquals(200, export.status());
    String[] lines = export.body().split("\n");
    assertEquals(
        "laneGroup,intervalStart,intervalSeconds,vehicleCount,meanQueue,occupancy,meanSpeed",
        lines[0]);
    assertEquals(7, lines.length, export::body);

    StringBuilder tooMany = new StringBuilder("[");
    for (int i = 0; i < 10_001; i++) {
      tooMany.append(i == 0 ? "" : ",").append(reading("N_T", t0.minusMinutes(15L * i), 10));
    }
    assertProblem(api.postJson(path, tooMany.append("]").toString()), 413, null);
    assertProblem(api.postJson(path, "{\"not\":\"an array\"}"), 400, "body");
    assertProblem(api.postJson("/api/intersections/nowhere/readings", json), 404, null);

    assertProblem(api.delete("/api/intersections/" + id), 409, null);
    assertEquals(204, api.delete("/api/intersections/" + id + "?force=true").status());
  }

  @Test
  void tenThousandReadingsInOneRequest() {
    String id = unique("bulk");
    assertEquals(201, api.postJson("/api/intersections", intersection(id, "")).status());
    OffsetDateTime t0 =
        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).minusDays(30);
    StringBuilder body = new StringBuilder("[");
    String[] groups = {"N_T", "S_T", "E_T", "W_T"};
    for (int i = 0; i < 10_000; i++) {
      body.append(i == 0 ? "" : ",")
          .append(reading(groups[i % 4], t0.plusMinutes(15L * (i / 4)), 20 + i % 50));
    }
    Reply r = api.postJson("/api/intersections/" + id + "/readings", body.append("]").toString());
    assertEquals(200, r.status(), r::toString);
    assertEquals(10_000, r.json().getInt("stored"));
    JsonObject all = api.get("/api/intersections/" + id + "/readings?limit=10000").json();
    assertEquals(10_000, all.getJsonArray("readings").size());
    assertEquals(
        JsonValue.ValueType.NULL, all.getOrDefault("nextOffset", JsonValue.NULL).getValueType());
    assertNotNull(all.getJsonArray("readings").getJsonObject(0).getString("intervalStart"));
  }

  static String reading(String group, OffsetDateTime start, int count) {
    return "{\"laneGroup\":\"%s\",\"intervalStart\":\"%s\",\"intervalSeconds\":900,\"vehicleCount\":%d,\"meanQueue\":3.5,\"occupancy\":20.0,\"meanSpeed\":42.0}"
        .formatted(group, start, count);
  }
}
