package io.greenwave.simulation.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A simulation request on its way: queued, running (with progress), then succeeded, failed or
 * cancelled. Held in memory by the node that accepted it.
 */
@JsonbPropertyOrder({
  "id",
  "status",
  "progress",
  "description",
  "submittedAt",
  "startedAt",
  "finishedAt",
  "error"
})
public class SimulationJob {
  /** Where a job stands. */
  public enum Status {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED
  }

  private final String id;
  private final String description;
  private final OffsetDateTime submittedAt = OffsetDateTime.now(ZoneOffset.UTC);
  private final int totalRuns;
  private final AtomicInteger runsStarted = new AtomicInteger();
  private final AtomicBoolean cancelRequested = new AtomicBoolean();
  private volatile Status status = Status.QUEUED;
  private volatile OffsetDateTime startedAt;
  private volatile OffsetDateTime finishedAt;
  private volatile String error;
  private volatile SimulationReport report;

  public SimulationJob(String id, String description, int totalRuns) {
    this.id = id;
    this.description = description;
    this.totalRuns = Math.max(1, totalRuns);
  }

  public String getId() {
    return id;
  }

  public String getDescription() {
    return description;
  }

  public Status getStatus() {
    return status;
  }

  /**
   * @return percent of the simulation runs started (finished when the job succeeded)
   */
  public int getProgress() {
    if (status == Status.SUCCEEDED) {
      return 100;
    }
    return Math.min(99, runsStarted.get() * 100 / totalRuns);
  }

  public OffsetDateTime getSubmittedAt() {
    return submittedAt;
  }

  public OffsetDateTime getStartedAt() {
    return startedAt;
  }

  public OffsetDateTime getFinishedAt() {
    return finishedAt;
  }

  public String getError() {
    return error;
  }

  /** The result, null until the job succeeded (served at the result URL, not inline). */
  public SimulationReport report() {
    return report;
  }

  public boolean isDone() {
    return List.of(Status.SUCCEEDED, Status.FAILED, Status.CANCELLED).contains(status);
  }

  public void runStarted() {
    if (cancelRequested.get()) {
      throw new java.util.concurrent.CancellationException("cancelled");
    }
    runsStarted.incrementAndGet();
  }

  public boolean requestCancel() {
    if (isDone()) {
      return false;
    }
    cancelRequested.set(true);
    if (status == Status.QUEUED) {
      finish(Status.CANCELLED, null, null);
    }
    return true;
  }

  public boolean cancelRequested() {
    return cancelRequested.get();
  }

  public void start() {
    status = Status.RUNNING;
    startedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public void finish(Status outcome, SimulationReport result, String failure) {
    report = result;
    error = failure;
    finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
    status = outcome;
  }
}
