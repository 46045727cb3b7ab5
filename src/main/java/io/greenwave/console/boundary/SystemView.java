package io.greenwave.console.boundary;

import io.greenwave.ml.control.JobStore;
import io.greenwave.ml.control.Predictions;
import io.greenwave.ml.entity.TrainingJob;
import io.greenwave.network.control.IntersectionRepository;
import io.greenwave.streaming.control.StreamHub;
import io.greenwave.streaming.entity.StreamStats;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.Map;

/**
 * The platform at a glance for operators: JVM memory and uptime of this node, what the database
 * holds, training jobs waiting or running, live stream connections with the messages sent and
 * dropped (the figures of {@code /api/stream/stats}) and how often forecasts came from the cache.
 * Health checks themselves are MicroProfile Health's ({@code /health}), linked from the page.
 */
@Named
@RequestScoped
public class SystemView {
  private static final long MB = 1024 * 1024;

  @Inject IntersectionRepository intersections;
  @Inject JobStore jobs;
  @Inject StreamHub streams;
  @Inject Predictions predictions;

  /** Read once per request: the page shows several figures of the same moment. */
  private StreamStats streamStats;

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

  /** Open stream connections by kind ({@code websocket}, {@code sse}). */
  public Map<String, Integer> getStreamConnections() {
    return streamStats().connections();
  }

  public int getStreamConnectionTotal() {
    return streamStats().connections().values().stream().mapToInt(Integer::intValue).sum();
  }

  public long getStreamSent() {
    return streamStats().sent();
  }

  /** Dropped because a slow client's queue was full: non-zero means someone is falling behind. */
  public long getStreamDropped() {
    return streamStats().dropped();
  }

  public String getStreamNode() {
    return streamStats().node();
  }

  /** Forecasts answered from the cache, in percent of lookups on this node since start. */
  public int getForecastCacheHitPercent() {
    return (int) Math.round(predictions.cacheHitRatio() * 100);
  }

  private StreamStats streamStats() {
    if (streamStats == null) {
      streamStats = streams.stats();
    }
    return streamStats;
  }

  private static MemoryUsage heap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
  }
}
