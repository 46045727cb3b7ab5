package io.greenwave.it;

import static io.greenwave.it.NetworkAndReadingsIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenwave.it.Api.Reply;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Simulations through the API, as an engineer runs them: the demo's single intersection, corridor
 * and grid with every classic controller on demand derived from their readings, a scenario file,
 * and the refusals of bad requests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SimulationApiIT {
  static final List<String> CLASSIC =
      List.of("webster", "fixed", "actuated", "max-pressure", "longest-queue-first");

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

  JsonObject runToCompletion(String request) throws InterruptedException {
    Reply started = api.postJson("/api/simulations", request);
    assertEquals(202, started.status(), started::toString);
    String location = started.header("Location");
    String path = location.substring(location.indexOf("/api/"));
    for (int i = 0; i < 240; i++) {
      JsonObject job = api.get(path).json();
      String status = job.getString("status");
      if (status.equals("SUCCEEDED")) {
        assertEquals(100, job.getInt("progress"));
        return api.get(path + "/result").json();
      }
      assertTrue(List.of("QUEUED", "RUNNING").contains(status), job::toString);
      Thread.sleep(500);
    }
    throw new AssertionError("simulation did not finish in 120 s");
  }

  @Test
  void singleCorridorAndGridWithEveryClassicController() throws Exception {
    for (String network :
        List.of(
            "[\"iso-1\"]",
            "[\"art-1\",\"art-2\",\"art-3\"]",
            "[\"grid-11\",\"grid-12\",\"grid-21\",\"grid-22\"]")) {
      String controllers = "[\"" + String.join("\",\"", CLASSIC) + "\"]";
      JsonObject report =
          runToCompletion(
              "{\"intersections\":"
                  + network
                  + ",\"controllers\":"
                  + controllers
                  + ",\"seeds\":3}");
      assertEquals("webster", report.getString("baseline"));
      assertEquals("readings", report.getJsonObject("demand").getString("source"));
      assertTrue(report.getJsonObject("demand").getJsonArray("entryFlows").size() >= 4);
      List<JsonObject> outcomes = report.getJsonArray("controllers").getValuesAs(JsonObject.class);
      assertEquals(CLASSIC, outcomes.stream().map(o -> o.getString("controller")).toList());
      for (JsonObject o : outcomes) {
        JsonObject delay = o.getJsonObject("metrics").getJsonObject("delay");
        assertTrue(delay.getJsonNumber("mean").doubleValue() > 0, o::toString);
        assertTrue(
            delay.getJsonNumber("ciLow").doubleValue()
                <= delay.getJsonNumber("mean").doubleValue());
        assertTrue(
            o.getJsonObject("metrics")
                    .getJsonObject("throughput")
                    .getJsonNumber("mean")
                    .doubleValue()
                > 100);
        assertEquals(
            network.split(",").length, o.getJsonArray("intersections").size(), o::toString);
        assertTrue(
            "ABCDEF"
                .contains(
                    o.getJsonArray("intersections").getJsonObject(0).getString("levelOfService")));
        if (!o.getString("controller").equals("webster")) {
          double p =
              o.getJsonObject("versusBaseline")
                  .getJsonObject("delay")
                  .getJsonNumber("pValue")
                  .doubleValue();
          assertTrue(p >= 0 && p <= 1, o::toString);
        }
      }
    }
  }

  @Test
  void aScenarioFileRunsAndTheResultExportsAsCsv() throws Exception {
    String scenario = Files.readString(Path.of("docs/scenarios/single-four-phase.json"));
    Reply started =
        api.postJson(
            "/api/simulations",
            "{\"scenario\":"
                + scenario
                + ",\"controllers\":[\"webster\",\"max-pressure\"],\"seeds\":2}");
    assertEquals(202, started.status(), started::toString);
    String path = started.header("Location").substring(started.header("Location").indexOf("/api/"));
    String status = "";
    for (int i = 0; i < 240 && !status.equals("SUCCEEDED"); i++) {
      Thread.sleep(500);
      status = api.get(path).json().getString("status");
    }
    assertEquals("SUCCEEDED", status);
    assertEquals(
        "scenario", api.get(path + "/result").json().getJsonObject("demand").getString("source"));
    String[] csv = api.get(path + "/result", "text/csv").body().split("\n");
    assertTrue(csv[0].startsWith("scenario,controller,metric,unit,mean,ciLow,ciHigh"), csv[0]);
    assertEquals(1 + 2 * 6, csv.length);
    assertTrue(api.get("/api/simulations").array().size() >= 1);
  }

  @Test
  void badRequestsAreRefusedBeforeAnythingRuns() {
    assertProblem(
        api.postJson("/api/simulations", "{\"intersections\":[\"nowhere\"]}"),
        400,
        "intersections");
    assertProblem(api.postJson("/api/simulations", "{\"intersections\":[]}"), 400, "intersections");
    assertProblem(
        api.postJson(
            "/api/simulations", "{\"intersections\":[\"iso-1\"],\"controllers\":[\"magic\"]}"),
        400,
        "controllers");
    assertProblem(
        api.postJson("/api/simulations", "{\"intersections\":[\"iso-1\"],\"seeds\":0}"),
        400,
        "seeds");
    assertProblem(
        api.postJson(
            "/api/simulations",
            "{\"intersections\":[\"iso-1\"],\"controllers\":[\"webster\"],\"baseline\":\"actuated\"}"),
        400,
        "baseline");
    assertProblem(
        api.postJson("/api/simulations", "{\"intersections\":[\"iso-1\"],\"demandFrom\":\"noon\"}"),
        400,
        "demandFrom");
    assertProblem(
        api.postJson(
            "/api/simulations",
            "{\"intersections\":[\"iso-1\"],\"demandFrom\":\"2001-01-01T00:00:00Z\"}"),
        400,
        "demandFrom");
    assertProblem(
        api.postJson("/api/simulations", "{\"scenario\":{\"network\":42}}"), 400, "scenario");
    assertProblem(api.postJson("/api/simulations", "{\"seeds\":\"many\"}"), 400, null);
    assertProblem(api.get("/api/simulations/no-such-job"), 404, null);
    assertProblem(api.get("/api/simulations/no-such-job/result"), 404, null);
  }
}
