package io.greenwave.simulator.cli;

import io.greenwave.evaluation.MetricSummary;
import io.greenwave.simulator.output.SimulationResult;
import java.util.List;
import java.util.Map;

/**
 * What the command line prints: per-metric mean and 95 % confidence interval over the seeds, then
 * every run's full result.
 */
public record ScenarioReport(
    String scenario,
    String controller,
    List<Long> seeds,
    Map<String, MetricSummary> summary,
    List<SimulationResult> runs) {}
