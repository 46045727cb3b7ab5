package io.greenwave.console.boundary;

import io.greenwave.ml.control.JobStore;
import io.greenwave.ml.entity.TrainingJob;
import io.greenwave.network.control.IntersectionRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Duration;

/**
 * The platform at a glance for operators: JVM memory and uptime of this node, what the database
 * holds, and training jobs waiting or running. Health checks themselves are MicroProfile Health's
 * ({@code /health}), linked from the page.
 */
@Named
@RequestScoped
public class SystemView {
  private static final long MB = 1024 * 1024;

  @Inject IntersectionRepository intersections;
  @Inject JobStore jobs;

  public long getHeapUsedMb() {
    return heap().getUsed() / MB;
  }

  public long getHeapMaxMb() {
    return heap().getMax() / MB;
  }

  public int getHeapPercent() {
    MemoryUsage h = heap();
    return h.getMax() <= 0 ? 0 : (int) (100 * h.getUsed() / h.getMax());
  }

  public String getUptime() {
    Duration d = Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
    return "%d h %02d min".formatted(d.toHours(), d.toMinutesPart());
  }

  public int getProcessors() {
    return Runtime.getRuntime().availableProcessors();
  }

  public int getThreads() {
    return ManagementFactory.getThreadMXBean().getThreadCount();
  }

  public long getIntersections() {
    return intersections.count();
  }

  public int getRunningJobs() {
    return jobs.withStatus(TrainingJob.Status.RUNNING).size();
  }

  public int getQueuedJobs() {
    return jobs.withStatus(TrainingJob.Status.QUEUED).size();
  }

  private static MemoryUsage heap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
  }
}
