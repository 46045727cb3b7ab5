package io.greenwave.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenwave.signal.Controllers;
import io.greenwave.simulator.cli.RunScenario;
import io.greenwave.simulator.cli.ScenarioReport;
import io.greenwave.simulator.output.ResultCsv;
import io.greenwave.simulator.scenario.Scenario;
import io.greenwave.simulator.scenario.ScenarioFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioFileTest {
  @ParameterizedTest
  @ValueSource(strings = {"single-four-phase.json", "arterial-3.json", "grid-3x3.json"})
  void exampleScenariosRunWithEveryClassicController(String file) throws Exception {
    Scenario s = ScenarioFile.read(Path.of("src/test/resources/scenarios", file));
    s = s.withOptions(s.options().withHorizon(900, 600));
    for (String controller : Controllers.NAMES) {
      ScenarioReport report = RunScenario.run(s, controller, List.of(1L));
      var totals = report.runs().get(0).totals();
      assertTrue(totals.vehiclesExited() > 0, file + " " + controller);
      assertEquals(controller, report.controller());
      String json = ScenarioFile.toJson(report, false);
      assertTrue(json.contains("\"meanDelay\""));
    }
  }

  @Test
  void resultsExportAsCsvWithOneRowPerItem() throws Exception {
    Scenario s = ScenarioFile.read(Path.of("src/test/resources/scenarios/single-four-phase.json"));
    s = s.withOptions(s.options().withHorizon(900, 300).withVehicleRecords(true));
    var r = RunScenario.run(s, "actuated", List.of(1L)).runs().get(0);
    assertEquals(2, ResultCsv.totals(r).split("\n").length);
    assertEquals(r.laneGroups().size() + 1, ResultCsv.laneGroups(r).split("\n").length);
    assertEquals(r.vehicles().size() + 1, ResultCsv.vehicles(r).split("\n").length);
    assertTrue(ResultCsv.detectors(r).startsWith("startSecond"));
  }
}
