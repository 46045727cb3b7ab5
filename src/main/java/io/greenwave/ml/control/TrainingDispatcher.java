package io.greenwave.ml.control;

import io.greenwave.ml.entity.TrainingJob;
import io.greenwave.ml.entity.TrainingJob.Status;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Decides which queued training job runs, on which node, and keeps the job table honest. Every two
 * seconds a node with a free training slot claims the oldest queued job whose intersection and kind
 * have none running; running nodes beat their heart; any node marks jobs whose node fell silent as
 * interrupted. One training at a time per node: training uses both cores.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TrainingDispatcher {
  private static final Logger LOG = Logger.getLogger(TrainingDispatcher.class.getName());

  /** This process's name in the job table. */
  static final String NODE =
      ManagementFactory.getRuntimeMXBean().getName()
          + "/"
          + UUID.randomUUID().toString().substring(0, 8);

  @Inject JobStore store;
  @Inject TrainingJobs jobs;

  @Resource ManagedScheduledExecutorService scheduler;
  @Resource ManagedExecutorService executor;

  @Inject
  @ConfigProperty(name = "greenwave.ml.job-silence-seconds", defaultValue = "45")
  int silenceSeconds;

  private final AtomicBoolean busy = new AtomicBoolean();
  private ScheduledFuture<?> loop;

  @PostConstruct
  void start() {
    int interrupted =
        store.interruptSilentSince(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(silenceSeconds));
    if (interrupted > 0) {
      LOG.warning(
          interrupted + " training job(s) were running when their node stopped: interrupted");
    }
    loop = scheduler.scheduleWithFixedDelay(this::tick, 2, 2, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (loop != null) {
      loop.cancel(false);
    }
    int n = store.interruptNode(NODE);
    if (n > 0) {
      LOG.warning(n + " running training job(s) interrupted by shutdown");
    }
  }

  void tick() {
    try {
      store.heartbeat(NODE);
      store.interruptSilentSince(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(silenceSeconds));
      if (!busy.get()) {
        claimNext();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "training dispatcher tick failed", e);
    }
  }

  private void claimNext() {
    for (TrainingJob job : store.withStatus(Status.QUEUED)) {
      if (store.claim(job, NODE)) {
        busy.set(true);
        executor.submit(
            () -> {
              try {
                jobs.run(job);
              } finally {
                busy.set(false);
              }
            });
        return;
      }
    }
  }
}
