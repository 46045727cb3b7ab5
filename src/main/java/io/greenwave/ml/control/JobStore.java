package io.greenwave.ml.control;

import io.greenwave.ml.entity.TrainingJob;
import io.greenwave.ml.entity.TrainingJob.Status;
import io.greenwave.platform.entity.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Persistence of training jobs, each change in its own transaction so that progress is visible to
 * every node while the job runs. Claiming a job is one conditional update: of two nodes that try,
 * exactly one succeeds, so a job runs once in the cluster.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class JobStore {
  @PersistenceContext(unitName = "greenwave")
  EntityManager em;

  public TrainingJob create(TrainingJob job) {
    em.persist(job);
    return job;
  }

  public Optional<TrainingJob> find(String id) {
    return Optional.ofNullable(id == null ? null : em.find(TrainingJob.class, id));
  }

  public TrainingJob require(String id) {
    return find(id).orElseThrow(() -> ProblemException.notFound("Training job", id));
  }

  /** The job a requester named with an idempotency key, if any. */
  public Optional<TrainingJob> byIdempotencyKey(String requestedBy, String key) {
    return em.createNamedQuery(TrainingJob.BY_IDEMPOTENCY_KEY, TrainingJob.class)
        .setParameter("actor", requestedBy)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  public List<TrainingJob> ofIntersection(String intersectionId) {
    return em.createNamedQuery(TrainingJob.OF_INTERSECTION, TrainingJob.class)
        .setParameter("id", intersectionId)
        .setMaxResults(100)
        .getResultList();
  }

  public List<TrainingJob> recent(int limit) {
    return em.createNamedQuery(TrainingJob.RECENT, TrainingJob.class)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<TrainingJob> withStatus(Status status) {
    return em.createNamedQuery(TrainingJob.QUEUED, TrainingJob.class)
        .setParameter("status", status)
        .setMaxResults(200)
        .getResultList();
  }

  /**
   * Claims a queued job for a node, unless another job of the same intersection and kind runs.
   *
   * @return whether this node now owns the job
   */
  public boolean claim(TrainingJob job, String node) {
    OffsetDateTime now = now();
    return em.createNativeQuery(
                "UPDATE training_job SET status = 'RUNNING', node = ?, started_at = ?,"
                    + " heartbeat_at = ?, phase = 'starting' WHERE id = ? AND status = 'QUEUED'"
                    + " AND NOT EXISTS (SELECT 1 FROM training_job r WHERE r.intersection_id = ?"
                    + " AND r.kind = ? AND r.status = 'RUNNING')")
            .setParameter(1, node)
            .setParameter(2, now)
            .setParameter(3, now)
            .setParameter(4, job.id())
            .setParameter(5, job.intersectionId())
            .setParameter(6, job.kind().name())
            .executeUpdate()
        == 1;
  }

  /**
   * Records progress and the node's heartbeat.
   *
   * @return whether cancellation was requested meanwhile
   */
  public boolean progress(String id, int percent, String phase, Double metric, String curveJson) {
    TrainingJob job = em.find(TrainingJob.class, id);
    if (job == null) {
      return true;
    }
    job.report(percent, phase == null ? job.phase() : phase, metric, curveJson, now());
    return job.cancelRequested();
  }

  public TrainingJob requestCancel(String id) {
    TrainingJob job = require(id);
    if (job.status().ended()) {
      throw ProblemException.conflict("Job " + id + " has already ended (" + job.status() + ")");
    }
    job.requestCancel();
    return job;
  }

  public void succeed(String id, String modelId) {
    em.find(TrainingJob.class, id).succeed(modelId, now());
  }

  public void end(String id, Status outcome, String error) {
    TrainingJob job = em.find(TrainingJob.class, id);
    if (job != null && !job.status().ended()) {
      job.end(outcome, error, now());
    }
  }

  /** Keeps this node's running jobs alive in the others' eyes. */
  public void heartbeat(String node) {
    em.createNativeQuery(
            "UPDATE training_job SET heartbeat_at = ? WHERE node = ? AND status = 'RUNNING'")
        .setParameter(1, now())
        .setParameter(2, node)
        .executeUpdate();
  }

  /** Marks running jobs whose node stopped beating as interrupted; never leaves them running. */
  public int interruptSilentSince(OffsetDateTime cutoff) {
    return em.createNativeQuery(
            "UPDATE training_job SET status = 'INTERRUPTED', phase = 'interrupted', finished_at = ?,"
                + " error = 'the node running it stopped; restart the job' WHERE status = 'RUNNING'"
                + " AND (heartbeat_at IS NULL OR heartbeat_at < ?)")
        .setParameter(1, now())
        .setParameter(2, cutoff)
        .executeUpdate();
  }

  /** On an orderly shutdown: this node's running jobs are interrupted. */
  public int interruptNode(String node) {
    return em.createNativeQuery(
            "UPDATE training_job SET status = 'INTERRUPTED', phase = 'interrupted', finished_at = ?,"
                + " error = 'Greenwave stopped while it ran; restart the job' WHERE node = ?"
                + " AND status = 'RUNNING'")
        .setParameter(1, now())
        .setParameter(2, node)
        .executeUpdate();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
