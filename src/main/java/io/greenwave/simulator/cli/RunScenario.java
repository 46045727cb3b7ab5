package io.greenwave.simulator.cli;

import io.greenwave.evaluation.Metric;
import io.greenwave.evaluation.MetricSummary;
import io.greenwave.signal.Controllers;
import io.greenwave.simulator.engine.Simulation;
import io.greenwave.simulator.output.SimulationResult;
import io.greenwave.simulator.scenario.Scenario;
import io.greenwave.simulator.scenario.ScenarioFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a scenario file and prints a {@link ScenarioReport} as JSON on standard output.
 *
 * <pre>
 * RunScenario scenario.json [--controller NAME] [--seeds 1,2,3] [--horizon SECONDS] [--compact]
 * </pre>
 */
public final class RunScenario {
  private RunScenario() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println(
          "usage: RunScenario scenario.json [--controller "
              + String.join("|", Controllers.NAMES)
              + "] [--seeds 1,2,3] [--horizon SECONDS] [--compact]");
      System.exit(2);
    }
    Scenario scenario = ScenarioFile.read(Path.of(args[0]));
    String controller = scenario.controller();
    List<Long> seeds = scenario.seeds();
    boolean pretty = true;
    for (int k = 1; k < args.length; k++) {
      switch (args[k]) {
        case "--controller" -> controller = args[++k];
        case "--seeds" ->
            seeds = Arrays.stream(args[++k].split(",")).map(s -> Long.parseLong(s.trim())).toList();
        case "--horizon" ->
            scenario =
                scenario.withOptions(
                    scenario
                        .options()
                        .withHorizon(
                            Integer.parseInt(args[++k]), scenario.options().clearingSeconds()));
        case "--compact" -> pretty = false;
        default -> throw new IllegalArgumentException("unknown option " + args[k]);
      }
    }
    System.out.println(ScenarioFile.toJson(run(scenario, controller, seeds), pretty));
  }

  /** Runs every seed with the named controller and summarises the network metrics. */
  public static ScenarioReport run(Scenario scenario, String controller, List<Long> seeds) {
    Simulation sim =
        new Simulation(scenario, Controllers.byName(controller, scenario.controllerSettings()));
    List<SimulationResult> runs = new ArrayList<>();
    for (long seed : seeds) {
      runs.add(sim.run(seed));
    }
    Map<String, MetricSummary> summary = new LinkedHashMap<>();
    for (Metric m : Metric.values()) {
      double[] values = runs.stream().mapToDouble(r -> m.of(r.totals())).toArray();
      summary.put(m.name().toLowerCase(), MetricSummary.of(m, values));
    }
    return new ScenarioReport(scenario.name(), controller, seeds, summary, runs);
  }
}
