package io.greenwave.ml.control;

import io.greenwave.ml.entity.IdempotencyKey;
import io.greenwave.ml.entity.ModelKind;
import io.greenwave.ml.entity.ModelVersion;
import io.greenwave.ml.entity.TrainingJob;
import io.greenwave.ml.entity.TrainingJob.Status;
import io.greenwave.ml.entity.TrainingRequest;
import io.greenwave.network.control.IntersectionRepository;
import io.greenwave.platform.entity.FieldError;
import io.greenwave.platform.entity.LiveEvent;
import io.greenwave.platform.entity.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Accepts training requests as persisted jobs and runs a claimed job to its end: a new model
 * version in the registry, or a recorded failure, cancellation or interruption. Dispatching (which
 * job runs when, where) is {@link TrainingDispatcher}'s.
 */
@ApplicationScoped
public class TrainingJobs {
  private static final Logger LOG = Logger.getLogger(TrainingJobs.class.getName());

  @Inject JobStore store;
  @Inject ModelRegistry registry;
  @Inject ForecasterTraining forecasters;
  @Inject PolicyTraining policies;
  @Inject IntersectionRepository intersections;
  @Inject Event<LiveEvent> events;

  /** What a training request led to: a new job, or the one an earlier request with its key made. */
  public record Submission(TrainingJob job, boolean repeated) {}

  /** Checks the request (400 naming the field) and queues it. */
  public TrainingJob submit(TrainingRequest request, String actor) {
    return submit(request, actor, null).job();
  }

  /**
   * Checks the request (400 naming the field) and queues it, unless the requester already sent a
   * request with the same idempotency key: then the job that request made is the answer (if it
   * asked for the same training; 422 naming the header if not). Two nodes receiving the same keyed
   * request at once both try to store it; the database's unique constraint lets one succeed, and
   * the other answers with the winner's job. Either way the training runs once.
   */
  public Submission submit(TrainingRequest request, String actor, IdempotencyKey key) {
    if (request == null) {
      throw ProblemException.invalidField("body", "a training request is required");
    }
    if (request.intersectionId() == null || request.intersectionId().isBlank()) {
      throw ProblemException.invalidField("intersectionId", "is required");
    }
    intersections.require(request.intersectionId());
    ModelKind kind = ModelKind.parse(request.kind(), "kind");
    time("dataFrom", request.dataFrom());
    time("dataTo", request.dataTo());
    if (kind == ModelKind.FORECASTER) {
      forecasters.settings(request);
    } else {
      policies.hyperparameters(request);
      policies.scenario(request);
    }
    String settings = LineageJson.write(request);
    if (key != null) {
      Optional<TrainingJob> earlier = store.byIdempotencyKey(actor, key.value());
      if (earlier.isPresent()) {
        return repeat(earlier.get(), request.intersectionId(), kind, settings);
      }
    }
    TrainingJob job =
        new TrainingJob(
                UUID.randomUUID().toString(),
                request.intersectionId(),
                kind,
                settings,
                actor,
                OffsetDateTime.now(ZoneOffset.UTC))
            .withIdempotencyKey(key == null ? null : key.value());
    try {
      job = store.create(job);
    } catch (RuntimeException e) {
      // the unique key constraint: a request with the same key was stored meanwhile (another node)
      Optional<TrainingJob> winner =
          key == null ? Optional.empty() : store.byIdempotencyKey(actor, key.value());
      if (winner.isEmpty()) {
        throw e;
      }
      return repeat(winner.get(), request.intersectionId(), kind, settings);
    }
    publish(job, "queued");
    return new Submission(job, false);
  }

  private static Submission repeat(
      TrainingJob earlier, String intersectionId, ModelKind kind, String settings) {
    if (!earlier.sameRequestAs(intersectionId, kind, settings)) {
      throw new ProblemException(
          422,
          "idempotency-key-reused",
          "Idempotency key reused",
          "The "
              + IdempotencyKey.HEADER
              + " was already used for a different training request (job "
              + earlier.id()
              + "); use a new key for a new request",
          List.of(
              FieldError.of(
                  IdempotencyKey.HEADER,
                  "already names job " + earlier.id() + " with another body")));
    }
    return new Submission(earlier, true);
  }

  /** A new job with the settings of an ended one (e.g. after an interruption). */
  public TrainingJob restart(String jobId, String actor) {
    TrainingJob old = store.require(jobId);
    if (!old.status().ended()) {
      throw ProblemException.conflict(
          "Job " + jobId + " is still " + old.status().name().toLowerCase());
    }
    return submit(LineageJson.read(old.settings(), TrainingRequest.class), actor);
  }

  /** Runs a job this node has claimed, to its end. Never throws. */
  void run(TrainingJob job) {
    TrainingRequest request = LineageJson.read(job.settings(), TrainingRequest.class);
    JobProgress progress = new JobProgress(job, store, events);
    try {
      TrainedModel trained =
          job.kind() == ModelKind.FORECASTER
              ? forecasters.train(job.id(), job.requestedBy(), request, progress)
              : policies.train(job.id(), job.requestedBy(), request, progress);
      if (progress.cancelled()) {
        throw new CancellationException("cancelled");
      }
      ModelVersion version = registry.register(trained.lineage(), trained.artifact());
      store.succeed(job.id(), version.id());
      publish(store.require(job.id()), "succeeded");
      LOG.info(
          () ->
              "Training job "
                  + job.id()
                  + " made "
                  + job.kind().label()
                  + " version "
                  + version.versionNumber()
                  + " of "
                  + job.intersectionId());
    } catch (CancellationException e) {
      store.end(job.id(), Status.CANCELLED, null);
      publish(store.require(job.id()), "cancelled");
    } catch (ProblemException | IllegalArgumentException | IllegalStateException e) {
      store.end(job.id(), Status.FAILED, e.getMessage());
      publish(store.require(job.id()), "failed");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Training job " + job.id() + " failed", e);
      store.end(job.id(), Status.FAILED, "unexpected failure: " + e);
      publish(store.require(job.id()), "failed");
    }
  }

  void publish(TrainingJob job, String what) {
    Map<String, Object> data = new java.util.LinkedHashMap<>();
    data.put("jobId", job.id());
    data.put("kind", job.kind().label());
    data.put("status", job.status().name());
    data.put("progress", job.progress());
    data.put("phase", job.phase());
    data.put("event", what);
    if (job.currentMetric() != null) {
      data.put("metric", job.currentMetric());
    }
    if (job.modelId() != null) {
      data.put("modelId", job.modelId());
    }
    try {
      events.fire(LiveEvent.of("jobs", job.intersectionId(), data));
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "live event not delivered", e);
    }
  }

  private static void time(String field, String text) {
    if (text != null) {
      try {
        OffsetDateTime.parse(text);
      } catch (DateTimeParseException e) {
        throw ProblemException.invalidField(field, "must be an ISO-8601 date-time with offset");
      }
    }
  }

  /** Progress of one running job: persisted at most once a second, with its learning curve. */
  static final class JobProgress implements TrainingProgressSink {
    private final TrainingJob job;
    private final JobStore store;
    private final Event<LiveEvent> events;
    private final List<double[]> curve = new ArrayList<>();
    private long lastWrite;
    private volatile boolean cancelled;

    JobProgress(TrainingJob job, JobStore store, Event<LiveEvent> events) {
      this.job = job;
      this.store = store;
      this.events = events;
    }

    @Override
    public synchronized boolean report(
        double fraction, String phase, Double metric, double[] curvePoint) {
      if (curvePoint != null) {
        curve.add(curvePoint);
      }
      long now = System.nanoTime();
      if (now - lastWrite < 1_000_000_000L && fraction < 0.999) {
        return cancelled;
      }
      lastWrite = now;
      int percent = (int) Math.round(Math.max(0, Math.min(1, fraction)) * 100);
      cancelled = store.progress(job.id(), percent, phase, metric, curveJson());
      Map<String, Object> data = new java.util.LinkedHashMap<>();
      data.put("jobId", job.id());
      data.put("kind", job.kind().label());
      data.put("status", "RUNNING");
      data.put("progress", percent);
      data.put("phase", phase);
      if (metric != null) {
        data.put("metric", metric);
      }
      try {
        events.fire(LiveEvent.of("jobs", job.intersectionId(), data));
      } catch (RuntimeException e) {
        // a live view missing a progress tick is harmless
      }
      return cancelled;
    }

    @Override
    public boolean cancelled() {
      if (!cancelled) {
        report(-1, null, null, null);
      }
      return cancelled;
    }

    /** The last 150 curve points as [[episodes, seconds, delay], ...]. */
    private String curveJson() {
      if (curve.isEmpty()) {
        return null;
      }
      List<double[]> tail = curve.subList(Math.max(0, curve.size() - 150), curve.size());
      StringBuilder json = new StringBuilder("[");
      for (double[] p : tail) {
        json.append(json.length() > 1 ? "," : "")
            .append(String.format(java.util.Locale.ROOT, "[%.0f,%.2f,%.3f]", p[0], p[1], p[2]));
      }
      return json.append(']').toString();
    }
  }
}
