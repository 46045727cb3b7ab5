package io.greenwave.simulation.control;

import io.greenwave.evaluation.Evaluation;
import io.greenwave.evaluation.EvaluationHarness;
import io.greenwave.evaluation.Metric;
import io.greenwave.evaluation.MetricSummary;
import io.greenwave.evaluation.PairedDifference;
import io.greenwave.platform.entity.ProblemException;
import io.greenwave.signal.ControllerFactory;
import io.greenwave.signal.Controllers;
import io.greenwave.simulation.control.ScenarioPreparation.Plan;
import io.greenwave.simulation.entity.SimulationJob;
import io.greenwave.simulation.entity.SimulationReport;
import io.greenwave.simulation.entity.SimulationReport.ControllerOutcome;
import io.greenwave.simulation.entity.SimulationReport.DifferenceView;
import io.greenwave.simulation.entity.SimulationReport.IntersectionView;
import io.greenwave.simulation.entity.SimulationReport.MetricView;
import io.greenwave.simulation.entity.SimulationRequest;
import io.greenwave.simulator.engine.Simulation;
import io.greenwave.simulator.output.SimulationResult;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs simulation jobs on the managed executor, one at a time per node so that simulations never
 * take both cores from the requests being served; others wait in the queue. Keeps the most recent
 * jobs in memory (a job belongs to the node that accepted it).
 */
@ApplicationScoped
public class SimulationRuns {
  static final int KEPT_JOBS = 200;
  private static final Logger LOG = Logger.getLogger(SimulationRuns.class.getName());

  private final Map<String, SimulationJob> jobs = new ConcurrentHashMap<>();
  private final Semaphore oneAtATime = new Semaphore(1, true);

  @Inject ScenarioPreparation preparation;

  @Resource ManagedExecutorService executor;

  /** Checks the request, queues it and returns the job at once. */
  public SimulationJob submit(SimulationRequest request) {
    Plan plan = preparation.prepare(request);
    String description =
        plan.scenario().name()
            + ": "
            + String.join(", ", plan.controllers())
            + " vs "
            + plan.baseline()
            + ", "
            + plan.seeds().size()
            + " seeds, "
            + plan.scenario().options().horizonSeconds()
            + " s of demand";
    SimulationJob job = new SimulationJob(UUID.randomUUID().toString(), description, plan.runs());
    forgetOldJobs();
    jobs.put(job.getId(), job);
    executor.submit(() -> run(job, plan));
    return job;
  }

  public Optional<SimulationJob> find(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  public SimulationJob require(String id) {
    return find(id).orElseThrow(() -> ProblemException.notFound("Simulation", id));
  }

  public List<SimulationJob> recent() {
    return jobs.values().stream()
        .sorted(Comparator.comparing(SimulationJob::getSubmittedAt).reversed())
        .toList();
  }

  private void run(SimulationJob job, Plan plan) {
    try {
      oneAtATime.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      job.finish(SimulationJob.Status.CANCELLED, null, "interrupted while queued");
      return;
    }
    try {
      if (job.cancelRequested()) {
        job.finish(SimulationJob.Status.CANCELLED, null, null);
        return;
      }
      job.start();
      job.finish(SimulationJob.Status.SUCCEEDED, simulate(job, plan), null);
    } catch (CancellationException e) {
      job.finish(SimulationJob.Status.CANCELLED, null, null);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Simulation " + job.getId() + " failed", e);
      job.finish(SimulationJob.Status.FAILED, null, e.getMessage());
    } finally {
      oneAtATime.release();
    }
  }

  private SimulationReport simulate(SimulationJob job, Plan plan) {
    Map<String, ControllerFactory> factories = new LinkedHashMap<>();
    for (String name : plan.controllers()) {
      ControllerFactory classic = Controllers.byName(name, plan.scenario().controllerSettings());
      factories.put(
          name,
          index -> {
            job.runStarted();
            return classic.create(index);
          });
    }
    Evaluation evaluation =
        EvaluationHarness.compare(plan.scenario(), factories, plan.baseline(), plan.seeds());
    List<ControllerOutcome> outcomes = new ArrayList<>();
    for (String name : plan.controllers()) {
      SimulationResult first =
          new Simulation(
                  plan.scenario(), Controllers.byName(name, plan.scenario().controllerSettings()))
              .run(plan.seeds().get(0));
      outcomes.add(outcome(evaluation, name, first));
    }
    return new SimulationReport(
        plan.scenario().name(),
        plan.baseline(),
        plan.seeds(),
        plan.scenario().options().horizonSeconds(),
        plan.demand(),
        outcomes);
  }

  private static ControllerOutcome outcome(
      Evaluation evaluation, String controller, SimulationResult first) {
    Map<String, MetricView> metrics = new LinkedHashMap<>();
    Map<String, DifferenceView> versus = new LinkedHashMap<>();
    for (Metric m : Metric.values()) {
      MetricSummary s = evaluation.summary(controller, m);
      metrics.put(
          key(m), new MetricView(s.unit(), round(s.mean()), round(s.ciLow()), round(s.ciHigh())));
      if (!controller.equals(evaluation.baseline())) {
        PairedDifference d = evaluation.difference(controller, m);
        versus.put(
            key(m),
            new DifferenceView(
                round(d.meanDifference()),
                round(d.ciLow()),
                round(d.ciHigh()),
                round(d.percentChange()),
                Double.isFinite(d.pValue()) ? d.pValue() : null));
      }
    }
    List<IntersectionView> intersections =
        first.intersections().stream()
            .map(
                i ->
                    new IntersectionView(
                        i.intersection(),
                        round(i.meanDelay()),
                        i.levelOfService().name(),
                        i.vehiclesServed()))
            .toList();
    return new ControllerOutcome(
        controller,
        metrics,
        versus,
        intersections,
        evaluation.fallbacks().getOrDefault(controller, 0));
  }

  /** Metric names as API keys: delay, waiting, stops, travelTime, throughput, queue. */
  static String key(Metric m) {
    String[] parts = m.name().toLowerCase().split("_");
    StringBuilder key = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      key.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    return key.toString();
  }

  /** Rounded; not-a-number (e.g. a p-value of identical runs) becomes null, which JSON carries. */
  private static Double round(double v) {
    return Double.isFinite(v) ? Math.round(v * 1e6) / 1e6 : null;
  }

  private void forgetOldJobs() {
    if (jobs.size() < KEPT_JOBS) {
      return;
    }
    Collection<SimulationJob> done = jobs.values().stream().filter(SimulationJob::isDone).toList();
    done.stream()
        .sorted(Comparator.comparing(SimulationJob::getSubmittedAt))
        .limit(Math.max(1, done.size() / 2))
        .forEach(j -> jobs.remove(j.getId()));
  }
}
